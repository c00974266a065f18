import { listSpecialties } from "@/lib/cases/specialties.ts";
import { PageHeader } from "@/components/ui/card.tsx";
import { NewCaseForm } from "@/components/cases/new-case-form.tsx";
import { createCaseAction } from "./actions.ts";

export const metadata = { title: "New case" };

export default async function NewCasePage() {
  return (
    <>
      <PageHeader title="New case" description="Enter the IMR application. Fields marked * are required." />
      <NewCaseForm specialties={await listSpecialties()} action={createCaseAction} />
    </>
  );
}
