// The audit trail as a CSV file, with the viewer's filters, newest first, at most
// AUDIT_EXPORT_CAP rows (narrower filters or date ranges give the rest). The export is
// itself audited ("audit.exported") in the same transaction as the read.
import crypto from "node:crypto";
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import type { DownloadedFile } from "../documents/download-letter.ts";
import { NEWEST_FIRST, auditFilterInput, auditWhere, filterValues, olderThan, parseAuditInput } from "./audit-query.ts";
import { AuditNameBook, auditEventSelect, type AuditEventView } from "./audit-rows.ts";
import { toCsv } from "../reports/csv.ts";

export const AUDIT_EXPORT_CAP = 100_000;
const BATCH = 5_000;

export const AUDIT_CSV_HEADER = [
  "at",
  "actor_type",
  "actor_id",
  "actor_name",
  "actor_role",
  "action",
  "entity_type",
  "entity_id",
  "case_id",
  "case_number",
  "ip",
  "user_agent",
  "payload",
] as const;

const csvRow = (e: AuditEventView) => [
  e.at,
  e.actorType,
  e.actorId,
  e.actorName,
  e.actorRole,
  e.action,
  e.entityType,
  e.entityId,
  e.caseId,
  e.caseNumber,
  e.ip,
  e.userAgent,
  JSON.stringify(e.payload),
];

export type AuditExport = DownloadedFile & { rows: number; truncated: boolean };

export async function exportAuditEvents({
  actor,
  input,
  now = new Date(),
  cap = AUDIT_EXPORT_CAP,
}: {
  actor: Actor | null;
  input: unknown;
  now?: Date;
  cap?: number;
}): Promise<AuditExport> {
  const admin = requirePermission(actor, "audit.read");
  const filters = parseAuditInput(auditFilterInput, input);
  return db().$transaction(
    async (tx) => {
      const where = await auditWhere(tx, filters);
      const names = new AuditNameBook(tx);
      const events: AuditEventView[] = [];
      let truncated = false;
      for (;;) {
        const last = events.at(-1);
        const take = Math.min(BATCH, cap - events.length) + 1;
        const batch = await tx.auditEvent.findMany({
          where: last ? { AND: [where, olderThan(last)] } : where,
          orderBy: NEWEST_FIRST,
          take,
          select: auditEventSelect,
        });
        const kept = batch.slice(0, take - 1);
        events.push(...(await names.describe(kept)));
        if (batch.length < take) break;
        if (events.length >= cap) {
          truncated = true;
          break;
        }
      }
      const text = toCsv(AUDIT_CSV_HEADER, events.map(csvRow));
      await recordAudit(tx, admin, {
        action: "audit.exported",
        entityType: "AuditEvent",
        entityId: "csv",
        payload: { rows: events.length, filters: filterValues(filters) },
      });
      const bytes = Buffer.from(text, "utf8");
      const stamp = now.toISOString().slice(0, 16).replace(/[-:]/g, "").replace("T", "-");
      return {
        fileName: `audit-${stamp}${truncated ? `-first-${cap}` : ""}.csv`,
        mimeType: "text/csv; charset=utf-8",
        bytes,
        sha256: crypto.createHash("sha256").update(bytes).digest("hex"),
        rows: events.length,
        truncated,
      };
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}
