// Child process of the crash test (tests/integration/crash-issuance.test.ts): a job worker.
// It connects to the database named by DATABASE_URL, says "ready", waits for
// "go <determinationId>" on stdin, then runs that determination's "issue-letter" job (queued
// by QA's approval) through the real job runner, and says "done". The test kills it with
// SIGKILL at a random moment.
// Usage: node --import tsx tests/support/crash-issue-child.ts <workerId>
import { db, closeDb } from "../../lib/db/client.ts";
import { runDueJobs } from "../../lib/jobs/job-runner.ts";

const [workerId] = process.argv.slice(2);

await db().$queryRaw`SELECT 1`;
process.stdout.write("ready\n");
const command = await new Promise<string>((resolve) =>
  process.stdin.once("data", (chunk) => resolve(chunk.toString())),
);
const determinationId = command.trim().replace(/^go\s+/, "");
const job = await db().job.findUniqueOrThrow({
  where: { dedupeKey: `issue:${determinationId}` },
  select: { id: true },
});
const summary = await runDueJobs({ workerId, ids: [job.id], limit: 1 });
if (summary.succeeded !== 1) throw new Error(`The job did not succeed: ${JSON.stringify(summary)}`);
process.stdout.write("done\n");
await closeDb();
process.exit(0);
