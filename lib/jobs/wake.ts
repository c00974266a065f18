// Waking the background loop, for work a user waits for. A use case calls wakeJobLoop() after
// its transaction has committed (the job it queued is then visible); the loop of this process
// (job-loop.ts) registers itself here while it runs, so a use case never imports the loop, the
// runner or the handlers. Without a running loop (IMR_JOBS=off, a separate worker, tests) it
// does nothing: the job waits for the next poll. Held on globalThis, as the loop is, so every
// copy of this module in one process (the server's bundles) reaches the same loop.
const holder = ((globalThis as Record<string, unknown>).__imrJobWake ??= {}) as { listener?: () => void };

/** Called by the job loop when it starts (its wake) and when it stops (null). */
export function setJobWakeListener(listener: (() => void) | null): void {
  holder.listener = listener ?? undefined;
}

/** Runs the loop of this process soon, if it runs one (a no-op otherwise). */
export function wakeJobLoop(): void {
  holder.listener?.();
}
