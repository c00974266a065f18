// The case's deadlines, each with its legal source and where it stands.
import type { DeadlineRow } from "@/lib/cases/case-deadlines-view.ts";
import { formatDateTime } from "@/lib/format/dates.ts";
import { Badge, type BadgeTone } from "@/components/ui/badge.tsx";
import { Card } from "@/components/ui/card.tsx";

const STATUS: Record<DeadlineRow["status"], [string, BadgeTone]> = {
  met: ["Met", "green"],
  missed: ["Missed", "red"],
  overdue: ["Overdue", "red"],
  due_today: ["Due today", "amber"],
  at_risk: ["At risk", "amber"],
  on_track: ["On track", "blue"],
  window: ["Open window", "gray"],
};

export function DeadlinesPanel({ deadlines }: { deadlines: DeadlineRow[] }) {
  return (
    <Card title="Deadlines">
      {deadlines.length === 0 ? (
        <p className="text-sm text-slate-600">Deadlines appear once eligibility is decided.</p>
      ) : (
        <ul className="divide-y divide-slate-100" aria-label="Deadlines">
          {deadlines.map((d) => (
            <li key={d.kind} className="py-2 text-sm" data-deadline={d.kind}>
              <div className="flex flex-wrap items-center justify-between gap-2">
                <span className="font-medium">{d.label}</span>
                <Badge tone={STATUS[d.status][1]}>{STATUS[d.status][0]}</Badge>
              </div>
              <p className="text-slate-700">
                Due{" "}
                <span className="font-semibold" data-due>
                  {formatDateTime(d.dueAt)}
                </span>
                {d.doneAt ? `; done ${formatDateTime(d.doneAt)}` : ""}
              </p>
              <p className="text-xs text-slate-500">
                {d.basis}. {d.source}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
