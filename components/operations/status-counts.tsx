// The number of jobs and e-mails in each status, as a row of figures.
import { Badge } from "@/components/ui/badge.tsx";
import { STATUS_LABEL, STATUS_TONE } from "./labels.ts";

export function StatusCounts({ label, counts }: { label: string; counts: Record<string, number> }) {
  return (
    <dl aria-label={label} className="grid grid-cols-2 gap-3 sm:grid-cols-4">
      {Object.entries(counts).map(([status, count]) => (
        <div key={status} className="rounded-md bg-slate-50 p-3 ring-1 ring-inset ring-slate-200">
          <dt>
            <Badge tone={STATUS_TONE[status]}>{STATUS_LABEL[status] ?? status}</Badge>
          </dt>
          <dd className="mt-1 text-2xl font-semibold tabular-nums text-slate-900">{count}</dd>
        </div>
      ))}
    </dl>
  );
}
