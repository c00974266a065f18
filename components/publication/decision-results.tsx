// The public search's results: a table on wider screens, one card per decision on a phone.
// Each decision shows its case number (to its page), decision date, outcome, reviewer
// specialty, request categories, a snippet with the searched words marked, and the PDF.
import Link from "next/link";
import type { PublishedSearchRow } from "@/lib/publication/search-published.ts";
import { publishedPdfPath } from "@/lib/publication/published-pdf.ts";
import { EmptyRow, Pagination, PlainHeader } from "@/components/ui/table.tsx";
import { OutcomeBadge, formatIsoDay } from "./publication-badges.tsx";

type Props = {
  rows: PublishedSearchRow[]; total: number; totalIsCapped: boolean; page: number; pageSize: number;
  params: Record<string, string | undefined>; searched: boolean;
  /** words were given but too many decisions match to rank them by relevance */
  unranked: boolean;
};

/** On a phone a cell stacks under the previous one with its own label. */
function Cell({ label, children, className = "" }: { label: string; children: React.ReactNode; className?: string }) {
  return (
    <td className={`block px-3 py-1 sm:table-cell sm:py-3 sm:align-top ${className}`}>
      <span className="text-xs font-medium text-slate-500 sm:hidden">{label}: </span>
      {children}
    </td>
  );
}

function Snippet({ row }: { row: PublishedSearchRow }) {
  if (row.snippet.length === 0) return <span className="text-slate-500">—</span>;
  return (
    <span className="text-slate-700">
      {row.snippet.map((part, i) => (part.mark ? <mark key={i} className="rounded bg-amber-100 px-0.5 text-slate-900">{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </span>
  );
}

export function DecisionResults({ rows, total, totalIsCapped, page, pageSize, params, searched, unranked }: Props) {
  return (
    <div>
      {unranked ? (
        <p className="mb-3 rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700" role="note">
          So many decisions contain these words that they are listed newest first rather than by relevance. Add words or
          filters to narrow the search and rank the results.
        </p>
      ) : null}
      <div className="rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
        <table className="block w-full text-sm sm:table sm:divide-y sm:divide-slate-200">
          <caption className="sr-only">Published decisions{searched ? " matching the search" : ""}</caption>
          <thead className="hidden bg-slate-50 sm:table-header-group">
            <tr>
              <PlainHeader label="Case" />
              <PlainHeader label="Outcome" />
              <PlainHeader label="Specialty and request" />
              <PlainHeader label="From the decision" />
            </tr>
          </thead>
          <tbody className="block divide-y divide-slate-100 sm:table-row-group">
            {rows.length === 0 ? (
              <EmptyRow colSpan={4}>
                {searched ? "No published decision matches this search. Try fewer words or filters." : "No decision has been published yet."}
              </EmptyRow>
            ) : null}
            {rows.map((row) => (
              <tr key={row.id} className="block py-2 sm:table-row sm:py-0">
                <Cell label="Case" className="sm:whitespace-nowrap">
                  <Link href={`/decisions/${row.caseNumber}`} className="font-semibold text-brand-700 underline-offset-2 hover:underline">{row.caseNumber}</Link>
                  {row.version > 1 ? <span className="ml-1 text-xs text-slate-500">(amended)</span> : null}
                  <div className="text-xs text-slate-600 sm:mt-1">Decided {formatIsoDay(row.decisionDate)}</div>
                </Cell>
                <Cell label="Outcome"><OutcomeBadge outcome={row.outcome} /></Cell>
                <Cell label="Specialty and request">
                  <div>{row.reviewerSpecialty}</div>
                  <div className="text-xs text-slate-600">{[...row.categories, ...row.subcategories.filter((s) => !row.categories.includes(s))].join(" · ") || "—"}</div>
                </Cell>
                <Cell label="From the decision">
                  <Snippet row={row} />
                  <div className="mt-1">
                    <a href={publishedPdfPath(row.id)} className="text-sm font-medium text-brand-700 underline underline-offset-2" aria-label={`Decision ${row.caseNumber} (PDF)`}>
                      Decision (PDF)
                    </a>
                  </div>
                </Cell>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination page={page} pageSize={pageSize} total={total} totalIsCapped={totalIsCapped} basePath="/decisions" params={params} />
    </div>
  );
}
