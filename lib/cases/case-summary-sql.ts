// The administrator's case page reads the case file's summary (caseSummarySelect, kept here
// as the definition of its shape; ./get-case.ts extends it for the whole file) in one SQL
// statement, with the specialty's name and the letters' web versions (readCaseSummaryPage):
// Prisma compiles a query of this many relations on every request, which cost several
// times the read itself. Each relation comes as a JSON array in the order the select gives;
// instants carry their offset (UTC) and are revived as Dates, calendar dates (@db.Date) as
// UTC midnight, as Prisma gives them. The test
// tests/integration/demo-history.test.ts compares this read with Prisma's for cases in every
// stage, so the two cannot drift apart.
import { Prisma } from "../db/generated/client.ts";
import type { StaffActor } from "../auth/actor.ts";
import { rawReader, type RawReader } from "../db/raw-reader.ts";
import { caseFileAccessSql } from "./case-access.ts";
import { LETTER_KINDS } from "../documents/download-letter.ts";

/** What the administrator's case page shows: the case file without the determinations' findings. */
export const caseSummarySelect = {
  id: true,
  caseNumber: true,
  status: true,
  reviewType: true,
  receivedAt: true,
  dueAt: true,
  dateOfInjury: true,
  urDecisionDate: true,
  urDecisionReference: true,
  claimNumber: true,
  // for the deadlines (lib/cases/case-deadlines-view.ts)
  eligibilityDecidedAt: true,
  eligibilityOutcome: true,
  noticeSentAt: true,
  noticeMethod: true,
  recordsCompleteAt: true,
  specialtyCode: true,
  employeeAge: true,
  employeeSex: true,
  parties: {
    select: { id: true, role: true, name: true, identifier: true, serviceMethod: true, electronicServiceConsent: true },
    orderBy: { role: "asc" },
  },
  items: { select: { id: true, ordinal: true, description: true }, orderBy: { ordinal: "asc" } },
  assignments: {
    select: {
      id: true,
      status: true,
      method: true,
      assignedAt: true,
      reason: true,
      score: true,
      respondedAt: true,
      declineReason: true,
      conflictAttestedAt: true,
      endedAt: true,
      withdrawReason: true,
      assignedBy: { select: { name: true } },
      reviewer: { select: { id: true, user: { select: { name: true } } } },
    },
    orderBy: [{ assignedAt: "desc" }, { id: "desc" }],
  },
  // the letters and their state, without the reviewer's findings (caseDetailSelect adds them)
  determinations: {
    select: {
      id: true,
      version: true,
      status: true,
      issuedAt: true,
      submittedAt: true,
      letterId: true,
      revision: true,
      amendmentReason: true,
      reviewerId: true,
      items: { select: { disputedItemId: true, decision: true } },
    },
    orderBy: { version: "desc" },
  },
  documents: {
    where: { kind: { not: "DETERMINATION_LETTER" } },
    select: {
      id: true,
      kind: true,
      title: true,
      documentDate: true,
      author: true,
      pageCount: true,
      mimeType: true,
      createdAt: true,
      // how far its text has been read (counts only: lib/reader/text-progress.ts)
      textStatus: true,
      textPagesDone: true,
      ocrPagesDone: true,
      textError: true,
    },
    orderBy: [{ documentDate: "desc" }, { createdAt: "desc" }],
  },
} satisfies Prisma.CaseSelect;

export type CaseSummary = Prisma.CaseGetPayload<{ select: typeof caseSummarySelect }>;

const SUMMARY_SQL = Prisma.sql`
  c."id"::text AS "id", c."caseNumber", c."status"::text AS "status", c."reviewType"::text AS "reviewType",
  c."receivedAt", c."dueAt", c."dateOfInjury", c."urDecisionDate", c."urDecisionReference", c."claimNumber",
  c."eligibilityDecidedAt", c."eligibilityOutcome"::text AS "eligibilityOutcome", c."noticeSentAt",
  c."noticeMethod"::text AS "noticeMethod", c."recordsCompleteAt", c."specialtyCode", c."employeeAge", c."employeeSex",
  (SELECT coalesce(json_agg(json_build_object('id', p."id", 'role', p."role", 'name', p."name",
          'identifier', p."identifier", 'serviceMethod', p."serviceMethod",
          'electronicServiceConsent', p."electronicServiceConsent") ORDER BY p."role"), '[]')
     FROM "Party" p WHERE p."caseId" = c."id") AS "parties",
  (SELECT coalesce(json_agg(json_build_object('id', i."id", 'ordinal', i."ordinal", 'description', i."description")
          ORDER BY i."ordinal"), '[]')
     FROM "DisputedItem" i WHERE i."caseId" = c."id") AS "items",
  (SELECT coalesce(json_agg(json_build_object('id', a."id", 'status', a."status", 'method', a."method",
          'assignedAt', a."assignedAt" AT TIME ZONE 'UTC', 'reason', a."reason", 'score', a."score",
          'respondedAt', a."respondedAt" AT TIME ZONE 'UTC', 'declineReason', a."declineReason",
          'conflictAttestedAt', a."conflictAttestedAt" AT TIME ZONE 'UTC', 'endedAt', a."endedAt" AT TIME ZONE 'UTC',
          'withdrawReason', a."withdrawReason",
          'assignedBy', (SELECT json_build_object('name', b."name") FROM "User" b WHERE b."id" = a."assignedById"),
          'reviewer', (SELECT json_build_object('id', r."id", 'user', json_build_object('name', u."name"))
                         FROM "ReviewerProfile" r JOIN "User" u ON u."id" = r."userId" WHERE r."id" = a."reviewerId"))
          ORDER BY a."assignedAt" DESC, a."id" DESC), '[]')
     FROM "Assignment" a WHERE a."caseId" = c."id") AS "assignments",
  (SELECT coalesce(json_agg(json_build_object('id', d."id", 'version', d."version", 'status', d."status",
          'issuedAt', d."issuedAt" AT TIME ZONE 'UTC', 'submittedAt', d."submittedAt" AT TIME ZONE 'UTC',
          'letterId', d."letterId", 'revision', d."revision", 'amendmentReason', d."amendmentReason",
          'reviewerId', d."reviewerId",
          'items', (SELECT coalesce(json_agg(json_build_object('disputedItemId', di."disputedItemId",
                      'decision', di."decision")), '[]')
                      FROM "DeterminationItem" di WHERE di."determinationId" = d."id"))
          ORDER BY d."version" DESC), '[]')
     FROM "Determination" d WHERE d."caseId" = c."id") AS "determinations",
  (SELECT coalesce(json_agg(json_build_object('id', doc."id", 'kind', doc."kind", 'title', doc."title",
          'documentDate', doc."documentDate", 'author', doc."author", 'pageCount', doc."pageCount",
          'mimeType', doc."mimeType", 'createdAt', doc."createdAt" AT TIME ZONE 'UTC', 'textStatus', doc."textStatus",
          'textPagesDone', doc."textPagesDone", 'ocrPagesDone', doc."ocrPagesDone", 'textError', doc."textError")
          ORDER BY doc."documentDate" DESC, doc."createdAt" DESC), '[]')
     FROM "Document" doc WHERE doc."caseId" = c."id" AND doc."kind" <> 'DETERMINATION_LETTER') AS "documents"`;

type JsonRow = Record<string, unknown>;

const json = (value: unknown): JsonRow[] => (typeof value === "string" ? JSON.parse(value) : (value as JsonRow[]));

/** The named fields of each row as Dates (null stays null). */
function withDates(rows: JsonRow[], fields: string[]): JsonRow[] {
  for (const row of rows)
    for (const field of fields) if (row[field] !== null) row[field] = new Date(row[field] as string);
  return rows;
}

/**
 * What the case page shows besides the summary, in the same statement: the specialty's name,
 * and the case's letters and notices that have a web version (as documentsWithRendition in
 * lib/documents/read-letter-rendition.ts answers for them).
 */
const PAGE_SQL = Prisma.sql`
  (SELECT s."name" FROM "Specialty" s WHERE s."code" = c."specialtyCode") AS "specialtyName",
  (SELECT coalesce(json_agg(doc."id"::text), '[]') FROM "Document" doc
     WHERE doc."caseId" = c."id" AND doc."kind"::text IN (${Prisma.join([...LETTER_KINDS])})
       AND doc."renditionModel" IS NOT NULL) AS "webVersionIds"`;

export type CaseSummaryPage = { kase: CaseSummary; specialtyName: string; webVersions: Set<string> };

function summaryOf(row: JsonRow): CaseSummary {
  const determinations = json(row.determinations);
  for (const d of determinations) d.items = json(d.items);
  return {
    ...row,
    parties: json(row.parties),
    items: json(row.items),
    assignments: withDates(json(row.assignments), ["assignedAt", "respondedAt", "conflictAttestedAt", "endedAt"]),
    determinations: withDates(determinations, ["issuedAt", "submittedAt"]),
    documents: withDates(json(row.documents), ["documentDate", "createdAt"]),
  } as CaseSummary;
}

/** The summary of a case the actor may open (caseFileAccessSql), with the specialty's name and the web versions, or null. */
export async function readCaseSummaryPage(
  actor: StaffActor,
  caseId: string,
  client: RawReader = rawReader(),
): Promise<CaseSummaryPage | null> {
  const [row] = await client.$queryRaw<JsonRow[]>`SELECT ${SUMMARY_SQL}, ${PAGE_SQL} FROM "Case" c
    WHERE c."id" = ${caseId}::uuid AND ${caseFileAccessSql(actor)}`;
  if (!row) return null;
  const { specialtyName, webVersionIds, ...summary } = row;
  return {
    kase: summaryOf(summary),
    specialtyName: (specialtyName as string | null) ?? (summary.specialtyCode as string),
    webVersions: new Set(json(webVersionIds) as unknown as string[]),
  };
}
