// The public search over a few thousand generated published decisions (a database of its
// own): each filter returns exactly the rows computed in plain TypeScript over the generated
// data, in order; full-text search with stemming, phrases and exclusions, through the GIN
// index; paging; the selects' values; and BLOCKED, WITHDRAWN and SUPERSEDED copies never appear.
import { jest } from "@jest/globals";
import { db } from "@/lib/db/client.ts";
import { searchPublished, searchWhere } from "@/lib/publication/search-published.ts";
import { publishedSearchInput } from "@/lib/publication/search-filters.ts";
import { SUMMARY_INTRO } from "@/lib/determinations/letter/letter-text.ts";
import { withOwnDatabase } from "../support/own-database.ts";
import { generateDecisions, HIDDEN_SPECIALTY, insertDecisions, type Generated } from "./published-search-data.ts";

withOwnDatabase("imr_it_search");
jest.setTimeout(120_000);

const COUNT = 3000;
/** Limits above the data's size: every total exact, every word search ranked. */
const EXACT = { count: 100_000, rank: 100_000 };
const rows = generateDecisions(COUNT);
/** Two decisions with a word no other has: one says it four times, one once (and decided later). */
const template = rows.find((r) => r.status === "PUBLISHED")!;
const BEST_MATCH: Generated = {
  ...template,
  id: "00000000-0000-4000-8000-000000000001",
  caseNumber: "CM24-9999998",
  decisionDate: "2024-01-01",
  redactedText:
    "Zygapophyseal joint pain. The zygapophyseal injection was requested; zygapophyseal blocks after failed zygapophyseal care.",
};
const WEAKER_MATCH: Generated = {
  ...template,
  id: "00000000-0000-4000-8000-000000000002",
  caseNumber: "CM25-9999999",
  decisionDate: "2025-12-31",
  redactedText: `${template.redactedText}\n\nA zygapophyseal origin of the pain was considered.`,
};
/** A word said only before the clinical summary (in the part every letter shares) and one said only in it. */
const BEFORE_SUMMARY: Generated = {
  ...template,
  id: "00000000-0000-4000-8000-000000000003",
  caseNumber: "CM25-9999997",
  redactedText: template.redactedText
    .replace(SUMMARY_INTRO, `Quuxology board. ${SUMMARY_INTRO}`)
    .replace(/(The patient is a )/, "$1frobnicated "),
};
const all = [...rows, BEST_MATCH, WEAKER_MATCH, BEFORE_SUMMARY];
const published = all.filter((r) => r.status === "PUBLISHED");

beforeAll(async () => {
  await insertDecisions(all);
  // What autovacuum does after a bulk load: the GIN index's pending entries merged, statistics for the planner.
  await db().$executeRaw`VACUUM ANALYZE "PublishedDecision"`;
});

/** The order of the search without words: newest decision first, then case number, then id. */
const byDecision = (a: Generated, b: Generated) =>
  a.decisionDate !== b.decisionDate
    ? a.decisionDate < b.decisionDate
      ? 1
      : -1
    : a.caseNumber !== b.caseNumber
      ? a.caseNumber < b.caseNumber
        ? 1
        : -1
      : a.id < b.id
        ? -1
        : 1;

async function everyId(input: Record<string, string>, pageSize = 50): Promise<string[]> {
  const ids: string[] = [];
  for (let page = 1; ; page++) {
    const result = await searchPublished({ ...input, page: String(page), pageSize: String(pageSize) });
    ids.push(...result.rows.map((r) => r.id));
    if (result.rows.length < pageSize) return ids;
  }
}

const someDay = published[17].decisionDate;
/** About a hundred case numbers: a full-text search within them fits on one page. */
const SLICE = "CM24-01010";
const words = (text: string) => text.toLowerCase();

const FILTERS: [string, Record<string, string>, (r: Generated) => boolean][] = [
  ["no filter", {}, () => true],
  [
    "a whole case number",
    { caseNumber: published[42].caseNumber.toLowerCase() },
    (r) => r.caseNumber === published[42].caseNumber,
  ],
  ["the beginning of a case number", { caseNumber: "CM25-01020" }, (r) => r.caseNumber.startsWith("CM25-01020")],
  ["outcome upheld", { outcome: "UPHELD" }, (r) => r.outcome === "UPHELD"],
  ["outcome overturned", { outcome: "OVERTURNED" }, (r) => r.outcome === "OVERTURNED"],
  ["outcome partly overturned", { outcome: "PARTIALLY_OVERTURNED" }, (r) => r.outcome === "PARTIALLY_OVERTURNED"],
  ["an item overturned", { decision: "OVERTURNED" }, (r) => r.itemDecisions.includes("OVERTURNED")],
  ["an item upheld", { decision: "UPHELD" }, (r) => r.itemDecisions.includes("UPHELD")],
  [
    "decided in March 2025",
    { decidedFrom: "2025-03-01", decidedTo: "2025-03-31" },
    (r) => r.decisionDate >= "2025-03-01" && r.decisionDate <= "2025-03-31",
  ],
  ["decided on one day", { decidedFrom: someDay, decidedTo: someDay }, (r) => r.decisionDate === someDay],
  ["decided from a day on", { decidedFrom: "2025-10-01" }, (r) => r.decisionDate >= "2025-10-01"],
  ["injured until 2016", { injuryTo: "2016-12-31" }, (r) => r.dateOfInjury <= "2016-12-31"],
  ["injured in 2020", { injuryFrom: "2020-01-01", injuryTo: "2020-12-31" }, (r) => r.dateOfInjury.startsWith("2020")],
  [
    "received in 2024",
    { receivedFrom: "2024-01-01", receivedTo: "2024-12-31" },
    (r) => r.receivedDate.startsWith("2024"),
  ],
  ["a specialty", { specialty: "Pain Medicine" }, (r) => r.reviewerSpecialty === "Pain Medicine"],
  ["a category", { category: "Pharmaceuticals" }, (r) => r.categories.includes("Pharmaceuticals")],
  ["a sub-category", { subcategory: "Acupuncture" }, (r) => r.subcategories.includes("Acupuncture")],
  [
    "category and sub-category",
    { category: "Injections", subcategory: "Opioids" },
    (r) => r.categories.includes("Injections") && r.subcategories.includes("Opioids"),
  ],
  [
    "everything at once",
    {
      outcome: "UPHELD",
      decision: "UPHELD",
      specialty: "Neurology",
      category: "Physical medicine",
      decidedFrom: "2024-06-01",
      injuryFrom: "2016-01-01",
      receivedTo: "2025-06-30",
    },
    (r) =>
      r.outcome === "UPHELD" &&
      r.itemDecisions.includes("UPHELD") &&
      r.reviewerSpecialty === "Neurology" &&
      r.categories.includes("Physical medicine") &&
      r.decisionDate >= "2024-06-01" &&
      r.dateOfInjury >= "2016-01-01" &&
      r.receivedDate <= "2025-06-30",
  ],
  ["a specialty only blocked copies have", { specialty: HIDDEN_SPECIALTY }, () => false],
];

describe("each filter returns exactly the rows computed over the generated data", () => {
  it.each(FILTERS)("%s", async (_name, input, keep) => {
    const expected = published.filter(keep).sort(byDecision);
    const result = await searchPublished({ ...input, pageSize: "50" }, EXACT);
    expect(result.total).toBe(expected.length);
    expect(result.rows.map((r) => r.id)).toEqual(expected.slice(0, 50).map((r) => r.id));
    for (const row of result.rows) expect(row.snippet.map((p) => p.text).join("").length).toBeLessThanOrEqual(290);
  });

  it("the data gives every filter something to find and something to leave out", () => {
    for (const [name, , keep] of FILTERS.filter(
      ([name]) => name !== "no filter" && name !== "a specialty only blocked copies have",
    )) {
      const n = published.filter(keep).length;
      expect({ name, found: n > 0, leftOut: n < published.length }).toEqual({ name, found: true, leftOut: true });
    }
    expect(all.filter((r) => r.status !== "PUBLISHED").length).toBeGreaterThan(COUNT / 10);
  });
});

describe("full-text search of the redacted text", () => {
  it.each<[string, (text: string) => boolean]>([
    ["injections", (t) => words(t).includes("injection")], // stemming: "injections" finds "injection" too
    ["injection", (t) => words(t).includes("injection")],
    ["requested acupuncture", (t) => words(t).includes("request") && words(t).includes("acupuncture")],
    ['"epidural steroid"', (t) => words(t).includes("epidural steroid")],
    ["epidural steroid", (t) => words(t).includes("epidural") && words(t).includes("steroid")],
    ["acupuncture -opioid", (t) => words(t).includes("acupuncture") && !words(t).includes("opioid")],
    ["acupuncture or chiropractic", (t) => words(t).includes("acupuncture") || words(t).includes("chiropractic")],
    ["nonexistentword", () => false],
  ])("%j", async (q, matches) => {
    // Over all the data: the count. Within a slice of case numbers (one page): the very rows.
    expect((await searchPublished({ q }, EXACT)).total).toBe(published.filter((r) => matches(r.redactedText)).length);
    const slice = (r: Generated) => r.caseNumber.startsWith(SLICE);
    const expected = published
      .filter((r) => slice(r) && matches(r.redactedText))
      .map((r) => r.id)
      .sort();
    expect(expected.length).toBeLessThan(50);
    const result = await searchPublished({ q, caseNumber: SLICE, pageSize: "50" });
    expect(result.rows.map((r) => r.id).sort()).toEqual(expected);
  });

  it("combines words with the other filters", async () => {
    const expected = published.filter(
      (r) =>
        words(r.redactedText).includes("opioid") && r.outcome === "OVERTURNED" && r.reviewerSpecialty === "Psychiatry",
    );
    const result = await searchPublished({
      q: "opioids",
      outcome: "OVERTURNED",
      specialty: "Psychiatry",
      pageSize: "50",
    });
    expect(expected.length).toBeLessThan(50);
    expect(result.rows.map((r) => r.id).sort()).toEqual(expected.map((r) => r.id).sort());
  });

  it("ranks the decision that says the word most often first, whatever its date, and marks the word in a short snippet", async () => {
    const result = await searchPublished({ q: "zygapophyseal" });
    expect(result.rows.map((r) => r.id)).toEqual([BEST_MATCH.id, WEAKER_MATCH.id]);
    const snippet = result.rows[1].snippet;
    expect(snippet.filter((p) => p.mark).map((p) => p.text)).toEqual(["zygapophyseal"]);
    expect(snippet.map((p) => p.text).join("").length).toBeLessThan(WEAKER_MATCH.redactedText.length / 2);
  });

  it("the snippet comes from the clinical summary on: a word said only before it is found but not shown", async () => {
    expect(BEFORE_SUMMARY.redactedText.indexOf("Quuxology")).toBeLessThan(
      BEFORE_SUMMARY.redactedText.indexOf(SUMMARY_INTRO),
    );
    const before = await searchPublished({ q: "quuxology" });
    expect(before.rows.map((r) => r.id)).toEqual([BEFORE_SUMMARY.id]);
    const shown = before.rows[0].snippet.map((p) => p.text).join("");
    expect(before.rows[0].snippet.filter((p) => p.mark)).toEqual([]);
    expect(shown).toMatch(/The patient is a frobnicated/);
    expect(shown).not.toMatch(/Quuxology/);
    const inside = await searchPublished({ q: "frobnicated" });
    expect(inside.rows[0].snippet.filter((p) => p.mark).map((p) => p.text)).toEqual(["frobnicated"]);
  });

  it("without words, the snippet is the start of the clinical summary", async () => {
    const result = await searchPublished({ caseNumber: published[5].caseNumber });
    expect(result.rows[0].snippet).toEqual([
      { text: expect.stringMatching(/^The patient is a \d+-year-old (fe)?male\. /), mark: false },
    ]);
  });

  it("is answered by the GIN index of the stored search vector (for a selective word)", async () => {
    const filters = publishedSearchInput.parse({ q: "zygapophyseal" });
    const plan = await db().$transaction(async (tx) => {
      await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
      return tx.$queryRaw<
        { "QUERY PLAN": string }[]
      >`EXPLAIN SELECT "id" FROM "PublishedDecision" WHERE ${searchWhere(filters)}`;
    });
    expect(plan.map((line) => line["QUERY PLAN"]).join("\n")).toContain("PublishedDecision_search_idx");
  });

  it("treats any input as words, never as SQL", async () => {
    for (const q of ['\'; DROP TABLE "PublishedDecision"; --', "a & b | !c", "(((", "\\"]) {
      await expect(searchPublished({ q })).resolves.toHaveProperty("total");
    }
    expect(await db().publishedDecision.count()).toBe(all.length);
  });
});

describe("searches matching more decisions than are counted or ranked", () => {
  const newest = (keep: (r: Generated) => boolean) =>
    published
      .filter(keep)
      .sort(byDecision)
      .map((r) => r.id);
  const hasWord = (word: string) => (r: Generated) => words(r.redactedText).includes(word);

  it("counts up to the limit, says there are more, and lists the newest first", async () => {
    const result = await searchPublished({ q: "requested", pageSize: "20" }, { count: 1000, rank: 500 });
    expect(result).toMatchObject({ total: 1000, totalIsCapped: true, ranked: false });
    expect(result.rows.map((r) => r.id)).toEqual(newest(hasWord("request")).slice(0, 20));
    const page4 = await searchPublished({ q: "requested", page: "4", pageSize: "20" }, { count: 1000, rank: 500 });
    expect(page4.rows.map((r) => r.id)).toEqual(newest(hasWord("request")).slice(60, 80));
  });

  it("by default counts and ranks up to a thousand matches", async () => {
    const result = await searchPublished({ q: "requested" });
    expect(result).toMatchObject({ total: 1000, totalIsCapped: true, ranked: false });
    expect(result.rows.map((r) => r.id)).toEqual(newest(hasWord("request")).slice(0, 20));
    expect(await searchPublished({ q: "zygapophyseal" })).toMatchObject({
      total: 2,
      totalIsCapped: false,
      ranked: true,
    });
  });

  it("gives the exact total but lists newest first when the matches are more than are ranked", async () => {
    const expected = newest(hasWord("acupuncture"));
    expect(expected.length).toBeGreaterThan(60);
    const result = await searchPublished(
      { q: "acupuncture", pageSize: "50" },
      { count: 10_000, rank: expected.length - 1 },
    );
    expect(result).toMatchObject({ total: expected.length, totalIsCapped: false, ranked: false });
    expect(result.rows.map((r) => r.id)).toEqual(expected.slice(0, 50));
  });

  it("ranks by relevance at the rank limit itself, and counts exactly at the count limit", async () => {
    const expected = newest(hasWord("acupuncture"));
    const atLimit = await searchPublished({ q: "acupuncture" }, { count: expected.length, rank: expected.length });
    expect(atLimit).toMatchObject({ total: expected.length, totalIsCapped: false, ranked: true });
    const withoutWords = await searchPublished({ specialty: "Pain Medicine" }, { count: 10, rank: 10 });
    expect(withoutWords).toMatchObject({ total: 10, totalIsCapped: true, ranked: false });
    expect(withoutWords.rows.map((r) => r.id)).toEqual(
      newest((r) => r.reviewerSpecialty === "Pain Medicine").slice(0, 20),
    );
  });
});

describe("paging and the form's values", () => {
  it("pages through the same order without gaps or repeats", async () => {
    const input = { category: "Surgery", specialty: "Psychiatry" };
    const expected = published
      .filter((r) => r.categories.includes("Surgery") && r.reviewerSpecialty === "Psychiatry")
      .sort(byDecision)
      .map((r) => r.id);
    expect(expected.length).toBeGreaterThan(40);
    expect(await everyId(input, 20)).toEqual(expected);
    const page3 = await searchPublished({ ...input, page: "3", pageSize: "7" });
    expect(page3).toMatchObject({ page: 3, pageSize: 7, total: expected.length });
    expect(page3.rows.map((r) => r.id)).toEqual(expected.slice(14, 21));
  });

  it("past the last page there are no rows, and the total stays", async () => {
    const result = await searchPublished({ caseNumber: published[3].caseNumber, page: "2" });
    expect(result).toMatchObject({ total: 1, rows: [] });
  });

  it("refuses more than 50 rows a page", async () => {
    await expect(searchPublished({ pageSize: "51" })).rejects.toHaveProperty("issues");
  });

  it("offers the specialties, categories and sub-categories of published decisions only", async () => {
    const { facets } = await searchPublished({});
    const sorted = (values: string[]) => [...new Set(values)].sort();
    expect(sorted(facets.specialties)).toEqual(sorted(published.map((r) => r.reviewerSpecialty)));
    expect(facets.specialties).not.toContain(HIDDEN_SPECIALTY);
    expect(sorted(facets.categories)).toEqual(sorted(published.flatMap((r) => r.categories)));
    expect(sorted(facets.subcategories)).toEqual(sorted(published.flatMap((r) => r.subcategories)));
  });

  it("returns the facts of each row as dates and lists", async () => {
    const target = published[11];
    const [row] = (await searchPublished({ caseNumber: target.caseNumber })).rows;
    expect(row).toMatchObject({
      id: target.id,
      caseNumber: target.caseNumber,
      outcome: target.outcome,
      decisionDate: target.decisionDate,
      dateOfInjury: target.dateOfInjury,
      receivedDate: target.receivedDate,
      reviewerSpecialty: target.reviewerSpecialty,
      categories: target.categories,
      subcategories: target.subcategories,
      itemDecisions: target.itemDecisions,
    });
    expect(row).not.toHaveProperty("redactedText");
  });
});

it("never shows a blocked, withdrawn or superseded copy, whatever the filter", async () => {
  const hidden = all.filter((r) => r.status !== "PUBLISHED");
  expect((await searchPublished({}, EXACT)).total).toBe(published.length);
  expect((await searchPublished({ q: "requested" }, EXACT)).total).toBe(published.length);
  for (const status of ["BLOCKED", "WITHDRAWN", "SUPERSEDED"]) {
    for (const row of hidden.filter((r) => r.status === status).slice(0, 5)) {
      expect((await searchPublished({ caseNumber: row.caseNumber })).total).toBe(0);
      expect((await searchPublished({ caseNumber: row.caseNumber, q: "requested" })).total).toBe(0);
    }
  }
  const sliceIds = new Set(await everyId({ caseNumber: SLICE }));
  expect(hidden.filter((r) => r.caseNumber.startsWith(SLICE)).length).toBeGreaterThan(0);
  expect(hidden.some((r) => sliceIds.has(r.id))).toBe(false);
});
