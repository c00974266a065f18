// Readiness: may this instance take traffic? The database answers within a short time and
// every migration in prisma/migrations is applied (same names and checksums as
// lib/db/migrate.ts records: sha256 of migration.sql), and each read replica named by
// DATABASE_READ_URL (lib/db/read-client.ts) answers too. The reasons are short and say
// nothing internal. The folder is read here with a fixed path (not through migrate.ts), so
// the build ships prisma/migrations with the server and nothing more.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { db } from "../db/client.ts";
import { readReplicaClients } from "../db/read-client.ts";

type Migration = { name: string; checksum: string };

function readMigrationChecksums(): Migration[] {
  return fs
    .readdirSync(path.join(process.cwd(), "prisma", "migrations"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({
      name,
      checksum: crypto
        .createHash("sha256")
        .update(fs.readFileSync(path.join(process.cwd(), "prisma", "migrations", name, "migration.sql"), "utf8"))
        .digest("hex"),
    }));
}

export type Readiness = { ready: true } | { ready: false; reason: string };
type AppliedRow = { migration_name: string; checksum: string };

let expectedMigrations: Migration[] | null = null;

const appliedFromDatabase = () =>
  db().$queryRaw<
    AppliedRow[]
  >`SELECT migration_name::text AS migration_name, checksum::text AS checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;

const replicasAnswer = () => readReplicaClients().map((client) => client.$queryRaw`SELECT 1`);

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T | "timeout"> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export async function checkReadiness({
  timeoutMs = 2000,
  applied = appliedFromDatabase,
  expected = () => (expectedMigrations ??= readMigrationChecksums()),
  replicas = replicasAnswer,
}: {
  timeoutMs?: number;
  applied?: () => Promise<AppliedRow[]>;
  expected?: () => Migration[];
  replicas?: () => Promise<unknown>[];
} = {}): Promise<Readiness> {
  let rows: AppliedRow[] | "timeout";
  try {
    rows = await withTimeout(applied(), timeoutMs);
  } catch (error) {
    console.error(error);
    return { ready: false, reason: "The database is not reachable." };
  }
  if (rows === "timeout") return { ready: false, reason: "The database did not answer in time." };
  const done = new Map(rows.map((row) => [row.migration_name, row.checksum]));
  let shipped: Migration[];
  try {
    shipped = expected();
  } catch (error) {
    console.error(error);
    return { ready: false, reason: "The migrations of this build are missing (start the app from its folder)." };
  }
  const pending = shipped.filter((m) => done.get(m.name) !== m.checksum);
  if (pending.length) return { ready: false, reason: `${pending.length} database migration(s) not applied.` };
  try {
    const answers = await withTimeout(Promise.all(replicas()), timeoutMs);
    if (answers === "timeout") return { ready: false, reason: "A read replica did not answer in time." };
  } catch (error) {
    console.error(error);
    return { ready: false, reason: "A read replica is not reachable." };
  }
  return { ready: true };
}
