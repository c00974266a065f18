"use client";
// Records beside the decision. On a wide screen the reader (left) and the decision form (right)
// sit side by side with a movable divider: a focusable separator (role="separator",
// aria-valuenow = the reader's share in percent) dragged with the pointer or moved with the
// arrow keys (Home/End for the limits); the share is remembered in this browser. On a narrow
// screen the two are tabs.
import { useEffect, useRef, useState, type ReactNode, type KeyboardEvent, type PointerEvent } from "react";

const STORAGE_KEY = "imr.reader.split";
const MIN = 25;
const MAX = 75;
const STEP = 5;
const WIDE = "(min-width: 1024px)";

const clamp = (n: number) => Math.min(MAX, Math.max(MIN, Math.round(n)));

function storedShare(): number {
  try {
    const value = Number(window.localStorage.getItem(STORAGE_KEY));
    return Number.isFinite(value) && value >= MIN && value <= MAX ? value : 55;
  } catch {
    return 55;
  }
}

function useWide(): boolean | null {
  const [wide, setWide] = useState<boolean | null>(null);
  useEffect(() => {
    const query = window.matchMedia(WIDE);
    const update = () => setWide(query.matches);
    update();
    query.addEventListener("change", update);
    return () => query.removeEventListener("change", update);
  }, []);
  return wide;
}

type Tab = "reader" | "decision";

export function SplitWorkspace({
  reader,
  decision,
  tab,
  onTab,
}: {
  reader: ReactNode;
  decision: ReactNode;
  /** on a narrow screen, the tab shown (the workspace switches it, e.g. after "Cite") */
  tab: Tab;
  onTab: (tab: Tab) => void;
}) {
  const wide = useWide();
  const [share, setShare] = useState(55);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => queueMicrotask(() => setShare(storedShare())), []);
  const move = (next: number) => {
    const value = clamp(next);
    setShare(value);
    try {
      window.localStorage.setItem(STORAGE_KEY, String(value));
    } catch {
      // private browsing: the share lasts as long as the page
    }
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const to =
      e.key === "ArrowLeft" || e.key === "ArrowDown"
        ? share - STEP
        : e.key === "ArrowRight" || e.key === "ArrowUp"
          ? share + STEP
          : e.key === "Home"
            ? MIN
            : e.key === "End"
              ? MAX
              : null;
    if (to === null) return;
    e.preventDefault();
    move(to);
  };
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    const node = box.current;
    if (!node) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    const rect = node.getBoundingClientRect();
    const follow = (ev: globalThis.PointerEvent) => move(((ev.clientX - rect.left) / rect.width) * 100);
    const stop = () => {
      window.removeEventListener("pointermove", follow);
      window.removeEventListener("pointerup", stop);
    };
    window.addEventListener("pointermove", follow);
    window.addEventListener("pointerup", stop);
  };

  if (wide === false) {
    const tabs: [Tab, string][] = [
      ["reader", "Records"],
      ["decision", "Decision"],
    ];
    return (
      <div data-layout="tabs">
        <div role="tablist" aria-label="Workspace" className="mb-3 flex gap-1 border-b border-slate-200">
          {tabs.map(([id, label]) => (
            <button
              key={id}
              type="button"
              role="tab"
              id={`tab-${id}`}
              aria-selected={tab === id}
              aria-controls={`panel-${id}`}
              tabIndex={tab === id ? 0 : -1}
              onClick={() => onTab(id)}
              onKeyDown={(e) => {
                if (e.key !== "ArrowLeft" && e.key !== "ArrowRight") return;
                const next = id === "reader" ? "decision" : "reader";
                onTab(next);
                document.getElementById(`tab-${next}`)?.focus();
              }}
              className="-mb-px border-b-2 px-4 py-2 text-sm font-medium aria-selected:border-brand-700 aria-selected:text-brand-800 aria-[selected=false]:border-transparent aria-[selected=false]:text-slate-700"
            >
              {label}
            </button>
          ))}
        </div>
        <div role="tabpanel" id="panel-reader" aria-labelledby="tab-reader" hidden={tab !== "reader"}>
          {reader}
        </div>
        <div role="tabpanel" id="panel-decision" aria-labelledby="tab-decision" hidden={tab !== "decision"}>
          {decision}
        </div>
      </div>
    );
  }
  return (
    <div
      ref={box}
      data-layout="split"
      className="flex items-stretch gap-0"
      style={{ ["--reader-share" as string]: `${share}%` }}
    >
      <section aria-label="Records" className="min-w-0 shrink-0 pr-2" style={{ width: `${share}%` }}>
        {reader}
      </section>
      <div
        role="separator"
        tabIndex={0}
        aria-orientation="vertical"
        aria-label="Resize the records and the decision"
        aria-valuenow={share}
        aria-valuemin={MIN}
        aria-valuemax={MAX}
        aria-valuetext={`Records ${share}%, decision ${100 - share}%`}
        onKeyDown={onKeyDown}
        onPointerDown={onPointerDown}
        className="group sticky top-0 flex h-[calc(100vh-4rem)] w-3 shrink-0 cursor-col-resize touch-none items-center justify-center rounded outline-offset-2 focus-visible:outline-2 focus-visible:outline-brand-600"
      >
        <span className="h-full w-1 rounded bg-slate-300 group-hover:bg-brand-500 group-focus-visible:bg-brand-600" />
      </div>
      <section aria-label="Decision" className="min-w-0 flex-1 pl-2">
        {decision}
      </section>
    </div>
  );
}
