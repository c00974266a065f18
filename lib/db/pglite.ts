// Opens the embedded PostgreSQL in a folder, creating the folder on first use.
import fs from "node:fs";
import { PGlite } from "@electric-sql/pglite";

export function openPglite(dataDir: string): PGlite {
  fs.mkdirSync(dataDir, { recursive: true });
  return new PGlite(dataDir);
}
