// One report as a CSV file, for administrators. The export is audited ("report.exported",
// with the report, the period and the number of rows) in the same transaction that reads
// the rows. An unknown report is "not found"; a wrong date is a validation error.
import crypto from "node:crypto";
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { notFound } from "../errors.ts";
import type { DownloadedFile } from "../documents/download-letter.ts";
import { parseReportPeriod } from "./period.ts";
import { isReportId, REPORTS, type ReportColumn } from "./catalog.ts";
import { reportCsv } from "./report-csv.ts";
import { tuneReportSession } from "./sql.ts";
import { REPORT_TRANSACTION } from "./read-reports.ts";

export type ExportedReport = DownloadedFile & { rows: number };

export async function exportReport({
  actor,
  input,
  now = new Date(),
}: {
  actor: Actor | null;
  input: unknown;
  now?: Date;
}): Promise<ExportedReport> {
  const admin = requirePermission(actor, "reports.read");
  const { report: id, from, to } = (input ?? {}) as { report?: unknown; from?: unknown; to?: unknown };
  if (!isReportId(id)) throw notFound("Report");
  const period = parseReportPeriod({ from, to }, now);
  const report = REPORTS[id];
  return db().$transaction(async (tx) => {
    await tuneReportSession(tx);
    const rows: object[] = await report.load(tx, period);
    await recordAudit(tx, admin, {
      action: "report.exported",
      entityType: "Report",
      entityId: id,
      payload: { report: id, rows: rows.length, from: period.from, to: period.to },
    });
    const bytes = Buffer.from(reportCsv(report.columns as ReportColumn<object>[], rows), "utf8");
    return {
      fileName: `imr-${id}-${period.from}-to-${period.to}.csv`,
      mimeType: "text/csv; charset=utf-8",
      bytes,
      sha256: crypto.createHash("sha256").update(bytes).digest("hex"),
      rows: rows.length,
    };
  }, REPORT_TRANSACTION);
}
