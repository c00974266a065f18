// How the CSV export answers when it cannot give the file (app/api/reports/[report]/route.ts,
// through routeFailure's status overrides): 401 without a signed-in user, 403 for a user whose
// role may not read reports (a report is no record whose existence could leak), 404 for an
// unknown report, 422 with field messages for wrong dates. Never any report data; anything
// unexpected is the generic 500.
import type { AppErrorCode } from "../errors.ts";

export const REPORT_ERROR_STATUS: Partial<Record<AppErrorCode, number>> = { FORBIDDEN: 403 };
