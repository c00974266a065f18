// The filer's receipt: filing number, California date received, status, what happens next,
// and each paper received with its checksum. Reached only with the receipt token.
import { notFound } from "next/navigation";
import { PublicShell } from "@/components/ui/app-shell.tsx";
import { Card, DefinitionList } from "@/components/ui/card.tsx";
import { Badge } from "@/components/ui/badge.tsx";
import { AppError } from "@/lib/errors.ts";
import { californiaLongDateIn } from "@/lib/filings/filing-dates.ts";
import { loadFilingReceipt } from "@/lib/filings/filing-receipt.ts";
import { FILING_MESSAGES } from "@/lib/i18n/filing-messages.ts";

export const metadata = { title: "Application received" };
export const dynamic = "force-dynamic";

type Params = Promise<{ token: string }>;
type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function ReceiptPage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const { token } = await params;
  const asked = (await searchParams).lang;
  const receipt = await loadFilingReceipt({ token, lang: asked === "es" ? "es" : "en" }).catch((error) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const lang = asked === "es" || asked === "en" ? asked : receipt.lang;
  const t = FILING_MESSAGES[lang];
  const r = t.receipt;
  return (
    <PublicShell>
      <div className="mx-auto max-w-3xl space-y-6" lang={lang}>
        <h1 className="text-2xl font-bold">{r.title}</h1>
        <Card>
          <DefinitionList
            items={[
              [
                r.filingNumber,
                <strong key="n" className="font-mono text-lg">
                  {receipt.filingNumber}
                </strong>,
              ],
              [r.received, californiaLongDateIn(lang, receipt.receivedAt)],
              [r.filer, receipt.filerName],
              [
                lang === "es" ? "Estado" : "Status",
                <Badge
                  key="s"
                  tone={receipt.status === "REJECTED" ? "red" : receipt.status === "ACCEPTED" ? "green" : "amber"}
                >
                  {r.status[receipt.status]}
                </Badge>,
              ],
            ]}
          />
          {receipt.late ? <p className="mt-3 text-sm text-amber-900">{r.late}</p> : null}
          <p className="mt-3 text-sm text-slate-600">{r.emailed(receipt.filerEmail)}</p>
        </Card>
        <Card title={r.next}>
          <ol className="list-decimal space-y-2 pl-5 text-sm">
            {r.nextSteps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </Card>
        <Card title={r.papers}>
          <ul className="space-y-3">
            {receipt.papers.map((paper) => (
              <li key={paper.sha256} className="text-sm">
                <p className="break-all font-medium">
                  {paper.kind === "UR_DECISION" ? t.fields.urDecision.replace(/\s*\(.*\)$/, "") : r.paper}:{" "}
                  {paper.fileName}
                </p>
                <p className="text-slate-600">
                  {r.size}: {Math.max(1, Math.round(paper.byteSize / 1024))} KB
                </p>
                <p className="break-all font-mono text-xs text-slate-600">
                  {r.sha256}: {paper.sha256}
                </p>
              </li>
            ))}
          </ul>
        </Card>
        <p className="text-sm text-slate-600">{r.print}</p>
        <a href={`/file?lang=${lang}`} className="text-sm text-brand-700 underline">
          {r.fileAnother}
        </a>
      </div>
    </PublicShell>
  );
}
