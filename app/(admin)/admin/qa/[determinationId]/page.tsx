import Link from "@/components/ui/link.tsx";
import { requireRole } from "@/lib/auth/current-actor.ts";
import { getQaDetermination } from "@/lib/qa/qa-queue.ts";
import { getDraftCheck } from "@/lib/qa/approve-determination.ts";
import { orNotFound } from "@/lib/http/or-not-found.ts";
import { formatDateTime } from "@/lib/format/dates.ts";
import { DocumentViewer } from "@/components/documents/document-viewer.tsx";
import { QaDecisionPanel } from "@/components/qa/qa-decision-panel.tsx";
import { DraftFlagSummary, DraftTextsWithFlags } from "@/components/qa/draft-flags.tsx";
import { Alert } from "@/components/ui/alert.tsx";
import { AutoRefresh } from "@/components/ui/auto-refresh.tsx";
import { Card, DefinitionList, PageHeader } from "@/components/ui/card.tsx";
import { listCaseNotesForQa } from "@/lib/reader-notes/qa-notes.ts";
import { ReviewerNotes } from "@/components/qa/reviewer-notes.tsx";
import { approveDeterminationAction, returnDeterminationAction } from "./actions.ts";

export const metadata = { title: "QA reading" };

const STATUS_WORDS: Record<string, string> = {
  SUBMITTED: "Waiting for QA",
  APPROVED: "Approved, letter being issued",
  ISSUED: "Letter issued",
};

type IssueJob = { status: string; attempts: number; lastError: string | null } | null;

/** What became of the determination: its letter being issued (the page refreshes itself until it is), issued, or gone back. */
function QaOutcome({ status, issuedAt, issueJob }: { status: string; issuedAt: Date | null; issueJob: IssueJob }) {
  if (status === "APPROVED") {
    const failed = issueJob?.status === "FAILED";
    return (
      <>
        <Alert tone={failed ? "warning" : "info"} title="Approved">
          {failed ? (
            <>
              The letter could not be issued. The failure is listed on{" "}
              <Link className="underline" href="/admin/operations">
                Operations
              </Link>
              , where it can be retried.
            </>
          ) : (
            <>
              The final determination letter is being issued
              {issueJob?.lastError ? ` (attempt ${issueJob.attempts} did not succeed; it is tried again shortly)` : ""}.
              This page updates itself.
            </>
          )}
        </Alert>
        {failed ? null : <AutoRefresh />}
      </>
    );
  }
  if (status === "ISSUED" || status === "SUPERSEDED") {
    return (
      <Alert tone="success" title="Letter issued">
        {issuedAt ? `Issued ${formatDateTime(issuedAt)}. ` : ""}This determination is no longer waiting for QA.
      </Alert>
    );
  }
  return <Alert tone="info">This determination is no longer waiting for QA.</Alert>;
}

export default async function QaReadingPage({ params }: { params: Promise<{ determinationId: string }> }) {
  const { determinationId } = await params;
  const actor = await requireRole("ADMIN");
  const d = await orNotFound(getQaDetermination({ actor, determinationId }));
  // what in the draft's texts should not go to the parties; checked again on approval
  const [check, notes] = await Promise.all([
    d.status === "SUBMITTED" ? getDraftCheck({ actor, determinationId: d.id }) : null,
    listCaseNotesForQa({ actor, caseId: d.case.id }),
  ]);
  return (
    <>
      <PageHeader
        title={`QA: case ${d.case.caseNumber}`}
        description="Read the draft letter as the parties would receive it."
        actions={
          <Link className="text-sm text-brand-700 underline" href={`/admin/cases/${d.case.id}`}>
            Open the case
          </Link>
        }
      />
      <div className="grid gap-4 lg:grid-cols-5">
        <div className="space-y-4 lg:col-span-2">
          <Card title="Determination">
            <DefinitionList
              items={[
                ["Version", d.amendsId ? `${d.version} (amendment)` : String(d.version)],
                ["Reviewer", d.reviewer.user.name],
                ["Submitted", d.submittedAt ? formatDateTime(d.submittedAt) : "—"],
                ["Status", STATUS_WORDS[d.status] ?? d.status.toLowerCase()],
              ]}
            />
            {d.amendmentReason ? (
              <p className="mt-3 text-sm">
                <span className="font-medium">Reason for the amendment:</span> {d.amendmentReason}
              </p>
            ) : null}
          </Card>
          {check ? <DraftFlagSummary flags={check.flags} /> : null}
          {d.status === "SUBMITTED" ? (
            <QaDecisionPanel
              determinationId={d.id}
              flagCount={check?.flags.length ?? 0}
              returnAction={returnDeterminationAction}
              approveAction={approveDeterminationAction}
            />
          ) : (
            <QaOutcome status={d.status} issuedAt={d.issuedAt} issueJob={d.issueJob} />
          )}
          <Card title="Earlier readings">
            {d.qaReviews.length === 0 ? (
              <p className="text-sm text-slate-600">This is the first reading.</p>
            ) : (
              <ul className="space-y-3 text-sm">
                {d.qaReviews.map((r) => (
                  <li key={r.id}>
                    <span className="font-medium">{r.outcome === "RETURNED" ? "Returned" : "Approved"}</span>{" "}
                    {formatDateTime(r.at)}
                    {r.comments ? <p className="whitespace-pre-wrap text-slate-700">{r.comments}</p> : null}
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
        <div className="space-y-4 lg:col-span-3">
          <Card title="Draft letter">
            {d.status === "SUBMITTED" ? (
              <DocumentViewer url={`/api/qa/${d.id}/preview`} title={`Draft letter ${d.case.caseNumber}`} />
            ) : (
              <p className="text-sm text-slate-600">No preview: the determination is not waiting for QA.</p>
            )}
          </Card>
          {check ? <DraftTextsWithFlags fields={check.fields} flags={check.flags} /> : null}
          <ReviewerNotes notes={notes} />
        </div>
      </div>
    </>
  );
}
