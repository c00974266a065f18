// The case tables' rows (intake list, admin queue, a reviewer's open and completed reviews)
// read in SQL: these lists are the busiest reads of the staff pages, and Prisma compiles a
// query with its relations on every request, which cost more than the query itself. One
// statement gives a page of rows, each with the assignments its status badge needs (offered
// or active, lib/cases/case-status.ts) and its number of disputed items, and the count of
// the rows matching (a subquery over the same WHERE and ORDER BY). Every WHERE comes from
// the callers' record access (caseAccessSql in ./case-access.ts) and bound parameters,
// never from text. Read through lib/db/raw-reader.ts.
import { Prisma } from "../db/generated/client.ts";
import type { AssignmentStatus, CaseStatus, ReviewType } from "../db/generated/enums.ts";
import { rawReader, type RawReader } from "../db/raw-reader.ts";

export type CaseListAssignment = { status: AssignmentStatus; assignedAt: Date; respondedAt: Date | null };

export type CaseListRow = {
  id: string;
  caseNumber: string;
  status: CaseStatus;
  reviewType: ReviewType;
  receivedAt: Date;
  dueAt: Date | null;
  specialtyCode: string;
  employeeName: string;
  claimsAdministratorName: string;
  assignments: CaseListAssignment[];
  _count: { items: number };
};

/** The columns of a row, from the case aliased `c`. Timestamps in the JSON carry their offset (UTC). */
const ROW_COLUMNS = Prisma.sql`c."id"::text AS "id", c."caseNumber", c."status"::text AS "status",
  c."reviewType"::text AS "reviewType", c."receivedAt", c."dueAt", c."specialtyCode", c."employeeName",
  c."claimsAdministratorName",
  (SELECT coalesce(json_agg(json_build_object('status', a."status",
            'assignedAt', a."assignedAt" AT TIME ZONE 'UTC', 'respondedAt', a."respondedAt" AT TIME ZONE 'UTC')), '[]')
     FROM "Assignment" a WHERE a."caseId" = c."id" AND a."status" IN ('OFFERED', 'ACTIVE')) AS "assignments",
  (SELECT count(*)::int FROM "DisputedItem" i WHERE i."caseId" = c."id") AS "itemCount"`;

type RawAssignment = { status: AssignmentStatus; assignedAt: string; respondedAt: string | null };
type RawRow = Omit<CaseListRow, "assignments" | "_count"> & {
  assignments: RawAssignment[] | string;
  itemCount: number;
};

function caseListRow(raw: RawRow): CaseListRow {
  const { assignments, itemCount, ...rest } = raw;
  const list: RawAssignment[] = typeof assignments === "string" ? JSON.parse(assignments) : assignments;
  return {
    ...rest,
    assignments: list.map((a) => ({
      status: a.status,
      assignedAt: new Date(a.assignedAt),
      respondedAt: a.respondedAt === null ? null : new Date(a.respondedAt),
    })),
    _count: { items: itemCount },
  };
}

/**
 * A page of case rows and the count (up to `cap` + 1) of the rows matching.
 * `from`: the FROM clause, with the case aliased `c` (joined to what orders it);
 * `extra`: more columns of the page's rows (e.g. a completion date).
 */
export async function readCaseRows<Extra extends Record<string, unknown> = Record<never, never>>({
  from,
  where,
  orderBy,
  skip,
  take,
  cap,
  extra = Prisma.empty,
  client = rawReader(),
}: {
  from: Prisma.Sql;
  where: Prisma.Sql;
  orderBy: Prisma.Sql;
  skip: number;
  take: number;
  cap: number;
  extra?: Prisma.Sql;
  /** the app's client unless given (the embedded database's own in a test) */
  client?: RawReader;
}): Promise<{ rows: (CaseListRow & Extra)[]; counted: number }> {
  const columns = extra === Prisma.empty ? ROW_COLUMNS : Prisma.sql`${ROW_COLUMNS}, ${extra}`;
  // counted in the list's own order, so the index that serves the page serves the count
  const count = Prisma.sql`SELECT count(*)::int AS "counted"
    FROM (SELECT 1 FROM ${from} WHERE ${where} ORDER BY ${orderBy} LIMIT ${cap + 1}::int) AS "matched"`;
  // The count rides on each row (a subquery that does not depend on the row: the database
  // runs it once), so a page is one round trip; an empty page asks for it alone.
  const raw = await client.$queryRaw<
    (RawRow & Extra & { counted: number })[]
  >`SELECT ${columns}, (${count}) AS "counted"
    FROM ${from} WHERE ${where} ORDER BY ${orderBy} LIMIT ${take}::int OFFSET ${skip}::int`;
  const counted =
    raw.length > 0 ? raw[0].counted : (await client.$queryRaw<{ counted: number }[]>`${count}`)[0].counted;
  return {
    rows: raw.map(({ counted: _counted, ...row }) => caseListRow(row as RawRow & Extra) as CaseListRow & Extra),
    counted,
  };
}
