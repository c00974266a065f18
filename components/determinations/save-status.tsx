// The autosave's state in words. "saved" only after the server said so; a save refused for
// want of a session says so, with a link to sign in and come back to this page.
import type { SaveState } from "./use-autosave.ts";
import { formatCaliforniaTime } from "@/lib/format/dates.ts";
import { SignInAgainLink } from "@/components/auth/sign-in-again-link.tsx";

export function SaveStatus({ state, dirty }: { state: SaveState; dirty: boolean }) {
  const text =
    state.kind === "saving" ? (
      "Saving…"
    ) : state.kind === "signed_out" ? (
      <>
        Not saved: <SignInAgainLink className="font-semibold underline">sign in again</SignInAgainLink>
        {state.kept ? ". Your text is kept in this browser until it is saved." : "."}
      </>
    ) : state.kind === "error" ? (
      `${state.message}${state.kept ? " Your text is kept in this browser until it is saved." : ""}`
    ) : state.kind === "conflict" ? (
      "Not saved: changed in another tab."
    ) : dirty ? (
      "Unsaved changes"
    ) : state.kind === "saved" ? (
      `All changes saved at ${formatCaliforniaTime(state.at)}`
    ) : (
      "No changes"
    );
  const tone =
    state.kind === "error" || state.kind === "conflict" || state.kind === "signed_out"
      ? "text-red-700"
      : "text-slate-600";
  return (
    <p className={`text-sm ${tone}`} role="status" aria-live="polite" data-testid="save-status">
      {text}
    </p>
  );
}
