// Every deadline of a case with where it stands now: computed from the case's recorded
// facts by lib/deadlines, and matched with when each act was done.
import type { Prisma } from "../db/generated/client.ts";
import { computeCaseDeadlines, type CaseDeadline } from "../deadlines/case-deadlines.ts";
import type { DeadlineKind } from "../deadlines/deadline-rules.ts";
import { deadlineStatus, type DeadlineStatus } from "../deadlines/deadline-status.ts";

export const caseDeadlineSelect = {
  id: true,
  status: true,
  reviewType: true,
  eligibilityDecidedAt: true,
  eligibilityOutcome: true,
  noticeSentAt: true,
  noticeMethod: true,
  recordsCompleteAt: true,
  determinations: {
    where: { status: { in: ["ISSUED", "SUPERSEDED"] } },
    select: { issuedAt: true, items: { select: { decision: true } } },
    orderBy: { version: "asc" },
    take: 1,
  },
} satisfies Prisma.CaseSelect;

export type CaseForDeadlines = Prisma.CaseGetPayload<{ select: typeof caseDeadlineSelect }>;
export type DeadlineRow = CaseDeadline & { doneAt: Date | null; status: DeadlineStatus | "window" };

type FileDetermination = CaseForDeadlines["determinations"][number] & { status: string; version: number };

/**
 * The same from a case file read with all its determinations (lib/cases/get-case.ts), so a
 * page that has the file needs no second read: the letter that counts is the first issued.
 */
export function deadlinesOfCaseFile(
  kase: Omit<CaseForDeadlines, "determinations"> & { determinations: readonly FileDetermination[] },
  now = new Date(),
): DeadlineRow[] {
  const issued = kase.determinations
    .filter((d) => d.status === "ISSUED" || d.status === "SUPERSEDED")
    .sort((a, b) => a.version - b.version);
  return deadlinesOf({ ...kase, determinations: issued.slice(0, 1) }, now);
}

export function deadlinesOf(kase: CaseForDeadlines, now = new Date()): DeadlineRow[] {
  const letter = kase.determinations[0];
  const eligible = kase.eligibilityOutcome === "ELIGIBLE";
  const deadlines = computeCaseDeadlines({
    reviewType: kase.reviewType,
    eligibilityDecidedAt: eligible ? kase.eligibilityDecidedAt : null,
    noticeSentAt: eligible ? kase.noticeSentAt : null,
    noticeMethod: kase.noticeMethod,
    recordsCompleteAt: kase.recordsCompleteAt,
    letterIssuedAt: letter?.issuedAt ?? null,
    letterServedBy: "ELECTRONIC",
    anyOverturned: letter ? letter.items.some((item) => item.decision === "OVERTURNED") : null,
  });
  const doneAt: Partial<Record<DeadlineKind, Date | null>> = {
    ASSIGNMENT_NOTICE: eligible ? kase.noticeSentAt : null,
    RECORDS_DUE: kase.recordsCompleteAt,
    DETERMINATION_DUE: letter?.issuedAt ?? null,
  };
  return deadlines.map((d) => {
    const done = doneAt[d.kind] ?? null;
    const tracked = d.kind in doneAt;
    return { ...d, doneAt: done, status: tracked ? deadlineStatus(d.startsAt, d.dueAt, now, done) : "window" };
  });
}
