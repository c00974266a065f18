// The public search of published decisions (IMR-DOMAIN 11), no sign-in: only PUBLISHED
// copies, filtered by the fields of search-filters.ts, and by words of the redacted text with
// PostgreSQL full-text search on the stored column "searchVector" (the redacted text's
// to_tsvector('english', ...), kept by the database, GIN-indexed; see the migration
// search_vector_facets_totp_step). The total is counted up to a limit. Matches are ranked by
// ts_rank when there are words and no more than RANKED_MATCHES of them (ranking reads every
// match); otherwise, and without words, the newest decision comes first. A page of rows with a
// short snippet (never the whole text; from the clinical summary on), the total, and the
// values for the selects.
import { Prisma } from "../db/generated/client.ts";
import { dbRead } from "../db/read-client.ts";
import { HEADINGS, SUMMARY_INTRO } from "../determinations/letter/letter-text.ts";
import { FULL_CASE_NUMBER, publishedSearchInput, type PublishedSearchFilters } from "./search-filters.ts";
import { HEADLINE_OPTIONS, snippetParts, type SnippetPart } from "./search-snippet.ts";
import { searchFacets, type SearchFacets } from "./search-facets.ts";

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

export type PublishedSearchResult = {
  rows: PublishedSearchRow[];
  /** up to limits.count; totalIsCapped when more match */
  total: number;
  totalIsCapped: boolean;
  /** false when words were given but too many decisions match to rank them: newest first */
  ranked: boolean;
  page: number;
  pageSize: number;
  filters: PublishedSearchFilters;
  facets: SearchFacets;
};

/** The snippet without words searched: about two lines of the list (the page is kept small). */
const SNIPPET_LENGTH = 200;

/**
 * The most matches counted, and the most ranked by relevance (larger sets: newest first).
 * Counting and ranking read each match's stored vector; at 2,000,000 decisions a common word
 * matches hundreds of thousands, so both stop at a thousand ("more than 1,000").
 */
export const SEARCH_LIMITS = { count: 1_000, rank: 1_000 };
export type SearchLimits = typeof SEARCH_LIMITS;

/** The WHERE clause of a search: every condition a bound parameter, never text put together. */
export function searchWhere(f: PublishedSearchFilters): Prisma.Sql {
  const c: Prisma.Sql[] = [Prisma.sql`"status" = 'PUBLISHED'`];
  if (f.q) c.push(Prisma.sql`"searchVector" @@ websearch_to_tsquery('english', ${f.q})`);
  if (f.caseNumber) {
    c.push(
      FULL_CASE_NUMBER.test(f.caseNumber)
        ? Prisma.sql`"caseNumber" = ${f.caseNumber}`
        : Prisma.sql`"caseNumber" LIKE ${`${f.caseNumber}%`}`,
    );
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

type Reader = ReturnType<typeof dbRead>;
type RawRow = Omit<PublishedSearchRow, "snippet"> & { snippet: string | null };

async function pageOf(reader: Reader, f: PublishedSearchFilters, ranked: boolean): Promise<PublishedSearchRow[]> {
  const rank =
    ranked && f.q ? Prisma.sql`ts_rank("searchVector", websearch_to_tsquery('english', ${f.q}))` : Prisma.sql`0::real`;
  // Snippets are made for the page's rows only, after the ranking and the limit, from the
  // clinical summary on: what comes before it is the same in every letter (the case's dates,
  // how the reviewer was chosen), and reading less of each text costs the database less.
  const fromSummary = Prisma.sql`CASE WHEN strpos(p."redactedText", ${SUMMARY_INTRO}) > 0
        THEN substr(p."redactedText", strpos(p."redactedText", ${SUMMARY_INTRO}) + ${SUMMARY_INTRO.length}::int)
        ELSE p."redactedText" END`;
  const snippet = f.q
    ? Prisma.sql`ts_headline('english', ${fromSummary}, websearch_to_tsquery('english', ${f.q}), ${HEADLINE_OPTIONS})`
    : Prisma.sql`left(${fromSummary}, ${SNIPPET_LENGTH * 2}::int)`;
  const rows = await reader.$queryRaw<RawRow[]>`
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
  return rows.map((row) => ({
    ...row,
    snippet: snippetParts(f.q ? fragments(row.snippet ?? "") : summaryStart(row.snippet ?? "")),
  }));
}

const flat = (text: string) => text.replace(/\s+/g, " ").trim();
const NEXT_SECTION = new RegExp(
  `\\n\\s*(?:${[HEADINGS.documents, HEADINGS.issues].map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})\\s*\\n`,
);

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

/**
 * The number of matches, counting no further than `limit` + 1. With words, the count is
 * planned without sequential scans: the planner prices one as if reading each row's stored
 * vector were free, but the vectors live out of line (TOAST), and a scan that stops after
 * a thousand matches of a middling word reads several thousand of them (22 ms against 2 ms
 * through the GIN index on the generated database).
 */
async function countOf(client: Reader, f: PublishedSearchFilters, limit: number): Promise<number> {
  const count = client.$queryRaw<{ total: number }[]>`
    SELECT count(*)::int AS "total" FROM (SELECT 1 FROM "PublishedDecision" WHERE ${searchWhere(f)} LIMIT ${limit + 1}::int) AS "match"`;
  if (!f.q) return (await count)[0].total;
  const [, [{ total }]] = await client.$transaction([client.$executeRaw`SET LOCAL enable_seqscan = off`, count]);
  return total;
}

/** `reader`: the client every read goes through (one replica for the whole answer). */
export async function searchPublished(
  input: unknown,
  limits: SearchLimits = SEARCH_LIMITS,
  reader: Reader = dbRead(),
): Promise<PublishedSearchResult> {
  const filters = publishedSearchInput.parse(input);
  const [counted, facets] = await Promise.all([countOf(reader, filters, limits.count), searchFacets(reader)]);
  const ranked = Boolean(filters.q) && counted <= limits.rank;
  const rows = await pageOf(reader, filters, ranked);
  const totalIsCapped = counted > limits.count;
  return {
    rows,
    total: Math.min(counted, limits.count),
    totalIsCapped,
    ranked,
    page: filters.page,
    pageSize: filters.pageSize,
    filters,
    facets,
  };
}
