// An online filing for intake to verify: the application as filed beside its papers, the
// filing window, a possible duplicate, then accept as a case or reject (lib/filings).
import Link from "@/components/ui/link.tsx";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/current-actor.ts";
import { listSpecialties } from "@/lib/cases/specialties.ts";
import { AppError } from "@/lib/errors.ts";
import { getFilingForIntake } from "@/lib/filings/filing-for-intake.ts";
import { formatDateTime, formatLongIsoDate } from "@/lib/format/dates.ts";
import { listTreatmentCategories } from "@/lib/intake/treatment-categories.ts";
import type { DraftValues } from "@/components/cases/application-fields.tsx";
import { Alert } from "@/components/ui/alert.tsx";
import { Badge } from "@/components/ui/badge.tsx";
import { Card, DefinitionList, PageHeader } from "@/components/ui/card.tsx";
import { FilingPapersPanel } from "@/components/filings/filing-papers-panel.tsx";
import { FilingStatusBadge } from "@/components/filings/filing-status-badge.tsx";
import { VerifyFilingForm } from "@/components/filings/verify-filing-form.tsx";
import { acceptFilingAction, rejectFilingAction } from "./actions.ts";

export const metadata = { title: "Online filing" };

/** The filing's values as the intake form's draft (same field names; items as a list). */
function asDraft(data: Record<string, unknown>): DraftValues {
  const draft: DraftValues = {};
  for (const [key, value] of Object.entries(data)) {
    if (typeof value === "string" || typeof value === "boolean") draft[key] = value;
    else if (Array.isArray(value)) draft[key] = value.map(String);
  }
  draft.employeeServiceMethod = "MAIL";
  return draft;
}

export default async function FilingPage({ params }: { params: Promise<{ filingId: string }> }) {
  const { filingId } = await params;
  const actor = await requireRole("INTAKE", "ADMIN");
  const filing = await getFilingForIntake({ actor, filingId }).catch((error) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const [specialties, categories] = await Promise.all([listSpecialties(), listTreatmentCategories()]);
  const w = filing.window;
  return (
    <>
      <PageHeader
        title={`Online filing ${filing.filingNumber}`}
        description={`Filed ${formatDateTime(filing.receivedAt)} by ${filing.filerName} (${filing.filerRole === "REPRESENTATIVE" ? "the employee's representative" : "the employee"}), in ${filing.lang === "es" ? "Spanish" : "English"}.`}
      />
      <div className="mb-4 flex flex-wrap items-center gap-2">
        <FilingStatusBadge status={filing.status} />
        {filing.late ? <Badge tone="amber">Late</Badge> : null}
        <Link href="/intake/filings" className="text-sm text-brand-700 underline">
          Back to the queue
        </Link>
      </div>
      {filing.status === "ACCEPTED" && filing.caseId ? (
        <Alert tone="success">
          Accepted as case{" "}
          <Link href={`/intake/cases/${filing.caseId}`} className="underline">
            {filing.caseNumber}
          </Link>
          .
        </Alert>
      ) : null}
      {filing.status === "REJECTED" ? (
        <Alert tone="warning" title="Rejected">
          {filing.rejectReason}
        </Alert>
      ) : null}
      {filing.duplicate ? (
        <Alert tone="warning" title="Possible duplicate">
          The same employee, UR decision and treatment ({filing.duplicate.sameItems.join(", ")}) are in open case{" "}
          <Link href={`/intake/cases/${filing.duplicate.caseId}`} className="underline">
            {filing.duplicate.caseNumber}
          </Link>
          . Reject this application as a duplicate, or accept it as a separate case with a reason.
        </Alert>
      ) : null}
      <div className="mt-4 grid gap-6 lg:grid-cols-2">
        <div className="space-y-6">
          <Card title="As filed">
            <DefinitionList
              items={[
                ["Signed", `${filing.signedName}, ${formatDateTime(filing.signedAt)} (typed name and attestation)`],
                ["Filer's e-mail", filing.filerEmail],
                [
                  "Filing window",
                  w.known
                    ? `Last day ${formatLongIsoDate(w.dueDate)} (${w.days} days${w.method ? "" : ", service method unknown: mailed window"})${w.late ? ": filed late" : ": in time"}`
                    : "Unknown",
                ],
                ...(filing.lateExplanation ? ([["Why late", filing.lateExplanation]] as [string, string][]) : []),
              ]}
            />
          </Card>
          {filing.status === "PENDING" ? (
            <VerifyFilingForm
              filingId={filing.id}
              initial={asDraft(filing.data)}
              duplicateCaseNumber={filing.duplicate?.caseNumber ?? null}
              specialties={specialties}
              categories={categories}
              accept={acceptFilingAction}
              reject={rejectFilingAction}
            />
          ) : null}
        </div>
        <div className="lg:sticky lg:top-4 lg:self-start">
          <Card title="Papers">
            <FilingPapersPanel filingId={filing.id} papers={filing.papers} />
          </Card>
        </div>
      </div>
    </>
  );
}
