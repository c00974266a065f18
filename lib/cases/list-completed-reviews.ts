// A reviewer's completed reviews, newest completion first, paged: read from their
// assignments through the (reviewerId, status, endedAt) index, so a reviewer with years of
// reviews gets a page without their whole history being sorted. Other staff have none.
// Read in SQL, as the other case lists (./case-rows-sql.ts).
import { z } from "zod";
import { Prisma } from "../db/generated/client.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { CASE_COUNT_CAP, type CaseListRow } from "./list-cases.ts";
import { readCaseRows } from "./case-rows-sql.ts";

export const completedReviewsQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  pageSize: z.coerce.number().int().min(5).max(100).catch(25),
});

export type CompletedReviewRow = CaseListRow & { completedAt: Date | null };

export async function listCompletedReviews({ actor, query }: { actor: Actor | null; query: unknown }) {
  const staff = requirePermission(actor, "cases.read");
  const q = completedReviewsQuery.parse(query ?? {});
  const reviewerId = staff.role === "REVIEWER" ? staff.reviewerId : null;
  if (!reviewerId) return { rows: [], total: 0, totalIsCapped: false, page: q.page, pageSize: q.pageSize };
  const { rows, counted } = await readCaseRows<{ completedAt: Date | null }>({
    from: Prisma.sql`"Assignment" done JOIN "Case" c ON c."id" = done."caseId"`,
    where: Prisma.sql`done."reviewerId" = ${reviewerId}::uuid AND done."status" = 'COMPLETED'`,
    orderBy: Prisma.sql`done."endedAt" DESC, done."id" DESC`,
    extra: Prisma.sql`done."endedAt" AS "completedAt"`,
    skip: (q.page - 1) * q.pageSize,
    take: q.pageSize,
    cap: CASE_COUNT_CAP,
  });
  return {
    rows,
    total: Math.min(counted, CASE_COUNT_CAP),
    totalIsCapped: counted > CASE_COUNT_CAP,
    page: q.page,
    pageSize: q.pageSize,
  };
}
