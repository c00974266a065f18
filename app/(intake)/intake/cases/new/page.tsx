import { requireRole } from "@/lib/auth/current-actor.ts";
import { listSpecialties } from "@/lib/cases/specialties.ts";
import { listTreatmentCategories } from "@/lib/intake/treatment-categories.ts";
import { loadApplicationDraft } from "@/lib/intake/application-draft.ts";
import { PageHeader } from "@/components/ui/card.tsx";
import { NewCaseForm } from "@/components/cases/new-case-form.tsx";
import { createCaseAction, discardApplicationDraftAction, saveApplicationDraftAction } from "./actions.ts";

export const metadata = { title: "New case" };

export default async function NewCasePage({ searchParams }: { searchParams: Promise<{ after?: string }> }) {
  const { after } = await searchParams;
  const actor = await requireRole("INTAKE", "ADMIN");
  const [specialties, categories, draft] = await Promise.all([
    listSpecialties(),
    listTreatmentCategories(),
    loadApplicationDraft({ actor }),
  ]);
  return (
    <>
      <PageHeader
        title="New case"
        description="Enter the Application for Independent Medical Review (DWC Form IMR). Fields marked * are required; dates are typed as MM/DD/YYYY; the form is saved as you type."
      />
      <NewCaseForm
        key={after ?? "first"}
        specialties={specialties}
        categories={categories}
        draft={draft ? { data: draft.data, savedAt: draft.savedAt.toISOString() } : null}
        owner={actor.userId}
        action={createCaseAction}
        saveDraft={saveApplicationDraftAction}
        discardDraft={discardApplicationDraftAction}
      />
    </>
  );
}
