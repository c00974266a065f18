"use client";
// Saves the reviewer's draft a few seconds after the last change, when the tab is hidden
// and when the page is left (keepalive request). Saves run one at a time; each carries
// the revision it was based on, and a 409 (changed in another tab) stops autosaving.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";

export type SaveState =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: Date }
  | { kind: "error"; message: string }
  | { kind: "conflict"; message: string };

export function useAutosave<T extends object>({ payload, revision, onRevision, delayMs = 3000 }: { payload: T; revision: number; onRevision: (revision: number) => void; delayMs?: number }) {
  const [state, setState] = useState<SaveState>({ kind: "idle" });
  const [dirty, setDirty] = useState(false);
  const latest = useRef({ payload, revision, dirty, blocked: false, inFlight: false });
  // the latest values, for the timers and page-leave handlers (updated after each render)
  useLayoutEffect(() => {
    latest.current.payload = payload;
    latest.current.revision = revision;
    latest.current.dirty = dirty;
  });

  const save = useCallback(async ({ keepalive = false } = {}): Promise<boolean> => {
    const ref = latest.current;
    if (ref.blocked || ref.inFlight) return false;
    ref.inFlight = true;
    setState({ kind: "saving" });
    const sent = ref.payload;
    try {
      const response = await fetch("/api/reviewer/draft", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ ...sent, revision: ref.revision }),
        keepalive,
      });
      const body = (await response.json()) as { ok: boolean; revision?: number; message?: string };
      if (response.status === 409) {
        ref.blocked = true;
        setState({ kind: "conflict", message: body.message ?? "Changed elsewhere." });
        return false;
      }
      if (!response.ok || !body.ok) {
        setState({ kind: "error", message: body.message ?? "The draft could not be saved." });
        return false;
      }
      ref.revision = body.revision!;
      onRevision(body.revision!);
      if (ref.payload === sent) setDirty(false);
      setState({ kind: "saved", at: new Date() });
      return true;
    } catch {
      setState({ kind: "error", message: "The draft could not be saved (no connection?). It will be tried again." });
      return false;
    } finally {
      ref.inFlight = false;
    }
  }, [onRevision]);

  useEffect(() => {
    if (!dirty) return;
    const timer = setTimeout(() => void save(), delayMs);
    return () => clearTimeout(timer);
  }, [payload, dirty, delayMs, save]);

  useEffect(() => {
    const onHide = () => { if (document.visibilityState === "hidden" && latest.current.dirty) void save({ keepalive: true }); };
    const onLeave = (event: BeforeUnloadEvent) => {
      if (!latest.current.dirty) return;
      void save({ keepalive: true });
      event.preventDefault();
    };
    document.addEventListener("visibilitychange", onHide);
    window.addEventListener("beforeunload", onLeave);
    return () => {
      document.removeEventListener("visibilitychange", onHide);
      window.removeEventListener("beforeunload", onLeave);
    };
  }, [save]);

  return { state, dirty, markDirty: () => setDirty(true), save, blocked: () => latest.current.blocked };
}
