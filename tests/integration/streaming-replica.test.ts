// Reads through DATABASE_READ_URL from a real streaming replica of the test server
// (tests/support/streaming-replica.ts: scripts/scale-rehearsal.sh makes it with pg_basebackup
// -R and it follows the primary's WAL). What lag looks like: with replay paused, a decision
// published on the primary is on the primary but not yet in the public search or on its page
// (both read the replica); once replay resumes it is. The lag is measured and printed: how
// far the replica was behind while paused, how long it took to catch up, and the time from a
// commit on the primary to its replay on the replica in normal streaming.
import pg from "pg";
import { closeDb, db } from "@/lib/db/client.ts";
import { closeReadReplicas, dbRead } from "@/lib/db/read-client.ts";
import type { PrismaClient } from "@/lib/db/generated/client.ts";
import { searchPublished } from "@/lib/publication/search-published.ts";
import { publishedDecisionOfCase } from "@/lib/publication/published-case.ts";
import { createTestDatabase, dropTestDatabase } from "../support/test-database.ts";
import {
  primaryLsn,
  rehearsalUnavailableReason,
  useStreamingReplica,
  type StreamingReplica,
} from "../support/streaming-replica.ts";
import { generateDecisions, insertDecisions } from "./published-search-data.ts";

const unavailable = rehearsalUnavailableReason();
if (unavailable)
  console.warn(
    `\n!!! SKIPPED: the streaming replica tests (tests/integration/streaming-replica.test.ts) cannot run here: ${unavailable}.\n`,
  );
const describeWithReplica = unavailable ? describe.skip : describe;

describeWithReplica("reads from a streaming replica", () => {
  const rows = generateDecisions(40, 7711);
  const [before, during] = [rows.slice(0, 25), rows.slice(25)];
  const publishedIn = (list: typeof rows) => list.filter((r) => r.status === "PUBLISHED").length;
  let replica: StreamingReplica;
  let primary: pg.Client;
  let database: string | null = null;

  beforeAll(async () => {
    // a database of its own (created here, not by withOwnDatabase: its sessions end before the drop)
    const created = await createTestDatabase("imr_it_stream");
    database = created.name;
    process.env.DATABASE_URL = created.url;
    replica = await useStreamingReplica();
    console.log(replica.log.trim());
    primary = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await primary.connect();
    await insertDecisions(before);
    // the test's database (made and migrated on the primary) and its first rows, on the replica
    await replica.waitForReplay(await primaryLsn(primary));
    process.env.DATABASE_READ_URL = replica.urlOf(process.env.DATABASE_URL!);
  }, 300_000);

  afterAll(async () => {
    delete process.env.DATABASE_READ_URL;
    await closeReadReplicas();
    await primary?.end();
    await closeDb();
    if (database && !process.env.KEEP_TEST_DATABASE) await dropTestDatabase(database);
    await replica?.release();
  }, 300_000);

  test("the reads that may lag go to the replica (a server in recovery), which holds the primary's rows", async () => {
    const inRecovery = async (client: PrismaClient) =>
      (await client.$queryRaw<{ standby: boolean }[]>`SELECT pg_is_in_recovery() AS standby`)[0].standby;
    expect(await inRecovery(dbRead())).toBe(true);
    expect(await inRecovery(db())).toBe(false);
    expect((await searchPublished({})).total).toBe(publishedIn(before));
  });

  test("while replay is paused a decision published on the primary is not on the replica; after resume it is", async () => {
    const published = during.find((r) => r.status === "PUBLISHED")!;
    const { pausedLag, committedAt } = await replica.whilePaused(async () => {
      await insertDecisions(during);
      const committedAt = await primaryLsn(primary);
      // the WAL has reached the replica; only its replay waits
      await replica.waitForReceive(committedAt);
      expect(await db().publishedDecision.count()).toBe(rows.length);
      expect((await searchPublished({})).total).toBe(publishedIn(before));
      await expect(publishedDecisionOfCase(published.caseNumber)).rejects.toThrow(/not found/i);
      const { rows: lag } = await replica.control.query<{ bytes: string; since: string | null }>(
        `SELECT pg_wal_lsn_diff(pg_last_wal_receive_lsn(), pg_last_wal_replay_lsn())::bigint::text AS bytes,
                round(extract(epoch FROM now() - pg_last_xact_replay_timestamp()) * 1000)::text AS since`,
      );
      return { pausedLag: lag[0], committedAt };
    });
    const resumed = performance.now();
    await replica.waitForReplay(committedAt);
    const caughtUp = performance.now() - resumed;
    expect((await searchPublished({})).total).toBe(publishedIn(rows));
    expect((await publishedDecisionOfCase(published.caseNumber)).caseNumber).toBe(published.caseNumber);
    console.log(
      `Replay paused: the replica had received ${pausedLag.bytes} bytes of WAL it had not replayed ` +
        `(its last replayed commit ${pausedLag.since ?? "?"} ms old); after resume it caught up in ${caughtUp.toFixed(1)} ms.`,
    );
  });

  test("in normal streaming a commit reaches the replica's reads within moments", async () => {
    const times: number[] = [];
    for (const [i, generated] of generateDecisions(5, 9901).entries()) {
      const row = {
        ...generated,
        status: "PUBLISHED" as const,
        caseNumber: `CM25-${String(900000 + i).padStart(7, "0")}`,
      };
      await insertDecisions([row]);
      const committed = performance.now();
      await replica.waitForReplay(await primaryLsn(primary));
      times.push(performance.now() - committed);
      expect((await publishedDecisionOfCase(row.caseNumber)).caseNumber).toBe(row.caseNumber);
    }
    const { rows: sender } = await primary.query<{ write: string; flush: string; replay: string }>(
      `SELECT coalesce(write_lag::text, '0') AS write, coalesce(flush_lag::text, '0') AS flush,
              coalesce(replay_lag::text, '0') AS replay
       FROM pg_stat_replication WHERE application_name = 'imr_replica'`,
    );
    expect(sender).toHaveLength(1);
    times.sort((a, b) => a - b);
    console.log(
      `From a commit on the primary to its replay on the replica, 5 commits: median ${times[2].toFixed(1)} ms, ` +
        `max ${times[4].toFixed(1)} ms; the primary's pg_stat_replication: write_lag ${sender[0].write}, ` +
        `flush_lag ${sender[0].flush}, replay_lag ${sender[0].replay}.`,
    );
  });
});
