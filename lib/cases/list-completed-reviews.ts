// A reviewer's completed reviews, newest completion first, paged: read from their
// assignments through the (reviewerId, status, endedAt) index, so a reviewer with years of
// reviews gets a page without their whole history being sorted. Other staff have none.
import { z } from "zod";
import { db } from "../db/client.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { CASE_COUNT_CAP, caseListSelect, type CaseListRow } from "./list-cases.ts";

export const completedReviewsQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  pageSize: z.coerce.number().int().min(5).max(100).catch(25),
});

export type CompletedReviewRow = CaseListRow & { completedAt: Date | null };

export async function listCompletedReviews({ actor, query }: { actor: Actor | null; query: unknown }) {
  const staff = requirePermission(actor, "cases.read");
  const q = completedReviewsQuery.parse(query ?? {});
  const where = {
    reviewerId:
      staff.role === "REVIEWER" && staff.reviewerId ? staff.reviewerId : "00000000-0000-0000-0000-000000000000",
    status: "COMPLETED" as const,
  };
  const orderBy = [{ endedAt: "desc" as const }, { id: "desc" as const }];
  const [assignments, counted] = await Promise.all([
    db().assignment.findMany({
      where,
      orderBy,
      select: { endedAt: true, case: { select: caseListSelect } },
      skip: (q.page - 1) * q.pageSize,
      take: q.pageSize,
    }),
    db().assignment.count({ where, orderBy, take: CASE_COUNT_CAP + 1 }),
  ]);
  const rows: CompletedReviewRow[] = assignments.map((a) => ({ ...a.case, completedAt: a.endedAt }));
  return {
    rows,
    total: Math.min(counted, CASE_COUNT_CAP),
    totalIsCapped: counted > CASE_COUNT_CAP,
    page: q.page,
    pageSize: q.pageSize,
  };
}
