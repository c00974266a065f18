// A published decision's page reads its copy in SQL (lib/publication/published-case.ts): the
// same answer as Prisma's read of PUBLISHED_CASE for every generated case, published or not.
import { db } from "@/lib/db/client.ts";
import { PUBLISHED_CASE, publishedDecisionOfCase } from "@/lib/publication/published-case.ts";
import { withOwnDatabase } from "../support/own-database.ts";
import { generateDecisions, insertDecisions } from "./published-search-data.ts";

withOwnDatabase("imr_it_published_case");

const rows = generateDecisions(40, 912);

beforeAll(async () => {
  await insertDecisions(rows);
});

test("every case's published copy reads as Prisma reads it, and a case without one is not found", async () => {
  const numbers = [...new Set(rows.map((r) => r.caseNumber))];
  let published = 0;
  for (const caseNumber of numbers) {
    const expected = await db().publishedDecision.findFirst({
      where: { caseNumber, status: "PUBLISHED" },
      orderBy: { version: "desc" },
      select: PUBLISHED_CASE,
    });
    if (expected) {
      published++;
      expect(await publishedDecisionOfCase(caseNumber)).toEqual(expected);
    } else {
      await expect(publishedDecisionOfCase(caseNumber)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  }
  expect(published).toBeGreaterThan(10);
  expect(published).toBeLessThan(numbers.length);
});

test("of two published versions, the later is read", async () => {
  const [older, other] = rows.filter((r) => r.status === "PUBLISHED").slice(-2);
  const { version } = await db().publishedDecision.findUniqueOrThrow({ where: { id: older.id } });
  await db().publishedDecision.update({
    where: { id: other.id },
    data: { caseNumber: older.caseNumber, version: version + 1, redactedText: "The later version." },
  });
  const read = await publishedDecisionOfCase(older.caseNumber);
  expect(read).toMatchObject({ id: other.id, version: version + 1, redactedText: "The later version." });
});
