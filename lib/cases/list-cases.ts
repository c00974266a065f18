// Paged, sorted case lists: the staff queue and a reviewer's open reviews. Every list goes
// through the where-builders of case-access.ts. A reviewer's completed reviews are listed
// by completion in ./list-completed-reviews.ts.
// The search finds what people type, ignoring accents, case and punctuation, in the case
// number, the claim number, the employee's and the claims administrator's names: each word
// of the query in the case's searchText (folded by the database), or the words written
// together ("wcf77120b" finds WCF-77120-B). See lib/format/search-fold.ts.
import { statusAssignmentsArgs } from "./case-status.ts";
import { z } from "zod";
import type { Prisma } from "../db/generated/client.ts";
import { CaseStatus } from "../db/generated/enums.ts";
import { db } from "../db/client.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { queryText } from "../format/query-text.ts";
import { searchTerms, searchTextWhere } from "../format/search-fold.ts";
import { caseWhereForActor, openReviewWhereForActor } from "./case-access.ts";

export const CASE_SORTS = ["dueAt", "receivedAt", "caseNumber", "status", "employee", "claimsAdministrator"] as const;

/** The names are sorted by their folded forms (accents and case ignored), each with its index. */
const NAME_SORT_COLUMNS = { employee: "employeeSortKey", claimsAdministrator: "claimsAdminSortKey" } as const;

export const caseListQuery = z.object({
  status: z.enum(CaseStatus).optional().catch(undefined),
  q: queryText(z.string().trim().max(60).optional()).catch(undefined),
  sort: z.enum(CASE_SORTS).catch("dueAt"),
  dir: z.enum(["asc", "desc"]).catch("asc"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  pageSize: z.coerce.number().int().min(5).max(100).catch(25),
});

export type CaseListQuery = z.infer<typeof caseListQuery>;

export const caseListSelect = {
  id: true,
  caseNumber: true,
  status: true,
  reviewType: true,
  receivedAt: true,
  dueAt: true,
  specialtyCode: true,
  employeeName: true,
  claimsAdministratorName: true,
  // "Offered" or "In review" for an assigned case (lib/cases/case-status.ts)
  assignments: statusAssignmentsArgs,
  // counted per listed row (a correlated count on DisputedItem's caseId index, relationJoins)
  _count: { select: { items: true } },
} satisfies Prisma.CaseSelect;

export type CaseListRow = Prisma.CaseGetPayload<{ select: typeof caseListSelect }>;

/** Counts past this are shown as "more than": an exact count of a large status costs a scan. */
export const CASE_COUNT_CAP = 10_000;

/** `openOnly`: a reviewer's open reviews (accepted, not decided; offers are listed apart); no effect for other roles. */
export async function listCases({
  actor,
  query,
  openOnly = false,
}: {
  actor: Actor | null;
  query: unknown;
  openOnly?: boolean;
}) {
  const staff = requirePermission(actor, "cases.read");
  const q = caseListQuery.parse(query ?? {});
  const terms = searchTerms(q.q);
  const where: Prisma.CaseWhereInput = {
    AND: [
      caseWhereForActor(staff),
      openOnly ? openReviewWhereForActor(staff) : {},
      q.status ? { status: q.status } : {},
      terms ? searchTextWhere(terms) : {},
    ],
  };
  // Cases without a due date come after the dated ones in both directions, and ties follow
  // the direction. Each direction has its indexes, with and without a status filter:
  // (dueAt, caseNumber) going up, (dueAt DESC NULLS LAST, caseNumber DESC) going down
  // (migrations case_queue_indexes and case_due_desc_indexes), so no list sorts its rows.
  // A name sort reads (sort key, caseNumber) forwards or backwards (migration search_fold).
  const orderBy: Prisma.CaseOrderByWithRelationInput[] =
    q.sort === "dueAt"
      ? [{ dueAt: { sort: q.dir, nulls: "last" } }, { caseNumber: q.dir }]
      : q.sort === "employee" || q.sort === "claimsAdministrator"
        ? [{ [NAME_SORT_COLUMNS[q.sort]]: q.dir }, { caseNumber: q.dir }]
        : [{ [q.sort]: q.dir }, { caseNumber: "asc" }];
  const [rows, counted] = await Promise.all([
    db().case.findMany({ where, orderBy, select: caseListSelect, skip: (q.page - 1) * q.pageSize, take: q.pageSize }),
    // counted in the list's own order, so the index that serves the page serves the count
    db().case.count({ where, orderBy, take: CASE_COUNT_CAP + 1 }),
  ]);
  const totalIsCapped = counted > CASE_COUNT_CAP;
  return {
    rows,
    total: Math.min(counted, CASE_COUNT_CAP),
    totalIsCapped,
    page: q.page,
    pageSize: q.pageSize,
    query: q,
  };
}
