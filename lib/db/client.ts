// The one Prisma client of the process. Created lazily (never at import time, so that
// `next build` does not open the database) and kept on globalThis: PGlite allows exactly
// one instance per data directory per process, and Next.js duplicates modules across bundles.
import { PrismaClient } from "./generated/client.ts";
import { resolveDatabaseTarget } from "./config.ts";
import { createPrismaAdapter, type OpenedAdapter } from "./adapters.ts";

type Holder = { client?: PrismaClient; opened?: OpenedAdapter };
const holder: Holder = ((globalThis as Record<string, unknown>).__imrDb ??= {}) as Holder;

export type Db = PrismaClient;

export function db(): PrismaClient {
  if (!holder.client) {
    holder.opened = createPrismaAdapter(resolveDatabaseTarget());
    holder.client = new PrismaClient({ adapter: holder.opened.adapter });
  }
  return holder.client;
}

/** The server's pool behind db() (for ./raw-reader.ts), or null on the embedded database. */
export function primaryPool(): import("pg").Pool | null {
  db();
  return holder.opened?.pool ?? null;
}

export async function closeDb(): Promise<void> {
  const { client, opened } = holder;
  holder.client = undefined;
  holder.opened = undefined;
  if (client) await client.$disconnect();
  if (opened) await opened.close();
}
