import type { SaveState } from "./use-autosave.ts";
import { formatCaliforniaTime } from "@/lib/format/dates.ts";

export function SaveStatus({ state, dirty }: { state: SaveState; dirty: boolean }) {
  const text =
    state.kind === "saving" ? "Saving…"
    : state.kind === "error" ? state.message
    : state.kind === "conflict" ? "Not saved: changed in another tab."
    : dirty ? "Unsaved changes"
    : state.kind === "saved" ? `All changes saved at ${formatCaliforniaTime(state.at)}`
    : "No changes";
  const tone = state.kind === "error" || state.kind === "conflict" ? "text-red-700" : "text-slate-600";
  return <p className={`text-sm ${tone}`} role="status" aria-live="polite" data-testid="save-status">{text}</p>;
}
