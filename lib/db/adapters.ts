// Driver adapters: node-postgres for a real server, PGlite for the embedded database. On a
// server the adapter runs on a pool of ours, which ./raw-reader.ts shares for the hot reads.
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import type { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { DatabaseTarget } from "./config.ts";
import { openPglite } from "./pglite.ts";
import { patchPgliteArgMapping } from "./pglite-arg-mapping.ts";

export type OpenedAdapter = {
  adapter: PrismaPg | PrismaPGlite;
  /** the server's pool, which Prisma's adapter uses too; null on the embedded database */
  pool: pg.Pool | null;
  close: () => Promise<void>;
};

export function createPrismaAdapter(target: DatabaseTarget): OpenedAdapter {
  if (target.kind === "postgres") {
    const max = Number(process.env.DATABASE_POOL_SIZE ?? 10);
    const pool = new pg.Pool({ connectionString: target.url, max });
    // Prisma's disconnect ends the pool, as it ends a pool of its own
    const adapter = new PrismaPg(pool, { disposeExternalPool: true });
    return { adapter, pool, close: async () => {} };
  }
  const pglite = openPglite(target.dataDir);
  return { adapter: pgliteAdapter(pglite), pool: null, close: () => pglite.close() };
}

export function pgliteAdapter(pglite: PGlite): PrismaPGlite {
  const factory = new PrismaPGlite(pglite);
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    patchPgliteArgMapping(adapter);
    return adapter;
  };
  return factory;
}
