import Link from "@/components/ui/link.tsx";
import { orNotFound } from "@/lib/http/or-not-found.ts";
import { publishedDecisionOfCase } from "@/lib/publication/published-case.ts";
import { publishedPdfPath } from "@/lib/publication/published-pdf.ts";
import { formatDate } from "@/lib/format/dates.ts";
import { PublicShell } from "@/components/ui/app-shell.tsx";
import { Card, DefinitionList } from "@/components/ui/card.tsx";
import { buttonClass } from "@/components/ui/button-styles.ts";
import { OutcomeBadge } from "@/components/publication/publication-badges.tsx";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ caseNumber: string }> }) {
  const { caseNumber } = await params;
  return { title: `Published decision ${caseNumber.slice(0, 20)}` };
}

export default async function PublishedDecisionPage({ params }: { params: Promise<{ caseNumber: string }> }) {
  const { caseNumber } = await params;
  const decision = await orNotFound(publishedDecisionOfCase(caseNumber));
  const decisions = [...new Set(decision.itemDecisions)]
    .map((d) => (d === "OVERTURNED" ? "Overturned" : "Upheld"))
    .join(" and ");
  return (
    <PublicShell>
      <p className="mb-2 text-sm">
        <Link href="/decisions" className="text-brand-700 underline underline-offset-2">
          Published decisions
        </Link>
      </p>
      <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold tracking-tight text-slate-900">Case {decision.caseNumber}</h1>
          <p className="mt-1 text-sm text-slate-600">
            Final determination{decision.version > 1 ? ` (amended, version ${decision.version})` : ""}, published copy:
            identifying information removed.
          </p>
        </div>
        <a href={publishedPdfPath(decision.id)} className={buttonClass()}>
          Decision (PDF)
        </a>
      </div>
      <Card title="The decision" className="mb-6">
        <DefinitionList
          items={[
            ["Outcome", <OutcomeBadge key="o" outcome={decision.outcome} />],
            ["Disputed items", decisions],
            ["Decision date", formatDate(decision.decisionDate)],
            ["Application received", formatDate(decision.receivedDate)],
            ["Date of injury", formatDate(decision.dateOfInjury)],
            ["Reviewer specialty", decision.reviewerSpecialty],
            ["Request category", decision.categories.join(", ") || "—"],
            ["Request sub-category", decision.subcategories.join(", ") || "—"],
          ]}
        />
      </Card>
      <Card title="Text of the decision">
        <div className="max-w-prose space-y-3 text-sm leading-relaxed whitespace-pre-line text-slate-800">
          {decision.redactedText.split(/\n{2,}/).map((paragraph, i) =>
            /^[A-Z][A-Z ,]+$/.test(paragraph) ? (
              <h3 key={i} className="pt-2 font-semibold text-slate-900">
                {paragraph}
              </h3>
            ) : (
              <p key={i}>{paragraph}</p>
            ),
          )}
        </div>
        <p className="mt-4 text-xs text-slate-500">The PDF also carries what happens next and how to appeal.</p>
      </Card>
    </PublicShell>
  );
}
