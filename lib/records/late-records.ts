// Records requests past their due date and not yet answered, oldest due first: the
// late-records queue (8 CCR 9792.10.5: the claims administrator's delivery deadline).
import { db } from "../db/client.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";

export async function listLateRecords({
  actor,
  page = 1,
  pageSize = 25,
  now = new Date(),
}: {
  actor: Actor | null;
  page?: number;
  pageSize?: number;
  now?: Date;
}) {
  requirePermission(actor, "records.manage");
  const where = { receivedAt: null, dueAt: { lt: now }, case: { status: "AWAITING_RECORDS" as const } };
  const [rows, total] = await Promise.all([
    db().recordsRequest.findMany({
      where,
      select: {
        id: true,
        dueAt: true,
        requestedAt: true,
        description: true,
        case: { select: { id: true, caseNumber: true, reviewType: true } },
      },
      orderBy: [{ dueAt: "asc" }, { id: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
    db().recordsRequest.count({ where }),
  ]);
  return {
    rows: rows.map((row) => ({
      ...row,
      daysLate: Math.max(1, Math.floor((now.getTime() - row.dueAt.getTime()) / 86_400_000)),
    })),
    total,
    page,
    pageSize,
  };
}
