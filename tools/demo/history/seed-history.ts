// The demo seed's year of history (generate-history.ts) on the configured database, loaded
// unless IMR_DEMO_HISTORY=0. The embedded database allows one open instance per folder, so
// the app's Prisma client is closed first (the next db() opens it again) and the history is
// written on a connection of its own; on a PostgreSQL server it simply takes one more
// connection. Prints how long it took and what it made.
import { closeDb } from "../../../lib/db/client.ts";
import { resolveDatabaseTarget, type DatabaseTarget } from "../../../lib/db/config.ts";
import type { LoadStaffIds } from "../../load/load-panel.ts";
import { openHistoryClient } from "./history-client.ts";
import { generateDemoHistory, type DemoHistoryInput, type DemoHistoryResult } from "./generate-history.ts";

/** IMR_DEMO_HISTORY=0 (or false, off, no) leaves the history out of the demo seed. */
export function demoHistoryWanted(env: Record<string, string | undefined> = process.env): boolean {
  return !/^(0|false|off|no)$/i.test(env.IMR_DEMO_HISTORY?.trim() ?? "");
}

const n = (value: number) => value.toLocaleString("en-US");

export function historySummary(result: DemoHistoryResult): string {
  const stages = Object.entries(result.byStatus)
    .map(([status, count]) => `${status.toLowerCase().replace(/_/g, " ")} ${n(count)}`)
    .join(", ");
  return (
    `Demo history: ${n(result.cases)} cases over the last 12 months (${result.firstCaseNumber} to ${result.lastCaseNumber}) in ${result.seconds.toFixed(1)} s: ` +
    `${stages}; ${n(result.letters)} letters, ${n(result.published)} published decisions, ${n(result.amended)} amended, ${n(result.auditEvents)} audit events.`
  );
}

export async function seedDemoHistory(
  input: Omit<DemoHistoryInput, "staff"> & {
    staff: LoadStaffIds;
    target?: DatabaseTarget;
    log?: (line: string) => void;
  },
): Promise<DemoHistoryResult> {
  const { target = resolveDatabaseTarget(), log = console.log, ...options } = input;
  const started = performance.now();
  if (target.kind === "pglite") await closeDb();
  const client = await openHistoryClient(target);
  try {
    // the time includes opening the connection
    const result = { ...(await generateDemoHistory(client, options)), seconds: (performance.now() - started) / 1000 };
    log(historySummary(result));
    return result;
  } finally {
    await client.close();
  }
}
