// The admin's assignment queue page: the case list (waiting cases by default), the number of
// cases waiting for a reviewer and the latest batch assignment run. When the list shows
// exactly the waiting cases its total is that number, and no second list is read.
import type { Actor } from "../auth/actor.ts";
import { listCases } from "./list-cases.ts";
import { latestBatchRun } from "./batch-assignment-runs.ts";

export const QUEUE_DEFAULT_STATUS = "READY_FOR_ASSIGNMENT";

export async function loadAdminQueue({
  actor,
  params,
}: {
  actor: Actor | null;
  params: Record<string, string | undefined>;
}) {
  const showsWaiting = params.status === QUEUE_DEFAULT_STATUS && !params.q?.trim();
  const [list, waiting, latestRun] = await Promise.all([
    listCases({ actor, query: params }),
    showsWaiting ? null : listCases({ actor, query: { status: QUEUE_DEFAULT_STATUS, pageSize: 5 } }),
    latestBatchRun({ actor }),
  ]);
  return { list, waitingTotal: (waiting ?? list).total, latestRun };
}
