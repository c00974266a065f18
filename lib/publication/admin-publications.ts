// The administrators' list of publications, newest first: every status (a blocked one with the
// leak check's message), filtered by status or case number, paged, with the count of each
// status for the filter, counted up to COUNT_CAP (past that shown as "more than").
import { z } from "zod";
import { db } from "../db/client.ts";
import type { Prisma } from "../db/generated/client.ts";
import type { PublicationStatus } from "../db/generated/enums.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { cleanQueryValue } from "../format/query-text.ts";
import { leakMessage, parseStoredLeaks, type StoredLeak } from "./publication-leaks.ts";

export const PUBLICATION_STATUSES = ["PUBLISHED", "NEEDS_REVIEW", "BLOCKED", "WITHDRAWN", "SUPERSEDED"] as const;
export const ADMIN_PAGE_SIZE = 25;
/** Counts past this are shown as "more than": an exact count of millions of copies costs a scan. */
export const COUNT_CAP = 10_000;

/** The text cleaned (../format/query-text.ts: no NUL, controls or lone surrogates), blank as absent. */
const blank = (raw: unknown) => {
  const v = cleanQueryValue(raw);
  return typeof v === "string" && v.trim() === "" ? undefined : v;
};

export const adminPublicationsInput = z.object({
  status: z.preprocess(blank, z.enum(PUBLICATION_STATUSES, { error: "Choose a status from the list." }).optional()),
  caseNumber: z.preprocess(
    blank,
    z.string().trim().toUpperCase().max(20, "Enter a case number such as CM24-0012345.").optional(),
  ),
  page: z.preprocess(
    blank,
    z.coerce
      .number({ error: "Page must be a number." })
      .int("Page must be a whole number.")
      .min(1)
      .max(10_000)
      .optional(),
  ),
});

const rowSelect = {
  id: true,
  caseId: true,
  caseNumber: true,
  version: true,
  status: true,
  outcome: true,
  decisionDate: true,
  createdAt: true,
  publishedAt: true,
  withdrawnAt: true,
  withdrawnById: true,
  withdrawalReason: true,
  leaks: true,
} satisfies Prisma.PublishedDecisionSelect;

export type AdminPublicationRow = Omit<Prisma.PublishedDecisionGetPayload<{ select: typeof rowSelect }>, "leaks"> & {
  leaks: StoredLeak[];
  /** for a copy held back (NEEDS_REVIEW, or BLOCKED before redaction review existed): what the leak check found, in words */
  leakMessage: string | null;
  withdrawnByName: string | null;
};

export type AdminPublicationList = {
  rows: AdminPublicationRow[];
  total: number;
  totalIsCapped: boolean;
  page: number;
  pageSize: number;
  /** up to COUNT_CAP + 1: more than COUNT_CAP means "more than" */
  counts: Record<PublicationStatus, number>;
};

export async function listPublications({
  actor,
  input,
}: {
  actor: Actor | null;
  input: unknown;
}): Promise<AdminPublicationList> {
  requirePermission(actor, "publications.manage");
  const { status, caseNumber, page = 1 } = adminPublicationsInput.parse(input);
  const where: Prisma.PublishedDecisionWhereInput = {
    ...(status ? { status } : {}),
    ...(caseNumber ? { caseNumber: { startsWith: caseNumber } } : {}),
  };
  const byCase = caseNumber ? { caseNumber: { startsWith: caseNumber } } : {};
  const orderBy = [{ createdAt: "desc" as const }, { id: "asc" as const }];
  const [rows, ...counted] = await Promise.all([
    db().publishedDecision.findMany({
      where,
      select: rowSelect,
      orderBy,
      skip: (page - 1) * ADMIN_PAGE_SIZE,
      take: ADMIN_PAGE_SIZE,
    }),
    // each status counted in the list's order, through the (status, createdAt) index, no further than the cap
    ...PUBLICATION_STATUSES.map((s) =>
      db().publishedDecision.count({ where: { ...byCase, status: s }, orderBy, take: COUNT_CAP + 1 }),
    ),
  ]);
  const counts = Object.fromEntries(PUBLICATION_STATUSES.map((s, i) => [s, counted[i]])) as Record<
    PublicationStatus,
    number
  >;
  const listed = status ? counts[status] : PUBLICATION_STATUSES.reduce((sum, s) => sum + counts[s], 0);
  const withdrawers = [...new Set(rows.map((r) => r.withdrawnById).filter((id): id is string => id !== null))];
  const names = withdrawers.length
    ? new Map(
        (await db().user.findMany({ where: { id: { in: withdrawers } }, select: { id: true, name: true } })).map(
          (u) => [u.id, u.name],
        ),
      )
    : new Map<string, string>();
  return {
    rows: rows.map((row) => {
      const leaks = parseStoredLeaks(row.leaks);
      return {
        ...row,
        leaks,
        leakMessage:
          row.status === "BLOCKED" || row.status === "NEEDS_REVIEW"
            ? leakMessage(leaks) || "Not published: the leak check stopped it."
            : null,
        withdrawnByName: row.withdrawnById ? (names.get(row.withdrawnById) ?? null) : null,
      };
    }),
    total: Math.min(listed, COUNT_CAP),
    totalIsCapped: listed > COUNT_CAP,
    page,
    pageSize: ADMIN_PAGE_SIZE,
    counts,
  };
}
