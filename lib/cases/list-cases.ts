// Paged, sorted case lists: the staff queue and a reviewer's open reviews, read in SQL
// (./case-rows-sql.ts). Every list goes through the record access of case-access.ts. A
// reviewer's completed reviews are listed by completion in ./list-completed-reviews.ts.
// The search finds what people type, ignoring accents, case and punctuation, in the case
// number, the claim number, the employee's and the claims administrator's names: each word
// of the query in the case's searchText (folded by the database), or the words written
// together ("wcf77120b" finds WCF-77120-B). See lib/format/search-fold.ts.
import { z } from "zod";
import { Prisma } from "../db/generated/client.ts";
import { CaseStatus } from "../db/generated/enums.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { queryText } from "../format/query-text.ts";
import { searchTerms, type SearchTerms } from "../format/search-fold.ts";
import { caseAccessSql, openReviewAccessSql } from "./case-access.ts";
import { readCaseRows } from "./case-rows-sql.ts";

export const CASE_SORTS = ["dueAt", "receivedAt", "caseNumber", "status", "employee", "claimsAdministrator"] as const;

/** The column of each sort; the names by their folded forms (accents and case ignored), each with its index. */
const SORT_COLUMNS = {
  dueAt: "dueAt",
  receivedAt: "receivedAt",
  caseNumber: "caseNumber",
  status: "status",
  employee: "employeeSortKey",
  claimsAdministrator: "claimsAdminSortKey",
} as const satisfies Record<(typeof CASE_SORTS)[number], string>;

/** searchTextWhere (lib/format/search-fold.ts) in SQL: every word in the case's searchText, or the words joined up. */
function searchTextSql(terms: SearchTerms): Prisma.Sql {
  const contains = (text: string) => Prisma.sql`c."searchText" LIKE ${`%${text}%`}`;
  const every = Prisma.join(terms.words.map(contains), " AND ");
  return terms.joined ? Prisma.sql`((${every}) OR ${contains(terms.joined)})` : Prisma.sql`(${every})`;
}

export const caseListQuery = z.object({
  status: z.enum(CaseStatus).optional().catch(undefined),
  q: queryText(z.string().trim().max(60).optional()).catch(undefined),
  sort: z.enum(CASE_SORTS).catch("dueAt"),
  dir: z.enum(["asc", "desc"]).catch("asc"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  pageSize: z.coerce.number().int().min(5).max(100).catch(25),
});

export type CaseListQuery = z.infer<typeof caseListQuery>;

export type { CaseListRow } from "./case-rows-sql.ts";

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
  const where = Prisma.join(
    [
      caseAccessSql(staff),
      openOnly ? openReviewAccessSql(staff) : Prisma.sql`TRUE`,
      q.status ? Prisma.sql`c."status" = ${q.status}::"CaseStatus"` : Prisma.sql`TRUE`,
      terms ? searchTextSql(terms) : Prisma.sql`TRUE`,
    ],
    " AND ",
  );
  // Cases without a due date come after the dated ones in both directions, and ties follow
  // the direction. Each direction has its indexes, with and without a status filter:
  // (dueAt, caseNumber) going up, (dueAt DESC NULLS LAST, caseNumber DESC) going down
  // (migrations case_queue_indexes and case_due_desc_indexes), so no list sorts its rows.
  // A name sort reads (sort key, caseNumber) forwards or backwards (migration search_fold).
  const dir = Prisma.raw(q.dir === "asc" ? "ASC" : "DESC");
  const orderBy =
    q.sort === "dueAt"
      ? Prisma.sql`c."dueAt" ${dir} NULLS LAST, c."caseNumber" ${dir}`
      : Prisma.sql`c.${Prisma.raw(`"${SORT_COLUMNS[q.sort]}"`)} ${dir}, c."caseNumber" ${
          q.sort === "employee" || q.sort === "claimsAdministrator" ? dir : Prisma.raw("ASC")
        }`;
  const { rows, counted } = await readCaseRows({
    from: Prisma.sql`"Case" c`,
    where,
    orderBy,
    skip: (q.page - 1) * q.pageSize,
    take: q.pageSize,
    cap: CASE_COUNT_CAP,
  });
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
