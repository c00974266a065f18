// A copy of the application typed in this browser tab that the server has not saved yet
// (signed out, no connection): kept in the tab's session storage, under the user's id, until
// a save succeeds, the case is created or the draft is discarded. Session storage, not local
// storage: it goes when the tab is closed, so an employee's details do not stay on a shared
// computer.
import type { DraftValues } from "./application-fields.tsx";

const keyOf = (owner: string) => `imr.applicationDraft.${owner}`;

export type LocalDraftCopy = { keptAt: string; data: DraftValues };

export function keepLocally(owner: string, data: DraftValues): void {
  try {
    window.sessionStorage.setItem(
      keyOf(owner),
      JSON.stringify({ keptAt: new Date().toISOString(), data } satisfies LocalDraftCopy),
    );
  } catch {
    // storage full or refused: the on-screen text is all there is, and the status says it is not saved
  }
}

export function readLocalCopy(owner: string): LocalDraftCopy | null {
  try {
    const raw = window.sessionStorage.getItem(keyOf(owner));
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<LocalDraftCopy>;
    return parsed && typeof parsed.keptAt === "string" && parsed.data && typeof parsed.data === "object"
      ? (parsed as LocalDraftCopy)
      : null;
  } catch {
    return null;
  }
}

export function forgetLocalCopy(owner: string): void {
  try {
    window.sessionStorage.removeItem(keyOf(owner));
  } catch {
    // nothing kept
  }
}
