// Staff sign-in throttling: slows a guesser down without letting anyone lock the owner out.
// Pure rules (no database); ./sign-in.ts applies them and ./sign-in-unlock.ts issues and
// takes the owner's unlock links. The design:
//
// - What counts: every attempt whose password was checked and failed, and every wrong
//   second-factor code, is one failure (a SignInFailure row: the e-mail as typed, normalised,
//   and the client address when known). Unknown e-mails, disabled and locked accounts count
//   exactly like real ones, so the answers never tell whether an account exists.
// - Two rules, each a pure function of the failures in its window and the time now
//   (nextAttemptAt): per account (the e-mail) and per address (only when the address is
//   known: unknown addresses, TRUSTED_PROXY_HOPS=0, get the account rule alone, never one
//   shared bucket). The first `free` failures in the window cost nothing; after the n-th
//   failure beyond them the next attempt must wait firstDelaySeconds * 2^(n-1), capped at
//   maxDelaySeconds, counted from the last failure:
//     account: 3 free, then 1 s, 2 s, 4 s, 8 s ... 15 minutes at most, window 6 hours;
//     address: 10 free, then the same doubling, window 6 hours.
//   The window is long enough to hold the 14 failures that reach the cap even at one per 15
//   minutes, so a steady guesser stays at the cap: about 100 guesses a day per account,
//   however many addresses they use. Rows older than the window are deleted as the same
//   e-mail fails again.
// - During the wait an attempt is refused without checking the password (so guessing gains
//   nothing, not even timing) with "Too many attempts; try again in N minutes or use the
//   link we e-mailed to the account's owner", for known and unknown e-mails alike. Such a
//   refusal is not a failure: it adds nothing to the count (and at most one audit row per
//   wait), so hammering neither lengthens the wait nor grows a table.
// - No lockout: failures never set User.lockedAt; the longest anyone waits after the last
//   failure is maxDelaySeconds. Accounts an administrator locked before stay locked until
//   unlocked (lib/users/unlock-user.ts), as before. Administrators follow the same rules.
// - A success resets the account: its failures are deleted (the count starts again) and
//   User.failedSignIns goes back to 0. (The deleted rows also stop counting for the
//   addresses they came from; the audit trail keeps every failure.)
// - The owner is told: when a failure leaves a real, enabled account waiting and no unlock
//   link was issued for it in the last UNLOCK_LINK_MINUTES, an e-mail is queued (outbox,
//   same transaction as the failure) with the number of failures, their California times
//   and addresses when known, and a one-time link /signin/unlock?token=… (32 random bytes,
//   base64url; only its SHA-256 is stored; good for UNLOCK_LINK_MINUTES, once). So at most
//   one e-mail an hour while failures go on, and always a fresh link after the last expired.
// - The link: opening it (GET) only shows a button; the POST takes it, clears the account's
//   failures and opens a pass of UNLOCK_PASS_MINUTES: the sign-in form on that page sends
//   the token along, and an attempt for that account with it is not held by either wait
//   (at most UNLOCK_PASS_FAILURES wrong passwords with it, then it stops helping; a success
//   spends it). The link never signs anyone in: the password, and the second factor when
//   enrolled, are still required.
// - The second factor proves the owner: during a wait, an attempt that brings a code along
//   is checked (password, then code) for an account with two-factor on, and the right pair
//   signs in past the wait. So that this does not let someone holding the password guess
//   codes at will, it is open only while the account has fewer than SECOND_FACTOR_FREE
//   wrong codes in the window (each counted as a failure too). A wrong password or code
//   there gets the same "too many attempts" answer, whether or not the account exists.
// - Concurrent attempts for one e-mail are serialised by an advisory lock around the check
//   and the counting (the attempt is counted before the password is verified, and the row
//   removed when it proves not to be a failure), so parallel guesses share one count.
export type ThrottleRule = {
  /** failures in the window that cost nothing */
  free: number;
  firstDelaySeconds: number;
  maxDelaySeconds: number;
  windowMinutes: number;
};

export const ACCOUNT_RULE: ThrottleRule = {
  free: 3,
  firstDelaySeconds: 1,
  maxDelaySeconds: 15 * 60,
  windowMinutes: 6 * 60,
};
export const ADDRESS_RULE: ThrottleRule = {
  free: 10,
  firstDelaySeconds: 1,
  maxDelaySeconds: 15 * 60,
  windowMinutes: 6 * 60,
};

/** Wrong codes in the account's window after which a code no longer signs in past a wait. */
export const SECOND_FACTOR_FREE = 3;
/** How long an e-mailed unlock link can be opened; also the least time between two such e-mails. */
export const UNLOCK_LINK_MINUTES = 60;
/** How long, once taken, the link's pass lets its account past the waits. */
export const UNLOCK_PASS_MINUTES = 15;
/** Wrong passwords with the pass after which it stops helping. */
export const UNLOCK_PASS_FAILURES = 3;
/** Failures read per rule: more could not lengthen the wait (the cap is reached well before). */
export const FAILURES_READ = 64;

/** The wait (seconds) after `failures` failures in the window: 0 while free, then doubling to the cap. */
export function delayAfter(failures: number, rule: ThrottleRule): number {
  const beyond = failures - rule.free;
  if (beyond <= 0) return 0;
  // 2^(beyond-1) without overflow: past 40 doublings the cap has long been reached
  return Math.min(rule.maxDelaySeconds, rule.firstDelaySeconds * 2 ** Math.min(beyond - 1, 40));
}

export function windowStart(now: Date, rule: ThrottleRule): Date {
  return new Date(now.getTime() - rule.windowMinutes * 60_000);
}

/** When the next attempt may be checked, or null when it may be now. Failures outside the window are ignored. */
export function nextAttemptAt(failures: readonly Date[], now: Date, rule: ThrottleRule): Date | null {
  const start = windowStart(now, rule).getTime();
  const recent = failures.map((at) => at.getTime()).filter((at) => at > start);
  if (recent.length === 0) return null;
  const wait = delayAfter(recent.length, rule);
  if (wait === 0) return null;
  const at = Math.max(...recent) + wait * 1000;
  return at > now.getTime() ? new Date(at) : null;
}

export type ThrottleVerdict =
  | { waiting: false }
  | {
      waiting: true;
      /** whole seconds until the next attempt is checked (at least 1) */
      retryAfterSeconds: number;
      until: Date;
      /** the rule with the longer wait */
      by: "account" | "address";
      /** the last failure that rule counted: the wait began then */
      since: Date;
    };

/** Both rules at once: the longer wait wins. `address` is null when the client address is unknown. */
export function throttleVerdict(
  failures: { account: readonly Date[]; address: readonly Date[] | null },
  now: Date,
): ThrottleVerdict {
  const byAccount = nextAttemptAt(failures.account, now, ACCOUNT_RULE);
  const byAddress = failures.address ? nextAttemptAt(failures.address, now, ADDRESS_RULE) : null;
  if (!byAccount && !byAddress) return { waiting: false };
  const by = byAccount && (!byAddress || byAccount >= byAddress) ? "account" : "address";
  const until = (by === "account" ? byAccount : byAddress)!;
  const counted = by === "account" ? failures.account : failures.address!;
  const since = new Date(Math.max(...counted.map((at) => at.getTime())));
  return {
    waiting: true,
    retryAfterSeconds: Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000)),
    until,
    by,
    since,
  };
}

// ---- what the browser is told (shared by the server, ./auth-options.ts, and the sign-in form)

/** The error a delayed sign-in throws through next-auth: "SignInDelayed:<seconds>". */
export const SIGN_IN_DELAYED = "SignInDelayed";

export function delayedSignal(retryAfterSeconds: number): string {
  return `${SIGN_IN_DELAYED}:${Math.max(1, Math.ceil(retryAfterSeconds))}`;
}

/** The seconds of a delayed-sign-in signal, or null for any other error. */
export function parseDelayedSignal(error: string | null | undefined): number | null {
  const match = /^SignInDelayed:(\d{1,7})$/.exec(error ?? "");
  return match ? Math.max(1, Number(match[1])) : null;
}

/** "45 seconds", "1 minute", "15 minutes": minutes rounded up from a minute on. */
export function waitWords(seconds: number): string {
  const s = Math.max(1, Math.ceil(seconds));
  if (s < 60) return `${s} second${s === 1 ? "" : "s"}`;
  const minutes = Math.ceil(s / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}

export function delayedMessage(seconds: number): string {
  return `Too many attempts; try again in ${waitWords(seconds)} or use the link we e-mailed to the account's owner.`;
}
