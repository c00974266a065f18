// Where a deadline stands at an instant, for lists and the admin dashboard:
//   met       done by the due instant (or done, time unknown)
//   missed    done, but after the due instant
//   overdue   not done and the due instant has passed
//   due_today not done, due later on today's California date
//   at_risk   not done, within the last 20% of its window (start to due)
//   on_track  otherwise
import { californiaDate } from "./calendar.ts";

export type DeadlineStatus = "met" | "missed" | "overdue" | "due_today" | "at_risk" | "on_track";

export const AT_RISK_SHARE = 0.2;

export function deadlineStatus(
  windowStart: Date,
  dueAt: Date,
  now: Date,
  done?: Date | boolean | null,
  atRiskShare: number = AT_RISK_SHARE,
): DeadlineStatus {
  if (done instanceof Date) return done.getTime() <= dueAt.getTime() ? "met" : "missed";
  if (done === true) return "met";
  const left = dueAt.getTime() - now.getTime();
  if (left < 0) return "overdue";
  if (californiaDate(now) === californiaDate(dueAt)) return "due_today";
  const window = dueAt.getTime() - windowStart.getTime();
  if (left <= window * atRiskShare) return "at_risk";
  return "on_track";
}
