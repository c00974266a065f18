import Link from "@/components/ui/link.tsx";
import { requireRole } from "@/lib/auth/current-actor.ts";
import { getCaseSummaryPage } from "@/lib/cases/get-case.ts";
import { statusAllows } from "@/lib/cases/case-status-rules.ts";
import { adminCaseView } from "@/lib/cases/admin-case-view.ts";
import { listCaseCandidates } from "@/lib/cases/list-case-candidates.ts";
import { CaseFacts } from "@/components/cases/case-facts.tsx";
import { DeadlinesPanel } from "@/components/cases/deadlines-panel.tsx";
import { DocumentsPanel } from "@/components/intake/documents-panel.tsx";
import { progressOf } from "@/components/reader/text-progress.tsx";
import { LetterLinks } from "@/components/determinations/letter-links.tsx";
import { CandidateList } from "@/components/matching/candidate-list.tsx";
import { AssignmentPanel } from "@/components/assignments/assignment-panel.tsx";
import { Card, PageHeader } from "@/components/ui/card.tsx";
import { buttonClass } from "@/components/ui/button-styles.ts";
import { AmendmentForm } from "@/components/determinations/amendment-form.tsx";
import { PossibleConflicts } from "@/components/matching/possible-conflicts.tsx";
import { candidatesShown, withPossibleConflict } from "@/components/matching/candidates-shown.ts";
import { firstValues, type RawSearchParams } from "@/lib/format/search-params.ts";
import {
  assignReviewerAction,
  autoAssignAction,
  decidePossibleConflictAction,
  startAmendmentAction,
  withdrawOfferAction,
} from "./actions.ts";
import { orNotFound } from "@/lib/http/or-not-found.ts";
import { caseHistory } from "@/lib/audit-viewer/case-history.ts";
import { CaseHistoryCard } from "@/components/audit/case-history-card.tsx";

/** ?reviewers=all lists every candidate; otherwise the first of each list (candidates-shown.ts). */
export default async function AdminCasePage({
  params,
  searchParams,
}: {
  params: Promise<{ caseId: string }>;
  searchParams: Promise<RawSearchParams>;
}) {
  const { caseId } = await params;
  const showAll = firstValues(await searchParams).reviewers === "all";
  const actor = await requireRole("ADMIN");
  const { kase, specialtyName: specialty, webVersions } = await orNotFound(getCaseSummaryPage({ actor, caseId }));
  const waiting = statusAllows(kase.status, "assignment.offer");
  const view = adminCaseView({ actor, kase, webVersions });
  const [candidates, history] = await Promise.all([
    waiting ? listCaseCandidates({ actor, caseId: kase.id }) : [],
    caseHistory({ actor, input: { caseId: kase.id }, opened: kase }),
  ]);
  return (
    <>
      <PageHeader
        title={`Case ${kase.caseNumber}`}
        description="Offer the case to a physician reviewer who is qualified and free of conflicts; the reviewer accepts or declines. An offer not answered yet can be withdrawn."
        actions={
          <Link href={`/intake/cases/${kase.id}`} className={buttonClass("secondary")}>
            Open in intake
          </Link>
        }
      />
      <div className="grid gap-4 lg:grid-cols-5">
        <div className="space-y-4 lg:col-span-2">
          <CaseFacts kase={kase} specialtyName={specialty} />
          <DeadlinesPanel deadlines={view.deadlines} />
        </div>
        <div className="space-y-4 lg:col-span-3">
          <LetterLinks kase={kase} webVersions={view.webVersions} />
          <AssignmentPanel assignments={kase.assignments} withdraw={withdrawOfferAction} />
          {statusAllows(kase.status, "amendment.start") &&
          !kase.determinations.some((d) => ["DRAFT", "RETURNED", "SUBMITTED"].includes(d.status)) ? (
            <AmendmentForm caseId={kase.id} start={startAmendmentAction} />
          ) : null}
          {kase.determinations.some(
            (d) => d.amendmentReason && ["DRAFT", "RETURNED", "SUBMITTED"].includes(d.status),
          ) ? (
            <Card title="Amendment in progress">
              <p className="text-sm">An amended letter is with the reviewer or QA.</p>
            </Card>
          ) : null}
          {waiting ? (
            <PossibleConflicts
              caseId={kase.id}
              candidates={withPossibleConflict(candidates)}
              decide={decidePossibleConflictAction}
            />
          ) : null}
          {waiting ? (
            <CandidateList
              caseId={kase.id}
              shown={candidatesShown(candidates, showAll)}
              showAllHref={showAll ? null : `/admin/cases/${kase.id}?reviewers=all#qualified-reviewers`}
              assign={assignReviewerAction}
              autoAssign={autoAssignAction}
            />
          ) : null}
          <DocumentsPanel
            caseId={kase.id}
            canUpload={false}
            documents={view.documents.map((d) => ({ ...d, textProgress: progressOf(view.textProgress, d.id) }))}
          />
          <CaseHistoryCard history={history} />
        </div>
      </div>
    </>
  );
}
