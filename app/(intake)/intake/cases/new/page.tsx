import { listSpecialties } from "@/lib/cases/specialties.ts";
import { PageHeader } from "@/components/ui/card.tsx";
import { NewCaseForm } from "@/components/cases/new-case-form.tsx";
import { createCaseAction } from "./actions.ts";

export const metadata = { title: "New case" };

export default async function NewCasePage({ searchParams }: { searchParams: Promise<{ after?: string }> }) {
  const { after } = await searchParams;
  return (
    <>
      <PageHeader title="New case" description="Enter the IMR application. Fields marked * are required." />
      <NewCaseForm key={after ?? "first"} specialties={await listSpecialties()} action={createCaseAction} />
    </>
  );
}
