import { firstValues, type RawSearchParams } from "@/lib/format/search-params.ts";
import { zodFieldErrors } from "@/lib/action-result.ts";
import { publishedSearchInput } from "@/lib/publication/search-filters.ts";
import { cachedSearchPublished } from "@/lib/publication/search-cache.ts";
import { searchFacets } from "@/lib/publication/search-facets.ts";
import { PublicShell } from "@/components/ui/app-shell.tsx";
import { Alert } from "@/components/ui/alert.tsx";
import { DecisionSearchForm } from "@/components/publication/decision-search-form.tsx";
import { DecisionResults } from "@/components/publication/decision-results.tsx";

export const metadata = { title: "Published decisions" };
export const dynamic = "force-dynamic";

/**
 * Results per page unless the URL asks for another number (pageSize, up to 50): ten keep the
 * page, sent as HTML and again as its RSC payload, small for the public and for caches.
 */
const PUBLIC_PAGE_SIZE = "10";

const FILTER_KEYS = [
  "q",
  "caseNumber",
  "outcome",
  "decision",
  "specialty",
  "category",
  "subcategory",
  "decidedFrom",
  "decidedTo",
  "receivedFrom",
  "receivedTo",
  "injuryFrom",
  "injuryTo",
];

/** Only the form's own values go to the (client) form: its props are sent in the RSC payload. */
const formValues = (params: Record<string, string | undefined>) =>
  Object.fromEntries(FILTER_KEYS.filter((key) => params[key]).map((key) => [key, params[key]]));

export default async function PublishedDecisionsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const params = firstValues(await searchParams);
  const parsed = publishedSearchInput.safeParse(params);
  const result = parsed.success
    ? await cachedSearchPublished({ ...params, pageSize: params.pageSize?.trim() || PUBLIC_PAGE_SIZE })
    : null;
  const facets = result?.facets ?? (await searchFacets());
  const searched = FILTER_KEYS.some((key) => params[key]?.trim());
  return (
    <PublicShell>
      <h1 className="text-2xl font-bold tracking-tight text-slate-900">Published decisions</h1>
      <p className="mt-1 mb-6 max-w-3xl text-sm text-slate-600">
        Every final determination of an independent medical review is published here with the names of the employee, the
        employer, the claims administrator, the physicians and everyone else, and claim numbers, addresses and other
        identifying details, removed. Age, sex, dates of service and the clinical reasoning stay.
      </p>
      <DecisionSearchForm
        params={formValues(params)}
        facets={facets}
        errors={parsed.success ? {} : zodFieldErrors(parsed.error)}
      />
      <section aria-label="Results" aria-live="polite" className="mt-6">
        {result ? (
          <DecisionResults
            rows={result.rows}
            total={result.total}
            totalIsCapped={result.totalIsCapped}
            page={result.page}
            pageSize={result.pageSize}
            params={params}
            searched={searched}
            unranked={Boolean(result.filters.q) && !result.ranked}
          />
        ) : (
          <Alert tone="error" title="Please correct the highlighted fields.">
            The search was not run.
          </Alert>
        )}
      </section>
    </PublicShell>
  );
}
