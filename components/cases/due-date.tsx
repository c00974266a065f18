// A due date with how far away it is, in California calendar days (due today, in 1 day: the
// dates people read, never hours elapsed or the UTC day); overdue and nearly due stand out.
// dueDateView decides the words on the server (from the server's clock); DueDateText only
// draws them, so client components (./case-rows.tsx) draw the same without a clock of their own.
import { formatShortIsoDate } from "@/lib/format/dates.ts";
import { californiaDate, daysBetween, type IsoDate } from "@/lib/deadlines/calendar.ts";

/** How a due date reads (pure): the date, and how far away it is unless done; overdue and nearly due stand out. */
export type DueDateView = { label: string; note: string | null; tone: "none" | "done" | "overdue" | "soon" | "later" };

/** `today`: California's date at `now`, given by a caller that reads many rows at one moment. */
export function dueDateView(
  dueAt: Date | null,
  done: boolean,
  now: Date,
  today: IsoDate = californiaDate(now),
): DueDateView {
  if (!dueAt) return { label: "—", note: null, tone: "none" };
  const due = californiaDate(dueAt);
  const label = formatShortIsoDate(due);
  if (done) return { label, note: null, tone: "done" };
  const days = daysBetween(today, due);
  if (days < 0) return { label, note: `(overdue ${-days} d)`, tone: "overdue" };
  if (days === 0 && dueAt.getTime() < now.getTime()) return { label, note: "(overdue)", tone: "overdue" };
  if (days === 0) return { label, note: "(due today)", tone: "soon" };
  return { label, note: `(in ${days} d)`, tone: days <= 3 ? "soon" : "later" };
}

/** A due date as dueDateView reads it (also drawn by client components: no server-only imports here). */
export function DueDateText({ view }: { view: DueDateView }) {
  if (view.tone === "none") return <span className="text-slate-500">—</span>;
  if (view.tone === "done") return <span>{view.label}</span>;
  const strong =
    view.tone === "overdue"
      ? "font-semibold text-red-700"
      : view.tone === "soon"
        ? "font-semibold text-amber-800"
        : undefined;
  return (
    <span className={strong}>
      {view.label}{" "}
      <span className={view.tone === "later" ? "whitespace-nowrap text-slate-500" : "whitespace-nowrap"}>
        {view.note}
      </span>
    </span>
  );
}

/** A due date with how far away it is; overdue and nearly due stand out. */
export function DueDate({ dueAt, done = false, now = new Date() }: { dueAt: Date | null; done?: boolean; now?: Date }) {
  return <DueDateText view={dueDateView(dueAt, done, now)} />;
}
