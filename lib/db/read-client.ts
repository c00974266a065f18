// Reads that may lag the primary by a moment go to read replicas when DATABASE_READ_URL
// names them: one or more postgresql:// URLs separated by commas (streaming replicas of the
// DATABASE_URL server), each with its own pool, taken in turn. Without it they go to the
// primary (db()). Used by the public search of published decisions, its pages and PDFs, and
// the admin reports; writes, and the lists staff act on right after a change, stay on the
// primary. Created lazily and kept on globalThis, as lib/db/client.ts does.
import type { Pool } from "pg";
import { PrismaClient } from "./generated/client.ts";
import { db } from "./client.ts";
import { createPrismaAdapter } from "./adapters.ts";

type Replica = { client: PrismaClient; pool: Pool | null };
type Holder = { replicas?: Replica[]; next?: number; urls?: string };
const holder: Holder = ((globalThis as Record<string, unknown>).__imrReadDb ??= {}) as Holder;

/** The replica URLs of DATABASE_READ_URL; throws on anything but postgresql:// URLs. */
export function readReplicaUrls(env: Record<string, string | undefined> = process.env): string[] {
  const urls = (env.DATABASE_READ_URL ?? "")
    .split(",")
    .map((url) => url.trim())
    .filter(Boolean);
  for (const url of urls) {
    if (!/^postgres(ql)?:\/\//.test(url))
      throw new Error("DATABASE_READ_URL must be postgresql:// URLs separated by commas");
  }
  if (urls.length > 0 && !env.DATABASE_URL?.trim())
    throw new Error(
      "DATABASE_READ_URL needs DATABASE_URL: replicas follow a PostgreSQL server, not the embedded database",
    );
  return urls;
}

function replicas(): Replica[] {
  const configured = process.env.DATABASE_READ_URL ?? "";
  if (!holder.replicas || holder.urls !== configured) {
    holder.replicas = readReplicaUrls().map((url) => {
      const opened = createPrismaAdapter({ kind: "postgres", url });
      return { client: new PrismaClient({ adapter: opened.adapter }), pool: opened.pool };
    });
    holder.urls = configured;
    holder.next = 0;
  }
  return holder.replicas;
}

/** Every replica client (also for readiness checks); empty without DATABASE_READ_URL. */
export function readReplicaClients(): PrismaClient[] {
  return replicas().map((replica) => replica.client);
}

/** The next replica, or null when there is none. */
function nextReplica(): Replica | null {
  const all = replicas();
  if (all.length === 0) return null;
  holder.next = ((holder.next ?? 0) + 1) % all.length;
  return all[holder.next];
}

/** A client for reads that tolerate replica lag: the next replica, or the primary when there is none. */
export function dbRead(): PrismaClient {
  return nextReplica()?.client ?? db();
}

/** The pool of the next replica, for lib/db/raw-reader.ts; null when reads go to the primary. */
export function readReplicaPool(): Pool | null {
  return nextReplica()?.pool ?? null;
}

export async function closeReadReplicas(): Promise<void> {
  const open = holder.replicas ?? [];
  holder.replicas = undefined;
  holder.urls = undefined;
  await Promise.all(open.map((replica) => replica.client.$disconnect()));
}
