// The public search's answers kept in the process (lib/publication/search-cache.ts): the same
// answer while no published decision changes, and a fresh one after any write to the published
// decisions or the facet values, whoever writes them (the counter is moved by the database).
import { jest } from "@jest/globals";
import { db } from "@/lib/db/client.ts";
import {
  CACHED_ANSWERS,
  cachedSearchPublished,
  forgetCachedSearches,
  publishedChangeCounter,
} from "@/lib/publication/search-cache.ts";
import { searchPublished } from "@/lib/publication/search-published.ts";
import { withOwnDatabase } from "../support/own-database.ts";
import { generateDecisions, insertDecisions } from "./published-search-data.ts";

withOwnDatabase("imr_it_search_cache");
jest.setTimeout(120_000);

const rows = generateDecisions(60, 77);
const published = rows.filter((r) => r.status === "PUBLISHED");

beforeAll(async () => {
  await insertDecisions(rows);
});
beforeEach(() => forgetCachedSearches());

test("an answer is kept while nothing is published or withdrawn, and equals a fresh search", async () => {
  const first = await cachedSearchPublished({ q: "requested", pageSize: "10" });
  const again = await cachedSearchPublished({ q: "  requested ", pageSize: "10" });
  expect(again).toBe(first);
  expect(first).toEqual(await searchPublished({ q: "requested", pageSize: "10" }));
  expect(await cachedSearchPublished({ q: "requested", pageSize: "10", page: "2" })).not.toBe(first);
});

test("every kind of write to the published decisions moves the counter", async () => {
  const target = published[0];
  const writes: [string, () => Promise<unknown>][] = [
    [
      "withdrawal",
      () =>
        db().publishedDecision.update({
          where: { id: target.id },
          data: { status: "WITHDRAWN", withdrawnAt: new Date() },
        }),
    ],
    ["republication", () => db().publishedDecision.update({ where: { id: target.id }, data: { status: "PUBLISHED" } })],
    ["facet value", () => db().publishedFacetValue.create({ data: { kind: "specialty", value: "Counted Specialty" } })],
    ["facet removal", () => db().publishedFacetValue.deleteMany({ where: { value: "Counted Specialty" } })],
    [
      "raw SQL",
      () => db().$executeRaw`UPDATE "PublishedDecision" SET "reviewedAt" = now() WHERE "id" = ${target.id}::uuid`,
    ],
  ];
  for (const [, write] of writes) {
    const before = await publishedChangeCounter();
    await write();
    expect(await publishedChangeCounter()).not.toBe(before);
  }
  const before = await publishedChangeCounter();
  await db().case.count();
  expect(await publishedChangeCounter()).toBe(before);
});

test("a withdrawal leaves the kept answers at once, and a rolled-back one changes nothing", async () => {
  const target = published[1];
  const byNumber = { caseNumber: target.caseNumber };
  const kept = await cachedSearchPublished(byNumber);
  expect(kept.rows.map((r) => r.id)).toEqual([target.id]);

  const counter = await publishedChangeCounter();
  await expect(
    db().$transaction(async (tx) => {
      await tx.publishedDecision.update({ where: { id: target.id }, data: { status: "WITHDRAWN" } });
      throw new Error("rolled back");
    }),
  ).rejects.toThrow("rolled back");
  expect(await publishedChangeCounter()).toBe(counter);
  expect(await cachedSearchPublished(byNumber)).toBe(kept);

  await db().publishedDecision.update({ where: { id: target.id }, data: { status: "WITHDRAWN" } });
  const after = await cachedSearchPublished(byNumber);
  expect(after.total).toBe(0);
  expect(after.rows).toEqual([]);
});

test("no more than CACHED_ANSWERS answers are kept; the least recently used goes first", async () => {
  const page = (n: number) => cachedSearchPublished({ page: String(n), pageSize: "1" });
  const kept = [];
  for (let n = 1; n <= CACHED_ANSWERS; n++) kept[n] = await page(n);
  expect(await page(1)).toBe(kept[1]);
  expect(await page(2)).toBe(kept[2]);
  await page(CACHED_ANSWERS + 1);
  // page 3 was the least recently used: it went; page 4 stays
  expect(await page(4)).toBe(kept[4]);
  expect(await page(3)).not.toBe(kept[3]);
  expect(await page(3)).toEqual(kept[3]);
});

test("without the counter's row nothing is kept: every search is fresh", async () => {
  const [row] = await db().publishedChange.findMany();
  await db().publishedChange.deleteMany();
  try {
    expect(await publishedChangeCounter()).toBeNull();
    const first = await cachedSearchPublished({ q: "requested" });
    expect(await cachedSearchPublished({ q: "requested" })).not.toBe(first);
  } finally {
    await db().publishedChange.create({ data: row });
  }
  expect(await publishedChangeCounter()).toBe(row.counter.toString());
});

test("input the search refuses is refused before the cache", async () => {
  await expect(cachedSearchPublished({ pageSize: "51" })).rejects.toHaveProperty("issues");
});
