import { requireRole } from "@/lib/auth/current-actor.ts";
import { getCase } from "@/lib/cases/get-case.ts";
import { documentsWithRendition } from "@/lib/documents/read-letter-rendition.ts";
import { specialtyName } from "@/lib/cases/specialties.ts";
import { listGuidelineOptions } from "@/lib/guidelines/list-guidelines.ts";
import { formatDateTime } from "@/lib/format/dates.ts";
import { CaseFacts } from "@/components/cases/case-facts.tsx";
import { LetterLinks } from "@/components/determinations/letter-links.tsx";
import { ReviewerWorkspace } from "@/components/determinations/reviewer-workspace.tsx";
import { Alert } from "@/components/ui/alert.tsx";
import { PageHeader } from "@/components/ui/card.tsx";
import { offerView } from "@/lib/cases/offer-view.ts";
import { OfferCard } from "@/components/assignments/offer-card.tsx";
import { submitDeterminationAction } from "./actions.ts";
import { createNoteAction, deleteNoteAction, editNoteAction, recordPageViewsAction } from "./reader-actions.ts";
import { listMyReaderNotes } from "@/lib/reader-notes/reader-notes.ts";
import { readingProgress } from "@/lib/reading-progress/page-views.ts";
import { SubmittedCopy } from "@/components/determinations/submitted-copy.tsx";
import { EmployeeLine } from "@/components/determinations/employee-line.tsx";
import { respondToOfferAction } from "../../actions.ts";
import { notFound } from "next/navigation";
import { withdrawnOfferNotice } from "@/lib/cases/withdraw-offer.ts";
import { AppError } from "@/lib/errors.ts";
import Link from "@/components/ui/link.tsx";

export default async function ReviewerCasePage({ params }: { params: Promise<{ caseId: string }> }) {
  const { caseId } = await params;
  const actor = await requireRole("REVIEWER");
  // an offer withdrawn before it was answered: say so, rather than "not found"
  const reachable = await getCase({ actor, caseId }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") return null;
    throw error;
  });
  if (!reachable) {
    const withdrawn = await withdrawnOfferNotice({ actor, caseId });
    if (withdrawn) {
      return (
        <>
          <PageHeader title={`Case ${withdrawn.caseNumber}`} />
          <div className="max-w-3xl space-y-4">
            <Alert tone="info" title="This offer was withdrawn">
              The offer of this case made to you on {formatDateTime(withdrawn.offeredAt)} was withdrawn by the IMR
              administrator on {formatDateTime(withdrawn.withdrawnAt)} (California time). You need not answer it, and
              the case is no longer open to you.
            </Alert>
            <p className="text-sm">
              <Link href="/reviewer" className="font-medium text-brand-700 underline underline-offset-2">
                Back to my cases
              </Link>
            </p>
          </div>
        </>
      );
    }
    notFound();
  }
  // offered only: the offer, not the case file (getCase gives nothing more)
  if (reachable.view === "offer") {
    const { offer } = reachable;
    return (
      <>
        <PageHeader
          title={`Case ${reachable.caseNumber}`}
          description="This case is offered to you. Check the parties for any conflict of interest, then accept or decline it; the case file opens once you accept."
        />
        <div className="max-w-3xl">
          <OfferCard
            offer={offerView(offer, await specialtyName(offer.case.specialtyCode))}
            respond={respondToOfferAction}
            onCasePage
          />
        </div>
      </>
    );
  }
  const kase = reachable;
  const webVersions = await documentsWithRendition(kase.documents.filter((d) => d.kind === "NOTICE").map((d) => d.id));
  const mine = kase.determinations.find((d) => d.reviewerId === actor.reviewerId);
  const open = mine && (mine.status === "DRAFT" || mine.status === "RETURNED") ? mine : undefined;
  const returned = open?.status === "RETURNED" ? open.qaReviews.find((r) => r.outcome === "RETURNED") : undefined;
  const [guidelines, specialty, notes, progress] = await Promise.all([
    open ? listGuidelineOptions() : [],
    specialtyName(kase.specialtyCode),
    listMyReaderNotes({ actor, caseId: kase.id }),
    readingProgress({ actor, caseId: kase.id }),
  ]);
  const readerDocuments = kase.documents.map((d) => ({
    id: d.id,
    kind: d.kind,
    title: d.title,
    documentDate: d.documentDate?.toISOString() ?? null,
    author: d.author,
    pageCount: d.pageCount,
    mimeType: d.mimeType,
  }));
  const submitted = !open && mine && ["SUBMITTED", "APPROVED", "ISSUED"].includes(mine.status) ? mine : undefined;
  return (
    <>
      <PageHeader title={`Case ${kase.caseNumber}`} description="Review the case file and decide each disputed item." />
      <EmployeeLine age={kase.employeeAge} sex={kase.employeeSex} reviewType={kase.reviewType} dueAt={kase.dueAt} />
      <div className="space-y-4">
        <details className="rounded-md bg-white p-3 ring-1 ring-slate-200">
          <summary className="cursor-pointer text-sm font-medium text-slate-900">Case facts</summary>
          <div className="mt-3">
            <CaseFacts kase={kase} specialtyName={specialty} showParties={false} showAssignee={false} />
          </div>
        </details>
        <div className="space-y-4">
          {open?.amendmentReason ? (
            <Alert tone="warning" title={`Amendment (version ${open.version})`}>
              Reason: {open.amendmentReason}
            </Alert>
          ) : null}
          {returned ? (
            <Alert tone="warning" title={`Returned by QA on ${formatDateTime(returned.at)}`}>
              <p className="whitespace-pre-wrap">{returned.comments}</p>
            </Alert>
          ) : null}
          {mine?.status === "SUBMITTED" ? (
            <Alert tone="info" title="Sent to QA">
              Submitted {mine.submittedAt ? formatDateTime(mine.submittedAt) : ""}. You will see it here again if QA
              returns it with comments.
            </Alert>
          ) : null}
          {kase.status === "DECIDED" && !open && mine?.status !== "SUBMITTED" ? (
            <Alert tone="success" title="Final determination issued">
              The letter has been issued to the parties and can no longer change.
            </Alert>
          ) : null}
          <LetterLinks kase={kase} />
          {open ? (
            <ReviewerWorkspace
              key={open.id}
              caseId={kase.id}
              initial={{
                revision: open.revision,
                clinicalSummary: open.clinicalSummary,
                // the saved account of each document: reviewed (no reason), or not relevant with the reason
                documents: open.documentsReviewed.map((d) =>
                  d.notRelevantReason === null
                    ? {
                        documentId: d.documentId,
                        account: "REVIEWED" as const,
                        reason: "",
                        unopenedReason: d.unopenedReason ?? "",
                      }
                    : { documentId: d.documentId, account: "NOT_RELEVANT" as const, reason: d.notRelevantReason },
                ),
                items: kase.items.map((item) => {
                  const saved = open.items.find((d) => d.disputedItemId === item.id);
                  return {
                    disputedItemId: item.id,
                    ordinal: item.ordinal,
                    description: item.description,
                    decision: saved?.decision ?? null,
                    claimsAdminGuideline: saved?.claimsAdminGuideline ?? "",
                    reviewerGuideline: saved?.reviewerGuideline ?? "",
                    guidelineId: saved?.guidelineId ?? null,
                    rationale: saved?.rationale ?? "",
                  };
                }),
              }}
              documents={kase.documents.map((d) => ({
                id: d.id,
                kind: d.kind,
                title: d.title,
                documentDate: d.documentDate?.toISOString() ?? null,
                pageCount: d.pageCount,
                webVersion: webVersions.has(d.id),
              }))}
              readerDocuments={readerDocuments}
              notes={notes}
              progress={progress}
              noteActions={{ create: createNoteAction, edit: editNoteAction, remove: deleteNoteAction }}
              recordPages={recordPageViewsAction}
              guidelines={guidelines}
              submit={submitDeterminationAction}
            />
          ) : null}
          {submitted ? (
            <SubmittedCopy
              caseId={kase.id}
              documents={readerDocuments}
              notes={notes}
              determination={{
                clinicalSummary: submitted.clinicalSummary,
                items: kase.items.map((item) => {
                  const saved = submitted.items.find((d) => d.disputedItemId === item.id);
                  return {
                    ordinal: item.ordinal,
                    description: item.description,
                    decision: saved?.decision ?? null,
                    reviewerGuideline: saved?.reviewerGuideline ?? "",
                    rationale: saved?.rationale ?? "",
                  };
                }),
                documents: submitted.documentsReviewed,
                previewUrl: submitted.status === "ISSUED" ? null : `/api/reviewer/cases/${kase.id}/preview`,
              }}
            />
          ) : null}
        </div>
      </div>
    </>
  );
}
