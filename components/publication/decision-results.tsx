// The public search's results: one short entry per decision (case number to its page,
// outcome, decision date, reviewer specialty and request categories, a snippet with the
// searched words marked, and the PDF), the same on a phone and a wide screen. Kept lean: this
// page is the public's busiest, and its markup is sent twice (as HTML and as the RSC payload),
// so the entries are plain links and text with few classes (no client components, no
// prefetching of every listed decision).
import type { PublishedSearchRow } from "@/lib/publication/search-published.ts";
import { publishedPdfPath } from "@/lib/publication/published-pdf.ts";
import { Pagination } from "@/components/ui/table.tsx";
import { OUTCOME_LABELS, formatIsoDay } from "./publication-badges.tsx";
import { shortSnippet } from "./short-snippet.ts";

type Props = {
  rows: PublishedSearchRow[];
  total: number;
  totalIsCapped: boolean;
  page: number;
  pageSize: number;
  params: Record<string, string | undefined>;
  searched: boolean;
  /** words were given but too many decisions match to rank them by relevance */
  unranked: boolean;
};

const OUTCOME_CLASS = {
  UPHELD: "text-amber-800",
  OVERTURNED: "text-green-800",
  PARTIALLY_OVERTURNED: "text-blue-800",
} as const;

/** The entries' look, given once on the list rather than on each entry. */
const ENTRIES =
  "divide-y divide-slate-100 rounded-lg bg-white text-sm text-slate-700 ring-1 ring-slate-200 [&>li]:p-3 [&_a]:text-brand-700 [&_a]:underline [&>li>a]:font-semibold";

function Entry({ row }: { row: PublishedSearchRow }) {
  const request = [...row.categories, ...row.subcategories.filter((s) => !row.categories.includes(s))].join(" · ");
  return (
    <li>
      <a href={`/decisions/${row.caseNumber}`}>{row.caseNumber}</a>
      {row.version > 1 ? " (amended)" : null}
      {" · "}
      <b className={OUTCOME_CLASS[row.outcome]}>{OUTCOME_LABELS[row.outcome][0]}</b>
      {` · decided ${formatIsoDay(row.decisionDate)} · ${row.reviewerSpecialty}${request ? ` · ${request}` : ""}`}
      <p>
        {row.snippet.length === 0
          ? "—"
          : shortSnippet(row.snippet).map((part, i) => (part.mark ? <mark key={i}>{part.text}</mark> : part.text))}{" "}
        <a href={publishedPdfPath(row.id)} aria-label={`PDF of decision ${row.caseNumber}`}>
          PDF
        </a>
      </p>
    </li>
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
      {rows.length === 0 ? (
        <p className="rounded-lg bg-white px-3 py-8 text-center text-sm text-slate-500 ring-1 ring-slate-200">
          {searched
            ? "No published decision matches this search. Try fewer words or filters."
            : "No decision has been published yet."}
        </p>
      ) : (
        <ol aria-label={`Published decisions${searched ? " matching the search" : ""}`} className={ENTRIES}>
          {rows.map((row) => (
            <Entry key={`${row.caseNumber}v${row.version}`} row={row} />
          ))}
        </ol>
      )}
      <Pagination
        page={page}
        pageSize={pageSize}
        total={total}
        totalIsCapped={totalIsCapped}
        basePath="/decisions"
        params={params}
      />
    </div>
  );
}
