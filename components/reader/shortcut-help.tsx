"use client";
// The reader's keyboard shortcuts, listed from the one map (./shortcuts.ts).
import { Button } from "@/components/ui/button.tsx";
import { SHORTCUTS } from "./shortcuts.ts";

export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  return (
    <div
      role="dialog"
      aria-modal="false"
      aria-labelledby="shortcut-help-title"
      className="rounded-md bg-white p-3 text-sm shadow ring-1 ring-slate-300"
      data-testid="shortcut-help"
      onKeyDown={(e) => {
        if (e.key === "Escape") onClose();
      }}
    >
      <h3 id="shortcut-help-title" className="font-semibold text-slate-900">
        Keyboard shortcuts
      </h3>
      <p className="text-slate-600">They work anywhere in the workspace except while typing in a field.</p>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        {SHORTCUTS.map((s) => (
          <div key={s.command} className="contents">
            <dt>
              {s.keys.map((k, i) => (
                <span key={k}>
                  {i ? " or " : ""}
                  <kbd className="rounded bg-slate-100 px-1.5 py-0.5 font-mono ring-1 ring-slate-300">{k}</kbd>
                </span>
              ))}
            </dt>
            <dd>{s.label}</dd>
          </div>
        ))}
      </dl>
      <Button type="button" variant="secondary" className="mt-3" onClick={onClose} autoFocus>
        Close
      </Button>
    </div>
  );
}
