// A candidate's score and its parts in words: "Specialty: Exact specialty match (+40)", ...
import type { ScorePart } from "@/lib/matching/types.ts";

export function ScoreParts({ parts, label }: { parts: ScorePart[]; label: string }) {
  return (
    <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-0.5 text-xs text-slate-600" aria-label={label}>
      {parts.map((p) => (
        <li key={p.label}>
          <span className="font-medium text-slate-700">{p.label}:</span> {p.explanation}
        </li>
      ))}
    </ul>
  );
}
