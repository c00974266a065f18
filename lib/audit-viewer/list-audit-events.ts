// The audit viewer's page of events: filtered (./audit-query.ts), newest first, one keyset
// page at a time, with a count that stops at AUDIT_COUNT_CAP. Administrators only.
import { db } from "../db/client.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import {
  AUDIT_COUNT_CAP,
  AUDIT_PAGE_SIZE,
  NEWEST_FIRST,
  OLDEST_FIRST,
  auditPageInput,
  auditWhere,
  encodeCursor,
  filterValues,
  newerThan,
  olderThan,
  parseAuditInput,
  type AuditFilters,
} from "./audit-query.ts";
import { AuditNameBook, auditEventSelect, type AuditEventView } from "./audit-rows.ts";

export type AuditPage = {
  rows: AuditEventView[];
  /** matching events, counted up to the cap; `capped` means "more than value" */
  count: { value: number; capped: boolean };
  newer: string | null;
  older: string | null;
  filters: Record<string, string>;
};

export async function listAuditEvents({
  actor,
  input,
  pageSize = AUDIT_PAGE_SIZE,
}: {
  actor: Actor | null;
  input: unknown;
  pageSize?: number;
}): Promise<AuditPage> {
  requirePermission(actor, "audit.read");
  const { before, after, ...filters } = parseAuditInput(auditPageInput, input);
  const where = await auditWhere(db(), filters as AuditFilters);
  const page = after ? { AND: [where, newerThan(after)] } : before ? { AND: [where, olderThan(before)] } : where;
  const [found, counted] = await Promise.all([
    db().auditEvent.findMany({
      where: page,
      orderBy: after ? OLDEST_FIRST : NEWEST_FIRST,
      take: pageSize + 1,
      select: auditEventSelect,
    }),
    // Ordered by time so the count walks the same (…, at) index as the page and stops at the cap.
    db().auditEvent.count({ where, orderBy: { at: "desc" }, take: AUDIT_COUNT_CAP + 1 }),
  ]);
  const more = found.length > pageSize;
  const rows = found.slice(0, pageSize);
  if (after) rows.reverse();
  const hasNewer = after ? more : Boolean(before);
  const hasOlder = after ? true : more;
  return {
    rows: await new AuditNameBook(db()).describe(rows),
    count: { value: Math.min(counted, AUDIT_COUNT_CAP), capped: counted > AUDIT_COUNT_CAP },
    newer: hasNewer && rows.length ? encodeCursor(rows[0]) : null,
    older: hasOlder && rows.length ? encodeCursor(rows[rows.length - 1]) : null,
    filters: filterValues(filters as AuditFilters),
  };
}
