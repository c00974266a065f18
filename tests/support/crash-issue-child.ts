// Child process of the crash test (tests/integration/crash-issuance.test.ts): connects to the
// database named by DATABASE_URL, says "ready", waits for "go <determinationId>" on stdin,
// then issues that determination's letter as the administrator (the real
// approveDetermination) and says "done". The test kills it with SIGKILL at a random moment.
// Usage: node --import tsx tests/support/crash-issue-child.ts <adminUserId>
import { db, closeDb } from "../../lib/db/client.ts";
import { approveDetermination } from "../../lib/qa/approve-determination.ts";
import type { StaffActor } from "../../lib/auth/actor.ts";

const [userId] = process.argv.slice(2);
const admin: StaffActor = { kind: "user", userId, role: "ADMIN", name: "QA reader", reviewerId: null, meta: { ip: null, userAgent: "crash-test" } };

await db().$queryRaw`SELECT 1`;
process.stdout.write("ready\n");
const command = await new Promise<string>((resolve) => process.stdin.once("data", (chunk) => resolve(chunk.toString())));
const determinationId = command.trim().replace(/^go\s+/, "");
await approveDetermination({ actor: admin, input: { determinationId } });
process.stdout.write("done\n");
await closeDb();
process.exit(0);
