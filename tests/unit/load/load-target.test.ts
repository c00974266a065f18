// Where load may go: a PostgreSQL URL (never the embedded database), a database without
// data of its own unless forced; dropped indexes are recorded to be rebuilt safely.
import path from "node:path";
import { refusalFor, requirePostgresUrl } from "@/tools/load/load-target.ts";
import { ifNotExists, pendingIndexFile } from "@/tools/load/bulk-indexes.ts";
import { at, pick, textArray } from "@/tools/load/sql/sql-text.ts";

test("no URL means the embedded database: refused with the way out", () => {
  expect(() => requirePostgresUrl(undefined)).toThrow(/never writes to the embedded database.*createdb/s);
  expect(requirePostgresUrl("postgresql://h/db")).toBe("postgresql://h/db");
});

test.each([
  [{ cases: 0, users: 0 }, null],
  [{ cases: 3, users: 0 }, /3 case\(s\) and 0 user\(s\).*--force/],
  [{ cases: 0, users: 2 }, /0 case\(s\) and 2 user\(s\)/],
])("%j", (found, expected) => {
  const refusal = refusalFor(found);
  if (expected === null) expect(refusal).toBeNull();
  else expect(refusal).toMatch(expected);
});

test("index definitions become idempotent and are kept per database", () => {
  expect(ifNotExists('CREATE INDEX "A_b_idx" ON public."A" USING btree (b)')).toBe(
    'CREATE INDEX IF NOT EXISTS "A_b_idx" ON public."A" USING btree (b)',
  );
  expect(ifNotExists('CREATE UNIQUE INDEX "A_key" ON public."A" (b)')).toBe(
    'CREATE UNIQUE INDEX "A_key" ON public."A" (b)',
  );
  expect(pendingIndexFile("postgresql://u@h:5432/imr_bench", "/d")).toBe(
    path.join("/d", "load-indexes-to-rebuild.imr_bench.sql"),
  );
});

test("word pools are SQL string constants, quotes doubled", () => {
  expect(textArray(["O'Brien", "A"])).toBe("(ARRAY['O''Brien', 'A']::text[])");
  expect(pick(["a", "b", "c"])).toBe("(ARRAY['a', 'b', 'c']::text[])[1 + floor(random() * 3)::int]");
  expect(at(["a", "b"], "c.r")).toBe("(ARRAY['a', 'b']::text[])[1 + floor(c.r * 2)::int]");
});
