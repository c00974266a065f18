// The public search of published decisions (IMR-DOMAIN 11), no sign-in: only PUBLISHED
// copies, filtered by the fields of search-filters.ts, and by words of the redacted text with
// PostgreSQL full-text search. The text condition is written exactly as the migration's GIN
// expression index, to_tsvector('english', "redactedText"), so the index answers it. Ranked
// by ts_rank when there are words, else newest decision first; a page of rows with a short
// snippet (never the whole text), the total, and the values present for the selects.
import { Prisma } from "../db/generated/client.ts";
import { db } from "../db/client.ts";
import { HEADINGS, SUMMARY_INTRO } from "../determinations/letter/letter-text.ts";
import { FULL_CASE_NUMBER, publishedSearchInput, type PublishedSearchFilters } from "./search-filters.ts";
import { HEADLINE_OPTIONS, snippetParts, type SnippetPart } from "./search-snippet.ts";

export type PublishedSearchRow = {
  id: string;
  caseNumber: string;
  version: number;
  outcome: "UPHELD" | "OVERTURNED" | "PARTIALLY_OVERTURNED";
  /** YYYY-MM-DD */
  decisionDate: string;
  dateOfInjury: string;
  receivedDate: string;
  reviewerSpecialty: string;
  categories: string[];
  subcategories: string[];
  itemDecisions: ("UPHELD" | "OVERTURNED")[];
  snippet: SnippetPart[];
};

export type SearchFacets = { specialties: string[]; categories: string[]; subcategories: string[] };

export type PublishedSearchResult = {
  rows: PublishedSearchRow[];
  total: number;
  page: number;
  pageSize: number;
  filters: PublishedSearchFilters;
  facets: SearchFacets;
};

const SNIPPET_LENGTH = 280;

/** The WHERE clause of a search: every condition a bound parameter, never text put together. */
export function searchWhere(f: PublishedSearchFilters): Prisma.Sql {
  const c: Prisma.Sql[] = [Prisma.sql`"status" = 'PUBLISHED'`];
  if (f.q) c.push(Prisma.sql`to_tsvector('english', "redactedText") @@ websearch_to_tsquery('english', ${f.q})`);
  if (f.caseNumber) {
    c.push(FULL_CASE_NUMBER.test(f.caseNumber) ? Prisma.sql`"caseNumber" = ${f.caseNumber}` : Prisma.sql`"caseNumber" LIKE ${`${f.caseNumber}%`}`);
  }
  if (f.outcome) c.push(Prisma.sql`"outcome" = ${f.outcome}::"CaseOutcome"`);
  if (f.decision) c.push(Prisma.sql`${f.decision}::"Decision" = ANY("itemDecisions")`);
  if (f.decidedFrom) c.push(Prisma.sql`"decisionDate" >= ${f.decidedFrom}::date`);
  if (f.decidedTo) c.push(Prisma.sql`"decisionDate" <= ${f.decidedTo}::date`);
  if (f.injuryFrom) c.push(Prisma.sql`"dateOfInjury" >= ${f.injuryFrom}::date`);
  if (f.injuryTo) c.push(Prisma.sql`"dateOfInjury" <= ${f.injuryTo}::date`);
  if (f.receivedFrom) c.push(Prisma.sql`"receivedDate" >= ${f.receivedFrom}::date`);
  if (f.receivedTo) c.push(Prisma.sql`"receivedDate" <= ${f.receivedTo}::date`);
  if (f.specialty) c.push(Prisma.sql`"reviewerSpecialty" = ${f.specialty}`);
  if (f.category) c.push(Prisma.sql`${f.category} = ANY("categories")`);
  if (f.subcategory) c.push(Prisma.sql`${f.subcategory} = ANY("subcategories")`);
  return Prisma.join(c, " AND ");
}

type RawRow = Omit<PublishedSearchRow, "snippet"> & { snippet: string | null };

async function pageOf(f: PublishedSearchFilters): Promise<PublishedSearchRow[]> {
  const rank = f.q ? Prisma.sql`ts_rank(to_tsvector('english', "redactedText"), websearch_to_tsquery('english', ${f.q}))` : Prisma.sql`0::real`;
  // Snippets are made for the page's rows only, after the ranking and the limit.
  const snippet = f.q
    ? Prisma.sql`ts_headline('english', p."redactedText", websearch_to_tsquery('english', ${f.q}), ${HEADLINE_OPTIONS})`
    : Prisma.sql`left(CASE WHEN strpos(p."redactedText", ${SUMMARY_INTRO}) > 0
        THEN substr(p."redactedText", strpos(p."redactedText", ${SUMMARY_INTRO}) + ${SUMMARY_INTRO.length}::int)
        ELSE p."redactedText" END, ${SNIPPET_LENGTH * 2}::int)`;
  const rows = await db().$queryRaw<RawRow[]>`
    SELECT p."id", p."caseNumber", p."version", p."outcome"::text AS "outcome",
           p."decisionDate"::text AS "decisionDate", p."dateOfInjury"::text AS "dateOfInjury", p."receivedDate"::text AS "receivedDate",
           p."reviewerSpecialty", p."categories", p."subcategories", p."itemDecisions"::text[] AS "itemDecisions",
           ${snippet} AS "snippet"
    FROM (
      SELECT "id", ${rank} AS "rank", "decisionDate", "caseNumber"
      FROM "PublishedDecision"
      WHERE ${searchWhere(f)}
      ORDER BY "rank" DESC, "decisionDate" DESC, "caseNumber" COLLATE "C" DESC, "id" ASC
      LIMIT ${f.pageSize}::int OFFSET ${(f.page - 1) * f.pageSize}::int
    ) AS "hit"
    JOIN "PublishedDecision" AS p ON p."id" = "hit"."id"
    ORDER BY "hit"."rank" DESC, "hit"."decisionDate" DESC, "hit"."caseNumber" COLLATE "C" DESC, "hit"."id" ASC`;
  return rows.map((row) => ({ ...row, snippet: snippetParts(f.q ? fragments(row.snippet ?? "") : summaryStart(row.snippet ?? "")) }));
}

const flat = (text: string) => text.replace(/\s+/g, " ").trim();
const NEXT_SECTION = new RegExp(`\\n\\s*(?:${[HEADINGS.documents, HEADINGS.issues].map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})\\s*\\n`);

/** Matched words come from inside the text: the fragments are marked as excerpts. */
function fragments(headline: string): string {
  const text = flat(headline);
  return text ? `… ${text} …` : "";
}

/** The clinical summary's beginning, cut at a word boundary. */
function summaryStart(text: string): string {
  const summary = flat(text.split(NEXT_SECTION)[0]);
  if (summary.length <= SNIPPET_LENGTH) return summary;
  const head = summary.slice(0, SNIPPET_LENGTH);
  return `${head.slice(0, Math.max(head.lastIndexOf(" "), SNIPPET_LENGTH / 2))} …`;
}

async function countOf(f: PublishedSearchFilters): Promise<number> {
  const [{ total }] = await db().$queryRaw<{ total: number }[]>`SELECT count(*)::int AS "total" FROM "PublishedDecision" WHERE ${searchWhere(f)}`;
  return total;
}

/** The values present in published decisions, for the search form's selects. */
export async function searchFacets(): Promise<SearchFacets> {
  const [facets] = await db().$queryRaw<SearchFacets[]>`
    SELECT
      COALESCE((SELECT array_agg(DISTINCT "reviewerSpecialty" ORDER BY "reviewerSpecialty") FROM "PublishedDecision" WHERE "status" = 'PUBLISHED'), '{}') AS "specialties",
      COALESCE((SELECT array_agg(DISTINCT c ORDER BY c) FROM "PublishedDecision", unnest("categories") AS c WHERE "status" = 'PUBLISHED'), '{}') AS "categories",
      COALESCE((SELECT array_agg(DISTINCT s ORDER BY s) FROM "PublishedDecision", unnest("subcategories") AS s WHERE "status" = 'PUBLISHED'), '{}') AS "subcategories"`;
  return facets;
}

export async function searchPublished(input: unknown): Promise<PublishedSearchResult> {
  const filters = publishedSearchInput.parse(input);
  const [rows, total, facets] = await Promise.all([pageOf(filters), countOf(filters), searchFacets()]);
  return { rows, total, page: filters.page, pageSize: filters.pageSize, filters, facets };
}
