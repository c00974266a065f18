// Jest globalSetup for integration tests: a fresh, migrated database for this run.
import { createTestDatabase } from "./test-database.ts";

export default async function setup(): Promise<void> {
  const { name, url } = await createTestDatabase("imr_it");
  process.env.IMR_TEST_DATABASE = name;
  process.env.DATABASE_URL = url;
}
