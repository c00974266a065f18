import Link from "@/components/ui/link.tsx";
import { documentsWithRendition } from "@/lib/documents/read-letter-rendition.ts";
import { requireRole } from "@/lib/auth/current-actor.ts";
import { getCaseFile } from "@/lib/cases/get-case.ts";
import { statusAllows } from "@/lib/cases/case-status-rules.ts";
import { specialtyName } from "@/lib/cases/specialties.ts";
import { evaluateEligibility } from "@/lib/intake/confirm-eligibility.ts";
import { intakeCaseView } from "@/lib/intake/intake-case-view.ts";
import { formatDateTime } from "@/lib/format/dates.ts";
import { CaseFacts } from "@/components/cases/case-facts.tsx";
import { DeadlinesPanel } from "@/components/cases/deadlines-panel.tsx";
import { LetterLinks } from "@/components/determinations/letter-links.tsx";
import { DocumentsPanel } from "@/components/intake/documents-panel.tsx";
import { progressOf } from "@/components/reader/text-progress.tsx";
import { textProgressOf } from "@/lib/reader/text-progress.ts";
import { EligibilityPanel } from "@/components/intake/eligibility-panel.tsx";
import { RecordsPanel } from "@/components/intake/records-panel.tsx";
import { intakeSubmissionsView } from "@/lib/records/submission/intake-submissions-view.ts";
import { Alert } from "@/components/ui/alert.tsx";
import { PageHeader } from "@/components/ui/card.tsx";
import { buttonClass } from "@/components/ui/button-styles.ts";
import { confirmEligibilityAction, markRecordsCompleteAction } from "./actions.ts";
import { orNotFound } from "@/lib/http/or-not-found.ts";
import { partyAccessCodes } from "@/lib/parties/party-access-codes-view.ts";
import { ReissueAccessCodesCard } from "@/components/parties/reissue-access-codes-card.tsx";
import { reissueAccessCodeAction } from "./reissue-actions.ts";
import { applicationForEdit } from "@/lib/cases/edit-application.ts";
import { EditApplicationCard } from "@/components/cases/edit-application-form.tsx";
import { editApplicationAction } from "./application-actions.ts";
import { caseInformationRequests } from "@/lib/information-requests/case-information-requests.ts";
import { partyRoleLabel } from "@/lib/parties/party-role-labels.ts";
import { InformationRequestsPanel } from "@/components/intake/information-requests-panel.tsx";
import { informationRequestRows } from "@/components/intake/information-request-rows.ts";
import { sendInformationRequestAction } from "./information-request-actions.ts";

export default async function IntakeCasePage({ params }: { params: Promise<{ caseId: string }> }) {
  const { caseId } = await params;
  const actor = await requireRole("INTAKE", "ADMIN");
  const kase = await orNotFound(getCaseFile({ actor, caseId }));
  const textProgress = textProgressOf(kase.documents);
  const [view, specialty, codes, application, sent, requests] = await Promise.all([
    intakeCaseView(kase.id),
    specialtyName(kase.specialtyCode),
    partyAccessCodes({ actor, caseId: kase.id }),
    applicationForEdit({ actor, caseId: kase.id }),
    intakeSubmissionsView({ actor, caseId: kase.id }),
    caseInformationRequests({ actor, caseId: kase.id }),
  ]);
  const webVersions = await documentsWithRendition(
    view.kase.documents.filter((d) => d.kind === "NOTICE").map((d) => d.id),
  );
  const computed = statusAllows(kase.status, "eligibility.decide") ? await evaluateEligibility(kase.id) : null;
  return (
    <>
      <PageHeader
        title={`Case ${kase.caseNumber}`}
        actions={
          actor.role === "ADMIN" ? (
            <Link href={`/admin/cases/${kase.id}`} className={buttonClass("secondary")}>
              Open in assignment
            </Link>
          ) : null
        }
      />
      <div className="grid gap-4 lg:grid-cols-5">
        <div className="space-y-4 lg:col-span-2">
          <CaseFacts kase={kase} specialtyName={specialty} />
          <EditApplicationCard application={application} action={editApplicationAction} />
          <ReissueAccessCodesCard
            codes={codes}
            reissue={reissueAccessCodeAction}
            codesHref={`/intake/cases/${kase.id}/codes`}
          />
          <DeadlinesPanel deadlines={view.deadlines} />
        </div>
        <div className="space-y-4 lg:col-span-3">
          <LetterLinks kase={kase} />
          {view.kase.eligibilityOutcome && !computed ? (
            <Alert
              tone={view.kase.eligibilityOutcome === "ELIGIBLE" ? "success" : "warning"}
              title={`Eligibility: ${view.kase.eligibilityOutcome.toLowerCase().replace("_", " ")}`}
            >
              Decided {view.kase.eligibilityDecidedAt ? formatDateTime(view.kase.eligibilityDecidedAt) : ""}.
              {view.kase.eligibilityOverrideReason
                ? ` Decided against the rules' finding: ${view.kase.eligibilityOverrideReason}`
                : ""}
            </Alert>
          ) : null}
          {computed ? (
            <EligibilityPanel caseId={kase.id} computed={computed} decide={confirmEligibilityAction} />
          ) : null}
          <RecordsPanel
            caseId={kase.id}
            requests={view.kase.recordsRequests.map((r) => ({
              id: r.id,
              description: r.description,
              dueAt: r.dueAt.toISOString(),
              receivedAt: r.receivedAt?.toISOString() ?? null,
              late: !r.receivedAt && r.dueAt.getTime() < view.now.getTime(),
            }))}
            submissions={sent.submissions}
            declarations={sent.declarations}
            canComplete={statusAllows(kase.status, "records.complete")}
            completedAt={view.kase.recordsCompleteAt?.toISOString() ?? null}
            complete={markRecordsCompleteAction}
          />
          <InformationRequestsPanel
            caseId={kase.id}
            parties={codes.map((c) => ({ id: c.partyId, label: `${partyRoleLabel(c.role)}: ${c.name}` }))}
            requests={informationRequestRows(requests)}
            canSend={statusAllows(kase.status, "documents.upload")}
            send={sendInformationRequestAction}
          />
          <DocumentsPanel
            caseId={kase.id}
            canUpload={statusAllows(kase.status, "documents.upload")}
            documents={view.kase.documents.map((d) => ({
              id: d.id,
              kind: d.kind,
              title: d.title,
              documentDate: d.documentDate?.toISOString() ?? null,
              pageCount: d.pageCount,
              mimeType: d.mimeType,
              webVersion: webVersions.has(d.id),
              textProgress: progressOf(textProgress, d.id),
            }))}
          />
        </div>
      </div>
    </>
  );
}
