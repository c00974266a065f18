// Per-address limits on the public filing actions, so that one connection cannot flood the
// verification queue or the storage: drafts started, papers uploaded, applications filed and
// draft links e-mailed, each counted over a sliding window in FilingAttempt (as party access
// attempts are). An address that cannot be known (lib/http/client-address.ts, no trusted
// proxy) is never one bucket: it is not limited here, and the proof of work still applies.
import type { Prisma } from "../db/generated/client.ts";

export type FilingAttemptKind = "draft" | "upload" | "filing" | "link";

export const FILING_LIMITS: Record<FilingAttemptKind, { max: number; windowMinutes: number }> = {
  draft: { max: 10, windowMinutes: 60 },
  upload: { max: 40, windowMinutes: 60 },
  filing: { max: 5, windowMinutes: 24 * 60 },
  link: { max: 5, windowMinutes: 60 },
};

/** Whether one more attempt is allowed after `count` in the window, and if not, when one will be (pure). */
export function limitVerdict(
  kind: FilingAttemptKind,
  recent: Date[],
  now: Date,
  limits = FILING_LIMITS,
): { allowed: true } | { allowed: false; retryAt: Date } {
  const { max, windowMinutes } = limits[kind];
  const since = now.getTime() - windowMinutes * 60_000;
  const inWindow = recent.filter((at) => at.getTime() > since).sort((a, b) => b.getTime() - a.getTime());
  if (inWindow.length < max) return { allowed: true };
  // the max-th newest attempt leaving the window frees one place
  return { allowed: false, retryAt: new Date(inWindow[max - 1].getTime() + windowMinutes * 60_000) };
}

type Counter = Pick<Prisma.TransactionClient, "filingAttempt">;

/** The verdict for an address now (reads the window's attempts; unknown address: always allowed). */
export async function checkFilingLimit(
  reader: Counter,
  kind: FilingAttemptKind,
  ip: string | null,
  now: Date,
): Promise<{ allowed: true } | { allowed: false; retryAt: Date }> {
  if (!ip) return { allowed: true };
  const { max, windowMinutes } = FILING_LIMITS[kind];
  const rows = await reader.filingAttempt.findMany({
    where: { kind, ip, at: { gt: new Date(now.getTime() - windowMinutes * 60_000) } },
    orderBy: { at: "desc" },
    take: max,
    select: { at: true },
  });
  return limitVerdict(
    kind,
    rows.map((r) => r.at),
    now,
  );
}

/** Counts one attempt (in the caller's transaction, with the work it allowed). */
export async function countFilingAttempt(
  writer: Counter,
  kind: FilingAttemptKind,
  ip: string | null,
  now: Date,
): Promise<void> {
  if (ip) await writer.filingAttempt.create({ data: { kind, ip, at: now } });
}
