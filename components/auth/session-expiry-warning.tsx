"use client";
// In the staff shell: the session's end, said before it comes. It reads the session's end from
// next-auth's session endpoint when the shell opens (lib/auth/session-expiry.ts: that read
// renews the session), shows a warning SESSION_WARNING_MS before it, "Your session ends at
// 4:35 PM." with "Stay signed in" (which reads the endpoint again, renewing the session), and
// once it has passed, "Your session has ended." with a link to sign in and come back here.
// Tabs share what they learn (localStorage): a session renewed in one tab is renewed in all.
// The notice is a labelled region at the top of the window, announced when it appears; it
// never takes the focus from what the user is typing.
import { useCallback, useEffect, useState } from "react";
import { SESSION_WARNING_MS, expiryOnThisClock, laterExpiry, sessionPhase } from "@/lib/auth/session-expiry.ts";
import { SignInAgainLink } from "./sign-in-again-link.tsx";

const SHARED_KEY = "imr.session-expires";
/** How often the clock is looked at (timers stop while a computer sleeps). */
const TICK_MS = 15_000;
const CA_CLOCK = new Intl.DateTimeFormat("en-US", {
  hour: "numeric",
  minute: "2-digit",
  timeZone: "America/Los_Angeles",
});

type Reading = { expiresAt: number } | "signed-out" | "unknown";

/** GET /api/auth/session: the session's end on this browser's clock, "signed-out" ({}), or "unknown" (no answer). */
async function readSession(): Promise<Reading> {
  try {
    const response = await fetch("/api/auth/session", { cache: "no-store", credentials: "same-origin" });
    if (!response.ok) return "unknown";
    const body = (await response.json()) as { uid?: unknown; expires?: unknown } | null;
    if (!body || typeof body.uid !== "string") return "signed-out";
    const expiresAt = expiryOnThisClock(body.expires, response.headers.get("date"), Date.now());
    return expiresAt === null ? "unknown" : { expiresAt };
  } catch {
    return "unknown";
  }
}

function share(expiresAt: number): void {
  try {
    window.localStorage.setItem(SHARED_KEY, String(expiresAt));
  } catch {
    // storage off: each tab keeps its own
  }
}

function shared(): number | null {
  try {
    const value = Number(window.localStorage.getItem(SHARED_KEY));
    return Number.isFinite(value) && value > 0 ? value : null;
  } catch {
    return null;
  }
}

export function SessionExpiryWarning() {
  const [expiresAt, setExpiresAt] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());
  /** the session endpoint said the session is over (after "Stay signed in") */
  const [over, setOver] = useState(false);
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const adopt = useCallback((reading: Reading) => {
    if (reading === "unknown") return false;
    if (reading === "signed-out") {
      setOver(true);
      return false;
    }
    share(reading.expiresAt);
    setOver(false);
    setExpiresAt(reading.expiresAt);
    setNow(Date.now());
    return true;
  }, []);

  // the end, when the shell opens; a session already over is left to the page to find (a save, a link)
  useEffect(() => {
    let live = true;
    void readSession().then((reading) => {
      if (live && reading !== "signed-out") adopt(reading);
    });
    return () => {
      live = false;
    };
  }, [adopt]);

  // another tab renewed the session (or learned its end later than this tab did)
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key !== SHARED_KEY) return;
      const reported = shared();
      setExpiresAt((known) => laterExpiry(known, reported));
      setNow(Date.now());
    };
    window.addEventListener("storage", onStorage);
    return () => window.removeEventListener("storage", onStorage);
  }, []);

  // the clock: at each change of phase, every TICK_MS, and when the tab is shown again
  useEffect(() => {
    if (expiresAt === null) return;
    const tick = () => setNow(Date.now());
    const phase = sessionPhase(expiresAt, Date.now());
    const change = phase.phase === "ended" ? null : setTimeout(tick, Math.min(phase.changesInMs + 250, 2 ** 31 - 1));
    const interval = setInterval(tick, TICK_MS);
    const onShow = () => {
      if (document.visibilityState === "visible") tick();
    };
    document.addEventListener("visibilitychange", onShow);
    return () => {
      if (change) clearTimeout(change);
      clearInterval(interval);
      document.removeEventListener("visibilitychange", onShow);
    };
  }, [expiresAt, now]);

  async function staySignedIn() {
    setPending(true);
    setProblem(null);
    const reading = await readSession();
    setPending(false);
    if (reading === "unknown") setProblem("The session could not be renewed (no connection?). Try again.");
    else adopt(reading);
  }

  const phase = over ? "ended" : expiresAt === null ? "active" : sessionPhase(expiresAt, now, SESSION_WARNING_MS).phase;
  // Nothing to see while the session runs; the known end is marked for the browser tests to wait on.
  if (phase === "active") return expiresAt === null ? null : <span hidden data-session-ends-at={expiresAt} />;
  return (
    <section
      aria-label="Session"
      className="pointer-events-none fixed inset-x-0 top-0 z-50 flex justify-center px-4 pt-2"
    >
      <div
        role="alert"
        className="pointer-events-auto flex max-w-2xl flex-wrap items-center gap-3 rounded-md bg-amber-50 px-4 py-3 text-sm text-amber-900 shadow-lg ring-1 ring-amber-300"
      >
        {phase === "ended" ? (
          <>
            <p className="font-semibold">Your session has ended.</p>
            <SignInAgainLink className="rounded-md bg-brand-700 px-3 py-1.5 font-semibold text-white hover:bg-brand-800">
              Sign in again
            </SignInAgainLink>
          </>
        ) : (
          <>
            <p>
              <span className="font-semibold">Your session ends at {CA_CLOCK.format(new Date(expiresAt!))}.</span>{" "}
              Anything not saved by then needs you to sign in again.
            </p>
            <button
              type="button"
              onClick={() => void staySignedIn()}
              disabled={pending}
              className="rounded-md bg-brand-700 px-3 py-1.5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
            >
              {pending ? "Renewing…" : "Stay signed in"}
            </button>
            {problem ? <p className="w-full text-red-800">{problem}</p> : null}
          </>
        )}
      </div>
    </section>
  );
}
