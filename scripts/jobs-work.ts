// A standalone worker for deployments that run background work apart from the web server
// (start the server with IMR_JOBS=off): the same loop as lib/jobs/job-loop.ts, until
// SIGTERM or SIGINT. Needs DATABASE_URL: the embedded database allows one process only,
// and there the web server runs the jobs itself.
import { closeDb } from "../lib/db/client.ts";
import { startJobLoop } from "../lib/jobs/job-loop.ts";

if (!process.env.DATABASE_URL?.trim()) {
  console.error(
    "jobs:work needs DATABASE_URL (PostgreSQL). With the embedded database the web server runs the jobs itself.",
  );
  process.exit(1);
}

const kinds = process.env.IMR_JOB_KINDS?.split(",")
  .map((k) => k.trim())
  .filter(Boolean);
const loop = startJobLoop({ keepAlive: true, kinds: kinds?.length ? kinds : undefined });
console.log(`Job worker ${loop.workerId} started${kinds?.length ? ` for ${kinds.join(", ")}` : ""}.`);

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: finishing the current tick, then stopping.`);
  await loop.stop();
  await closeDb();
  process.exit(0);
}
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));
