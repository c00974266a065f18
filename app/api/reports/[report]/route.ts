// A report as a CSV file (administrators; audited). Same dates as the reports page:
// ?from=YYYY-MM-DD&to=YYYY-MM-DD, default the last 12 months.
import { currentActor } from "@/lib/auth/current-actor.ts";
import { exportReport } from "@/lib/reports/export-report.ts";
import { fileResponse } from "@/lib/http/file-response.ts";
import { reportErrorResponse } from "@/lib/reports/report-error-response.ts";

export async function GET(request: Request, { params }: { params: Promise<{ report: string }> }) {
  try {
    const { report } = await params;
    const query = new URL(request.url).searchParams;
    const input = { report, from: query.get("from") ?? undefined, to: query.get("to") ?? undefined };
    return fileResponse(await exportReport({ actor: await currentActor(), input }));
  } catch (error) {
    return reportErrorResponse(error);
  }
}
