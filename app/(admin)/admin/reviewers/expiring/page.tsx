import Link from "@/components/ui/link.tsx";
import { requireRole } from "@/lib/auth/current-actor.ts";
import { listExpiringCredentials } from "@/lib/reviewers/expiring-credentials.ts";
import { firstValues, type RawSearchParams } from "@/lib/format/search-params.ts";
import { PageHeader } from "@/components/ui/card.tsx";
import { ExpiringTable } from "@/components/reviewers/expiring-table.tsx";

export const metadata = { title: "Expiring credentials" };

const TABS: [string, string][] = [
  ["30", "Next 30 days"],
  ["60", "Next 60 days"],
  ["90", "Next 90 days"],
  ["expired", "Expired"],
];

export default async function ExpiringPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const params = firstValues(await searchParams);
  const list = await listExpiringCredentials({ actor: await requireRole("ADMIN"), query: params });
  const window = list.query.window;
  return (
    <>
      <PageHeader
        title="Expiring credentials"
        description="Licenses and board certifications by expiry date. A credential stops counting for a case once it expires before the case's due date; record the renewal and verify it."
        actions={
          <Link href="/admin/reviewers" className="text-sm font-semibold text-brand-700 underline">
            All reviewers
          </Link>
        }
      />
      <nav aria-label="Expiry window" className="mb-4 flex flex-wrap gap-2">
        {TABS.map(([value, label]) => (
          <Link
            key={value}
            href={`/admin/reviewers/expiring?window=${value}`}
            aria-current={window === value ? "page" : undefined}
            className={`rounded-md px-3 py-1.5 text-sm font-medium ring-1 ring-inset ${window === value ? "bg-brand-600 text-white ring-brand-600" : "bg-white text-slate-700 ring-slate-300 hover:bg-slate-50"}`}
          >
            {label}
          </Link>
        ))}
      </nav>
      <ExpiringTable {...list} params={{ window }} />
    </>
  );
}
