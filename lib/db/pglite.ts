// Opens the embedded PostgreSQL in a folder, creating the folder on first use.
import fs from "node:fs";
import { PGlite } from "@electric-sql/pglite";

/** `dataDir` is a folder, or "memory://" for a database that lives only in this process. */
export function openPglite(dataDir: string): PGlite {
  if (!dataDir.startsWith("memory://")) fs.mkdirSync(dataDir, { recursive: true });
  return new PGlite(dataDir);
}
