"use client";
// Saves the reviewer's draft a few seconds after the last change, when the tab is hidden
// and when the page is left (keepalive request). Saves run one at a time; each carries
// the revision it was based on, and a 409 (changed in another tab) stops autosaving.
// A save says "saved" only when the server answered that it saved: a 401 (the session ended
// or was signed out) is "signed_out", anything else that is not a success is an error. While
// saving fails, and whenever the page is left with changes, the text goes to `keep` (kept in
// this browser by the caller) until a save succeeds; a failed save is tried again when the
// reviewer comes back to the tab, the window gets focus or the connection returns.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";

export type SaveState =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: Date }
  /** `kept`: the text waits in this browser (KeepUnsaved) */
  | { kind: "error"; message: string; kept: boolean }
  | { kind: "signed_out"; kept: boolean }
  | { kind: "conflict"; message: string };

/** Where unsent text waits: written while saving fails or when the page is left, cleared after a save. */
export type KeepUnsaved<T> = { write: (payload: T, revision: number) => boolean; clear: () => void };

const NO_CONNECTION = "Not saved: the connection failed. It will be tried again.";
const NOT_SAVED = "Not saved: the draft could not be saved.";

type Answer = { ok?: unknown; revision?: unknown; message?: unknown };

export function useAutosave<T extends object>({
  payload,
  revision,
  onRevision,
  delayMs = 3000,
  keep = null,
}: {
  payload: T;
  revision: number;
  onRevision: (revision: number) => void;
  delayMs?: number;
  keep?: KeepUnsaved<T> | null;
}) {
  const [state, setState] = useState<SaveState>({ kind: "idle" });
  const [dirty, setDirty] = useState(false);
  const latest = useRef({
    payload,
    revision,
    dirty,
    keep,
    failing: false,
    keptLocally: false,
    blocked: false,
    inFlight: false,
  });
  // the latest values, for the timers and page-leave handlers (updated after each render)
  useLayoutEffect(() => {
    latest.current.payload = payload;
    latest.current.revision = revision;
    latest.current.dirty = dirty;
    latest.current.keep = keep;
  });

  const save = useCallback(
    async ({ keepalive = false } = {}): Promise<boolean> => {
      const ref = latest.current;
      if (ref.blocked || ref.inFlight) return false;
      ref.inFlight = true;
      setState({ kind: "saving" });
      const sent = ref.payload;
      const failed = (next: { kind: "signed_out" } | { kind: "error"; message: string }) => {
        ref.failing = true;
        ref.keptLocally = ref.keep?.write(ref.payload, ref.revision) ?? false;
        setState({ ...next, kept: ref.keptLocally });
        return false;
      };
      try {
        const response = await fetch("/api/reviewer/draft", {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ ...sent, revision: ref.revision }),
          keepalive,
        });
        // whatever the body, the status decides; a body that is not JSON (a proxy's error page) is no answer
        const body = (await response.json().catch(() => ({}))) as Answer;
        const message = typeof body.message === "string" ? body.message : null;
        if (response.status === 401) return failed({ kind: "signed_out" });
        if (response.status === 409) {
          ref.blocked = true;
          setState({ kind: "conflict", message: message ?? "Changed elsewhere." });
          return false;
        }
        if (!response.ok || body.ok !== true || typeof body.revision !== "number") {
          return failed({ kind: "error", message: message ? `Not saved. ${message}` : NOT_SAVED });
        }
        ref.revision = body.revision;
        onRevision(body.revision);
        ref.failing = false;
        if (ref.payload === sent) {
          setDirty(false);
          ref.keep?.clear();
          ref.keptLocally = false;
        }
        setState({ kind: "saved", at: new Date() });
        return true;
      } catch {
        return failed({ kind: "error", message: NO_CONNECTION });
      } finally {
        ref.inFlight = false;
      }
    },
    [onRevision],
  );

  useEffect(() => {
    if (!dirty) return;
    const timer = setTimeout(() => void save(), delayMs);
    return () => clearTimeout(timer);
  }, [payload, dirty, delayMs, save]);

  // while saving fails, what is typed meanwhile is kept too (a save is tried after each pause anyway)
  useEffect(() => {
    const ref = latest.current;
    if (ref.failing && dirty && keep) ref.keptLocally = keep.write(payload, revision);
  }, [payload, dirty, keep, revision]);

  useEffect(() => {
    const retry = () => {
      if (latest.current.failing && latest.current.dirty) void save();
    };
    const onVisibility = () => {
      if (document.visibilityState === "visible") return retry();
      if (latest.current.dirty) {
        const ref = latest.current;
        ref.keptLocally = ref.keep?.write(ref.payload, ref.revision) ?? false;
        void save({ keepalive: true });
      }
    };
    const onLeave = (event: BeforeUnloadEvent) => {
      const ref = latest.current;
      if (!ref.dirty || ref.blocked) return;
      // the last save may not arrive: the text stays in this browser until a save is confirmed
      ref.keptLocally = ref.keep?.write(ref.payload, ref.revision) ?? false;
      void save({ keepalive: true });
      // signed out and kept here: leaving loses nothing, and the sign-in page is where the reviewer is going
      if (ref.failing && ref.keptLocally) return;
      event.preventDefault();
    };
    document.addEventListener("visibilitychange", onVisibility);
    window.addEventListener("focus", retry);
    window.addEventListener("online", retry);
    window.addEventListener("beforeunload", onLeave);
    return () => {
      document.removeEventListener("visibilitychange", onVisibility);
      window.removeEventListener("focus", retry);
      window.removeEventListener("online", retry);
      window.removeEventListener("beforeunload", onLeave);
    };
  }, [save]);

  return { state, dirty, markDirty: () => setDirty(true), save, blocked: () => latest.current.blocked };
}
