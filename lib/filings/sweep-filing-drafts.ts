// Part of the hourly sweep (lib/jobs/handlers.ts): drafts past their expiry are deleted with
// their papers' bytes, and the per-address attempts and spent proof-of-work challenges that
// no limit or challenge can need any more. Safe to run twice.
import { db } from "../db/client.ts";
import { storageFor } from "../documents/storage/storage.ts";
import { FILING_LIMITS } from "./filing-limits.ts";

export async function sweepFilingDrafts({ now }: { now: Date }) {
  const papers = await db().filingPaper.findMany({
    where: { filingId: null, draft: { expiresAt: { lte: now } } },
    select: { storageKey: true },
    take: 5000,
  });
  for (const paper of papers) {
    if (paper.storageKey.startsWith("db:")) continue;
    const { storage, key } = storageFor(paper.storageKey);
    await storage.remove(key).catch(() => {});
  }
  const longest = Math.max(...Object.values(FILING_LIMITS).map((l) => l.windowMinutes));
  const [drafts, attempts, challenges] = await Promise.all([
    db().filingDraft.deleteMany({ where: { expiresAt: { lte: now } } }),
    db().filingAttempt.deleteMany({ where: { at: { lt: new Date(now.getTime() - longest * 60_000) } } }),
    db().spentChallenge.deleteMany({ where: { expiresAt: { lt: now } } }),
  ]);
  return {
    filingDraftsDeleted: drafts.count,
    filingAttemptsDeleted: attempts.count,
    challengesForgotten: challenges.count,
  };
}
