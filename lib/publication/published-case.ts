// The published decision of one case, for its public page: the PUBLISHED copy (the latest
// version; earlier ones are superseded) with its facts and its redacted text. Read in SQL
// through lib/db/raw-reader.ts (every public decision page asks for it); PUBLISHED_CASE is the
// shape, and tests/integration/published-case.test.ts holds the two reads equal.
import { Prisma } from "../db/generated/client.ts";
import { rawReadReader } from "../db/raw-reader.ts";
import { notFound } from "../errors.ts";
import { FULL_CASE_NUMBER, normalizeCaseNumber } from "./search-filters.ts";

export const PUBLISHED_CASE = {
  id: true,
  caseNumber: true,
  version: true,
  outcome: true,
  decisionDate: true,
  dateOfInjury: true,
  receivedDate: true,
  reviewerSpecialty: true,
  categories: true,
  subcategories: true,
  itemDecisions: true,
  redactedText: true,
  publishedAt: true,
} satisfies Prisma.PublishedDecisionSelect;

export type PublishedCase = Prisma.PublishedDecisionGetPayload<{ select: typeof PUBLISHED_CASE }>;

export async function publishedDecisionOfCase(caseNumber: string): Promise<PublishedCase> {
  const number = normalizeCaseNumber(caseNumber);
  if (!FULL_CASE_NUMBER.test(number)) throw notFound("Published decision");
  const [row] = await rawReadReader().$queryRaw<PublishedCase[]>`
    SELECT "id"::text AS "id", "caseNumber", "version", "outcome"::text AS "outcome", "decisionDate",
           "dateOfInjury", "receivedDate", "reviewerSpecialty", "categories", "subcategories",
           "itemDecisions"::text[] AS "itemDecisions", "redactedText", "publishedAt"
      FROM "PublishedDecision"
     WHERE "caseNumber" = ${number} AND "status" = 'PUBLISHED'
     ORDER BY "version" DESC LIMIT 1`;
  if (!row) throw notFound("Published decision");
  return row;
}
