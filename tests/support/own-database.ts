// For a test file that needs a database of its own: batch assignment takes every waiting
// case of the database, which would take the cases of the other test files running at the
// same time. Call at the top of the file, before any other hook: the file's Prisma client
// then opens this database (process.env is per test file under Jest).
import { closeDb } from "@/lib/db/client.ts";
import { createTestDatabase, dropTestDatabase } from "./test-database.ts";

export function withOwnDatabase(prefix = "imr_it_own"): void {
  let name: string | null = null;
  beforeAll(async () => {
    const created = await createTestDatabase(prefix);
    name = created.name;
    process.env.DATABASE_URL = created.url;
  }, 60_000);
  afterAll(async () => {
    await closeDb();
    if (name && !process.env.KEEP_TEST_DATABASE) await dropTestDatabase(name);
  });
}
