import { requireRole } from "@/lib/auth/current-actor.ts";
import { NewReviewerForm } from "@/components/reviewers/new-reviewer-form.tsx";
import { PageHeader } from "@/components/ui/card.tsx";
import { createReviewerAction } from "../actions.ts";

export const metadata = { title: "Add reviewer" };

export default async function NewReviewerPage() {
  await requireRole("ADMIN");
  return (
    <div className="max-w-3xl">
      <PageHeader
        title="Add reviewer"
        description="Create the physician's account and practice record. Credentials, affiliations and leave follow on the reviewer's page."
      />
      <NewReviewerForm create={createReviewerAction} />
    </div>
  );
}
