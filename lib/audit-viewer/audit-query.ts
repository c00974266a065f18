// Filters of the audit trail and the Prisma `where` they make. Each filter is one indexed
// column of AuditEvent: case -> (caseId, at), actor -> (actorId, at), action -> (action, at),
// dates -> (at). Pages are keyset pages over (at, id), newest first, so a page deep in tens
// of millions of rows costs what the first page costs. Dates are California calendar days.
// "party", "system" and "public" filter actorType, which has no index of its own: with few
// such events they are best combined with dates.
import { z } from "zod";
import type { Prisma } from "../db/generated/client.ts";
import { AppError } from "../errors.ts";
import { zodFieldErrors } from "../action-result.ts";
import { isUuid } from "../format/ids.ts";
import { cleanQueryValue } from "../format/query-text.ts";
import { normalizeCaseNumber } from "../cases/case-number.ts";
import { addDays, startOfCaliforniaDay } from "../deadlines/calendar.ts";
import { isIsoDate } from "../deadlines/iso-date.ts";
import { KNOWN_AUDIT_ACTIONS } from "./audit-actions.ts";

export const AUDIT_PAGE_SIZE = 50;
/** Counting stops here: "more than 10,000" is enough to know the filters are too wide. */
export const AUDIT_COUNT_CAP = 10_000;
/** Actor names that match more users than this are too vague to filter by. */
const MAX_NAMED_ACTORS = 25;

/** The text cleaned (../format/query-text.ts: no NUL, controls or lone surrogates), blank as absent. */
const blankIsAbsent = (raw: unknown) => {
  const value = cleanQueryValue(raw);
  return typeof value === "string" && value.trim() === "" ? undefined : value;
};
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankIsAbsent, schema.optional());
const isoDate = z.string().trim().refine(isIsoDate, "Enter a date as YYYY-MM-DD.");
const cursor = z
  .string()
  .regex(/^\d{1,15}-\d{1,19}$/, "That page link is not valid.")
  .transform((value) => {
    const [ms, id] = value.split("-");
    return { at: new Date(Number(ms)), id: BigInt(id) };
  });

const filterFields = {
  case: optional(z.string().trim().max(60, "That is not a case number.")),
  actor: optional(z.string().trim().max(200, "At most 200 characters.")),
  action: optional(z.enum(KNOWN_AUDIT_ACTIONS, { error: "Choose an action from the list." })),
  from: optional(isoDate),
  to: optional(isoDate),
};

function datesInOrder(value: { from?: string; to?: string }, ctx: z.RefinementCtx) {
  if (value.from && value.to && value.from > value.to)
    ctx.addIssue({ code: "custom", path: ["to"], message: "The end date is before the start date." });
}

export const auditFilterInput = z.object(filterFields).superRefine(datesInOrder);
export const auditPageInput = z
  .object({ ...filterFields, before: optional(cursor), after: optional(cursor) })
  .superRefine(datesInOrder);

export type AuditFilters = z.infer<typeof auditFilterInput>;
export type AuditCursor = { at: Date; id: bigint };

/** Parses with zod; a failure is a VALIDATION AppError with the fields' messages. */
export function parseAuditInput<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const parsed = schema.safeParse(input ?? {});
  if (!parsed.success) throw new AppError("VALIDATION", "Please correct the filters.", zodFieldErrors(parsed.error));
  return parsed.data;
}

export const encodeCursor = (row: { at: Date; id: bigint }) => `${row.at.getTime()}-${row.id}`;

/** The filters that were set, as text (for links and the export's own audit row). */
export function filterValues(filters: AuditFilters): Record<string, string> {
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => typeof v === "string" && v !== "")) as Record<
    string,
    string
  >;
}

type Reader = Pick<Prisma.TransactionClient, "case" | "user">;

const invalid = (field: string, message: string) =>
  new AppError("VALIDATION", "Please correct the filters.", { [field]: [message] });

async function caseWhere(reader: Reader, value: string): Promise<Prisma.AuditEventWhereInput> {
  if (isUuid(value)) return { caseId: value };
  const found = await reader.case.findUnique({
    where: { caseNumber: normalizeCaseNumber(value) },
    select: { id: true },
  });
  if (!found) throw invalid("case", "No case has that number.");
  return { caseId: found.id };
}

/** "party", "system", "public", a user's e-mail, part of a user's name, or an actor id. */
async function actorWhere(reader: Reader, value: string): Promise<Prisma.AuditEventWhereInput> {
  const word = value.toLowerCase();
  if (word === "party" || word === "parties") return { actorType: "PARTY" };
  if (word === "system") return { actorType: "SYSTEM" };
  if (word === "public") return { actorType: "PUBLIC" };
  if (isUuid(String(value))) return { actorId: value }; // String(): keep `value` a string after the type guard
  if (value.includes("@")) {
    const user = await reader.user.findFirst({
      where: { email: { equals: value, mode: "insensitive" } },
      select: { id: true },
    });
    if (!user) throw invalid("actor", "No user has that e-mail address.");
    return { actorId: user.id };
  }
  const users = await reader.user.findMany({
    where: { name: { contains: value, mode: "insensitive" } },
    select: { id: true },
    take: MAX_NAMED_ACTORS + 1,
  });
  if (users.length === 0) throw invalid("actor", "No user's name contains that text.");
  if (users.length > MAX_NAMED_ACTORS)
    throw invalid("actor", "Too many users match that name; type more of it or the e-mail address.");
  return { actorId: { in: users.map((u) => u.id) } };
}

export async function auditWhere(reader: Reader, filters: AuditFilters): Promise<Prisma.AuditEventWhereInput> {
  const parts: Prisma.AuditEventWhereInput[] = [];
  if (filters.case) parts.push(await caseWhere(reader, filters.case));
  if (filters.actor) parts.push(await actorWhere(reader, filters.actor));
  if (filters.action) parts.push({ action: filters.action });
  if (filters.from) parts.push({ at: { gte: startOfCaliforniaDay(filters.from) } });
  if (filters.to) parts.push({ at: { lt: startOfCaliforniaDay(addDays(filters.to, 1)) } });
  return { AND: parts };
}

/** Rows strictly older than the cursor in (at desc, id desc) order; `at <=` lets the at-indexes do the work. */
export function olderThan(c: AuditCursor): Prisma.AuditEventWhereInput {
  return { at: { lte: c.at }, OR: [{ at: { lt: c.at } }, { id: { lt: c.id } }] };
}

export function newerThan(c: AuditCursor): Prisma.AuditEventWhereInput {
  return { at: { gte: c.at }, OR: [{ at: { gt: c.at } }, { id: { gt: c.id } }] };
}

export const NEWEST_FIRST: Prisma.AuditEventOrderByWithRelationInput[] = [{ at: "desc" }, { id: "desc" }];
export const OLDEST_FIRST: Prisma.AuditEventOrderByWithRelationInput[] = [{ at: "asc" }, { id: "asc" }];
