import Link from "@/components/ui/link.tsx";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/auth/current-actor.ts";
import { AppError } from "@/lib/errors.ts";
import { getOrganization } from "@/lib/organizations/get-organization.ts";
import { ORGANIZATION_KIND_LABELS } from "@/lib/organizations/organization-input.ts";
import { OrganizationForm } from "@/components/organizations/organization-form.tsx";
import { Card, PageHeader } from "@/components/ui/card.tsx";
import { updateOrganizationAction } from "../actions.ts";

export const metadata = { title: "Organization" };

export default async function OrganizationPage({ params }: { params: Promise<{ organizationId: string }> }) {
  const actor = await requireRole("ADMIN");
  const { organizationId } = await params;
  const organization = await getOrganization({ actor, organizationId }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  return (
    <div className="max-w-4xl space-y-6">
      <PageHeader
        title={organization.name}
        description={`${ORGANIZATION_KIND_LABELS[organization.kind]}${organization.parent ? `, part of ${organization.parent.name}` : ""}.`}
        actions={
          <Link href="/admin/organizations" className="text-sm text-brand-700 underline underline-offset-2">
            Back to the directory
          </Link>
        }
      />
      <OrganizationForm
        key={organization.updatedAt.toISOString()}
        values={organization}
        save={updateOrganizationAction}
      />
      <Card title={`Subsidiaries (${organization.children.length})`}>
        {organization.children.length === 0 ? (
          <p className="text-sm text-slate-600">No organization in the directory is part of this one.</p>
        ) : (
          <ul className="list-disc space-y-1 pl-5 text-sm" aria-label="Subsidiaries">
            {organization.children.map((child) => (
              <li key={child.id}>
                <Link
                  href={`/admin/organizations/${child.id}`}
                  className="text-brand-700 underline-offset-2 hover:underline"
                >
                  {child.name}
                </Link>{" "}
                <span className="text-slate-600">({ORGANIZATION_KIND_LABELS[child.kind]})</span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
