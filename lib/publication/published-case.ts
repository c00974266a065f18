// The published decision of one case, for its public page: the PUBLISHED copy (the latest
// version; earlier ones are superseded) with its facts and its redacted text.
import { dbRead } from "../db/read-client.ts";
import { notFound } from "../errors.ts";
import { FULL_CASE_NUMBER, normalizeCaseNumber } from "./search-filters.ts";

export async function publishedDecisionOfCase(caseNumber: string) {
  const number = normalizeCaseNumber(caseNumber);
  if (!FULL_CASE_NUMBER.test(number)) throw notFound("Published decision");
  const row = await dbRead().publishedDecision.findFirst({
    where: { caseNumber: number, status: "PUBLISHED" },
    orderBy: { version: "desc" },
    select: {
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
    },
  });
  if (!row) throw notFound("Published decision");
  return row;
}

export type PublishedCase = Awaited<ReturnType<typeof publishedDecisionOfCase>>;
