// Driver adapters: node-postgres for a real server, PGlite for the embedded database.
import { PrismaPg } from "@prisma/adapter-pg";
import type { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { DatabaseTarget } from "./config.ts";
import { openPglite } from "./pglite.ts";
import { patchPgliteArgMapping } from "./pglite-arg-mapping.ts";

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
  return { adapter: pgliteAdapter(pglite), close: () => pglite.close() };
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
