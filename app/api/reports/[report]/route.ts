// A report as a CSV file (administrators; audited). Same dates as the reports page:
// ?from=YYYY-MM-DD&to=YYYY-MM-DD, default the last 12 months. A role that may not read
// reports is told so with 403 (lib/reports/report-error-status.ts).
import { currentActor } from "@/lib/auth/current-actor.ts";
import { exportReport } from "@/lib/reports/export-report.ts";
import { defineRoute } from "@/lib/http/entry-point.ts";
import { fileResponse } from "@/lib/http/file-response.ts";
import { REPORT_ERROR_STATUS } from "@/lib/reports/report-error-status.ts";

export const GET = defineRoute<{ report: string }>(
  async (request, { report }) => {
    const query = new URL(request.url).searchParams;
    const input = { report, from: query.get("from") ?? undefined, to: query.get("to") ?? undefined };
    return fileResponse(await exportReport({ actor: await currentActor(), input }));
  },
  { status: REPORT_ERROR_STATUS },
);
