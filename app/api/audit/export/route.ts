// The audit trail as CSV, with the audit viewer's filters (administrators only; the export
// is itself audited). Capped at AUDIT_EXPORT_CAP rows: X-Audit-Truncated says when it was cut.
import { currentActor } from "@/lib/auth/current-actor.ts";
import { exportAuditEvents } from "@/lib/audit-viewer/export-audit-events.ts";
import { defineRoute } from "@/lib/http/entry-point.ts";
import { fileResponse } from "@/lib/http/file-response.ts";

export const GET = defineRoute(async (request) => {
  const input = Object.fromEntries(new URL(request.url).searchParams);
  const file = await exportAuditEvents({ actor: await currentActor(), input });
  const response = fileResponse(file);
  response.headers.set("X-Audit-Rows", String(file.rows));
  response.headers.set("X-Audit-Truncated", file.truncated ? "true" : "false");
  return response;
});
