import { dropTestDatabase } from "./test-database.ts";

export default async function teardown(): Promise<void> {
  const name = process.env.IMR_TEST_DATABASE;
  if (name && !process.env.KEEP_TEST_DATABASE) await dropTestDatabase(name);
}
