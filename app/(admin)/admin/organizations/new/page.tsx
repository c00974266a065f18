import { requireRole } from "@/lib/auth/current-actor.ts";
import { OrganizationForm } from "@/components/organizations/organization-form.tsx";
import { PageHeader } from "@/components/ui/card.tsx";
import { createOrganizationAction } from "../actions.ts";

export const metadata = { title: "Add organization" };

export default async function NewOrganizationPage() {
  await requireRole("ADMIN");
  return (
    <div className="max-w-4xl">
      <PageHeader
        title="Add organization"
        description="Add an organization to the directory, with the other names it is written under and the organization it belongs to."
      />
      <OrganizationForm save={createOrganizationAction} />
    </div>
  );
}
