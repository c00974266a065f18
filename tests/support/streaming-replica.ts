// A real streaming replica of the test server for integration tests: a second cluster on
// this machine made by scripts/scale-rehearsal.sh (pg_basebackup -R of the primary, which
// follows it through WAL streaming). Needs root and Debian's PostgreSQL tools; CI runs as root.
//
// Several test runs (and a person's own rehearsal) may share the one replica, so:
// - each user holds a shared advisory lock on the primary for as long as it reads the replica;
//   the last one leaves, takes the lock exclusively and drops the replica, but only when a
//   test run made it (a marker file; a replica brought up by hand is left running);
// - pausing replay pauses it for everyone: the pause is held under an exclusive advisory lock.
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { adminUrl } from "./test-database.ts";

const SCRIPT = path.join(process.cwd(), "scripts", "scale-rehearsal.sh");
const REPLICA_PORT = Number(process.env.IMR_REPLICA_PORT ?? 5433);
const STATE_DIR = process.env.IMR_SCALE_DIR ?? "/var/tmp/imr-scale";
const MADE_BY_TESTS = path.join(STATE_DIR, "replica-made-by-tests");
const LOCK_CLASS = 72430;
const USERS_LOCK = 1; // shared by every run reading the replica; exclusive to drop it
const PAUSE_LOCK = 2; // exclusive while one run holds replay paused

/** Why this machine cannot run scripts/scale-rehearsal.sh, or null when it can (root, pg_createcluster). */
export function rehearsalUnavailableReason(): string | null {
  if (process.getuid?.() !== 0)
    return "not root: scripts/scale-rehearsal.sh installs Debian packages and makes a PostgreSQL cluster";
  if (!fs.existsSync("/usr/bin/pg_createcluster"))
    return "no Debian PostgreSQL tools (pg_createcluster): the replica is made with them";
  return null;
}

/** Runs scripts/scale-rehearsal.sh with these arguments; its output, or an error with it. */
export function scaleRehearsal(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile("bash", [SCRIPT, ...args], { timeout: 300_000 }, (error, stdout, stderr) =>
      error ? reject(new Error(`scale-rehearsal.sh ${args.join(" ")} failed:\n${stdout}${stderr}`)) : resolve(stdout),
    );
  });
}

export type StreamingReplica = {
  /** The same database on the replica (postgresql://...:5433/<name>), for DATABASE_READ_URL. */
  urlOf: (primaryUrl: string) => string;
  /** What the script said while bringing the replica up. */
  log: string;
  /** A superuser session on the replica (its postgres database), for the recovery functions. */
  control: pg.Client;
  /** Waits until the replica has replayed the primary's WAL up to `lsn` (polling pg_last_wal_replay_lsn). */
  waitForReplay: (lsn: string, timeoutMs?: number) => Promise<void>;
  /** Waits until the replica has received (not necessarily replayed) the WAL up to `lsn`. */
  waitForReceive: (lsn: string, timeoutMs?: number) => Promise<void>;
  /** Pauses replay (for every user of the replica: exclusive), runs `work`, resumes. */
  whilePaused: <T>(work: () => Promise<T>) => Promise<T>;
  release: () => Promise<void>;
};

/** The primary's current WAL position (after a commit: that commit is at or before it). */
export async function primaryLsn(client: pg.Client): Promise<string> {
  const { rows } = await client.query<{ lsn: string }>("SELECT pg_current_wal_lsn()::text AS lsn");
  return rows[0].lsn;
}

async function pollUntil(
  client: pg.Client,
  sql: string,
  params: unknown[],
  timeoutMs: number,
  what: string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { rows } = await client.query<{ done: boolean }>(sql, params);
    if (rows[0]?.done) return;
    if (Date.now() > deadline) throw new Error(`The replica did not ${what} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Brings the replica up (or joins the one running) and holds it until release(). */
export async function useStreamingReplica(): Promise<StreamingReplica> {
  const holder = new pg.Client({ connectionString: adminUrl, application_name: "imr-test-replica-user" });
  await holder.connect();
  // waits while a finishing run drops the replica; then it cannot be dropped under us
  await holder.query("SELECT pg_advisory_lock_shared($1, $2)", [LOCK_CLASS, USERS_LOCK]);
  let control: pg.Client | null = null;
  try {
    const wasRunning = await replicaAnswers();
    const log = await scaleRehearsal(["up", "replica"]);
    if (!wasRunning && !fs.existsSync(MADE_BY_TESTS)) {
      fs.mkdirSync(STATE_DIR, { recursive: true });
      fs.writeFileSync(MADE_BY_TESTS, `${new Date().toISOString()}\n`);
    }
    control = new pg.Client({ connectionString: replicaUrl("postgres"), application_name: "imr-test-replica-control" });
    await control.connect();
    const session = control;
    const waitFor =
      (fn: "pg_last_wal_replay_lsn" | "pg_last_wal_receive_lsn", what: string) =>
      (lsn: string, timeoutMs = 60_000) =>
        pollUntil(session, `SELECT coalesce(${fn}() >= $1::pg_lsn, false) AS done`, [lsn], timeoutMs, what);
    return {
      log,
      control: session,
      urlOf: (primaryUrl) => replicaUrl(new URL(primaryUrl).pathname.slice(1)),
      waitForReplay: waitFor("pg_last_wal_replay_lsn", "replay the primary's WAL"),
      waitForReceive: waitFor("pg_last_wal_receive_lsn", "receive the primary's WAL"),
      whilePaused: async (work) => {
        await holder.query("SELECT pg_advisory_lock($1, $2)", [LOCK_CLASS, PAUSE_LOCK]);
        try {
          await session.query("SELECT pg_wal_replay_pause()");
          await pollUntil(
            session,
            "SELECT pg_get_wal_replay_pause_state() = 'paused' AS done",
            [],
            30_000,
            "pause its replay",
          );
          return await work();
        } finally {
          await session.query("SELECT pg_wal_replay_resume()");
          await holder.query("SELECT pg_advisory_unlock($1, $2)", [LOCK_CLASS, PAUSE_LOCK]);
        }
      },
      release: async () => {
        await session.end();
        await leave(holder);
      },
    };
  } catch (error) {
    await control?.end().catch(() => {});
    await leave(holder);
    throw error;
  }
}

function replicaUrl(database: string): string {
  const url = new URL(adminUrl);
  url.port = String(REPLICA_PORT);
  url.pathname = `/${database}`;
  return url.toString();
}

async function replicaAnswers(): Promise<boolean> {
  const client = new pg.Client({ connectionString: replicaUrl("postgres") });
  try {
    await client.connect();
    const { rows } = await client.query<{ standby: boolean }>("SELECT pg_is_in_recovery() AS standby");
    return rows[0].standby;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** The last user out drops a replica that a test run made (IMR_KEEP_REPLICA=1 keeps it). */
async function leave(holder: pg.Client): Promise<void> {
  try {
    await holder.query("SELECT pg_advisory_unlock_shared($1, $2)", [LOCK_CLASS, USERS_LOCK]);
    const { rows } = await holder.query<{ last: boolean }>("SELECT pg_try_advisory_lock($1, $2) AS last", [
      LOCK_CLASS,
      USERS_LOCK,
    ]);
    if (!rows[0].last) return;
    try {
      if (fs.existsSync(MADE_BY_TESTS) && !process.env.IMR_KEEP_REPLICA) {
        await scaleRehearsal(["down", "replica"]);
        fs.rmSync(MADE_BY_TESTS, { force: true });
      }
    } finally {
      await holder.query("SELECT pg_advisory_unlock($1, $2)", [LOCK_CLASS, USERS_LOCK]);
    }
  } finally {
    await holder.end();
  }
}
