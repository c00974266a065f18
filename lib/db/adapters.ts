// Driver adapters: node-postgres for a real server, PGlite for the embedded database.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { DatabaseTarget } from "./config.ts";
import { openPglite } from "./pglite.ts";

export type OpenedAdapter = {
  adapter: PrismaPg | PrismaPGlite;
  close: () => Promise<void>;
};

export function createPrismaAdapter(target: DatabaseTarget): OpenedAdapter {
  if (target.kind === "postgres") {
    const max = Number(process.env.DATABASE_POOL_SIZE ?? 10);
    return { adapter: new PrismaPg({ connectionString: target.url, max }), close: async () => {} };
  }
  const pglite = openPglite(target.dataDir);
  return { adapter: new PrismaPGlite(pglite), close: () => pglite.close() };
}
