// Retry timing shared by the job runner and e-mail delivery: exponential backoff from a
// base delay, doubling per attempt, capped. Deterministic (no jitter), so tests can step the
// clock exactly; workers spread out anyway because each claims different rows.
export type Backoff = { baseMs: number; maxMs: number };

export const JOB_BACKOFF: Backoff = { baseMs: 30_000, maxMs: 60 * 60_000 };

/** Delay before the next try, after `attempts` tries have failed (1 = the first failure). */
export function retryDelayMs(attempts: number, backoff: Backoff = JOB_BACKOFF): number {
  const exponent = Math.max(0, attempts - 1);
  return Math.min(backoff.maxMs, backoff.baseMs * 2 ** Math.min(exponent, 30));
}

export function nextAttemptAt(now: Date, attempts: number, backoff: Backoff = JOB_BACKOFF): Date {
  return new Date(now.getTime() + retryDelayMs(attempts, backoff));
}

/** The message kept for an error: its own text, bounded, never a stack. */
export function errorText(error: unknown): string {
  const text = error instanceof Error ? error.message || error.name : String(error);
  return text.slice(0, 1000);
}
