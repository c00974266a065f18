import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/current-actor.ts";
import { getCase } from "@/lib/cases/get-case.ts";
import { specialtyName } from "@/lib/cases/specialties.ts";
import { AppError } from "@/lib/errors.ts";
import { CaseFacts } from "@/components/cases/case-facts.tsx";
import { LetterLinks } from "@/components/determinations/letter-links.tsx";
import { DeterminationForm } from "@/components/determinations/determination-form.tsx";
import { PageHeader } from "@/components/ui/card.tsx";
import { Alert } from "@/components/ui/alert.tsx";
import { saveDraftAction, submitDeterminationAction } from "./actions.ts";

export default async function ReviewerCasePage({ params }: { params: Promise<{ caseId: string }> }) {
  const { caseId } = await params;
  const actor = await requireRole("REVIEWER");
  const kase = await getCase({ actor, caseId }).catch((error) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const draft = kase.status === "ASSIGNED" ? kase.determinations.find((d) => d.status === "DRAFT") : undefined;
  return (
    <>
      <PageHeader title={`Case ${kase.caseNumber}`} description="Review the case and decide each disputed item." />
      <div className="grid gap-4 lg:grid-cols-5">
        <div className="lg:col-span-2">
          <CaseFacts kase={kase} specialtyName={await specialtyName(kase.specialtyCode)} showParties={false} />
        </div>
        <div className="space-y-4 lg:col-span-3">
          {kase.status === "DECIDED" ? (
            <Alert tone="success" title="Final determination issued">The letter has been issued to the parties and can no longer change.</Alert>
          ) : null}
          <LetterLinks kase={kase} />
          {draft ? (
            <DeterminationForm
              caseId={kase.id}
              initial={{
                clinicalSummary: draft.clinicalSummary,
                items: kase.items.map((item) => {
                  const saved = draft.items.find((d) => d.disputedItemId === item.id);
                  return {
                    disputedItemId: item.id,
                    ordinal: item.ordinal,
                    description: item.description,
                    decision: saved?.decision ?? null,
                    claimsAdminGuideline: saved?.claimsAdminGuideline ?? "",
                    reviewerGuideline: saved?.reviewerGuideline ?? "",
                    rationale: saved?.rationale ?? "",
                  };
                }),
              }}
              saveDraft={saveDraftAction}
              submit={submitDeterminationAction}
            />
          ) : null}
        </div>
      </div>
    </>
  );
}
