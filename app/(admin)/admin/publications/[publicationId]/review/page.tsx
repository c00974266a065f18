import Link from "@/components/ui/link.tsx";
import { requireRole } from "@/lib/auth/current-actor.ts";
import { orNotFound } from "@/lib/http/or-not-found.ts";
import { loadRedactionReview } from "@/lib/publication/redaction-review/load-redaction-review.ts";
import { Alert } from "@/components/ui/alert.tsx";
import { PageHeader } from "@/components/ui/card.tsx";
import { RedactionReviewSections, PublishReviewed } from "@/components/publication/redaction-review.tsx";
import { retryPublicationAction } from "../../actions.ts";
import { editRedactionAction } from "./actions.ts";

export const metadata = { title: "Redaction review" };

export default async function RedactionReviewPage({ params }: { params: Promise<{ publicationId: string }> }) {
  const { publicationId } = await params;
  const actor = await requireRole("ADMIN");
  const review = await orNotFound(loadRedactionReview({ actor, input: { publicationId } }));
  if (!review.reviewable) {
    return (
      <>
        <PageHeader title={`Redaction review: case ${review.caseNumber}`} />
        <Alert
          tone={review.status === "PUBLISHED" ? "success" : "info"}
          title={
            review.status === "PUBLISHED"
              ? "Published"
              : `This copy is ${review.status.toLowerCase().replace("_", " ")}`
          }
        >
          There is nothing to review.{" "}
          {review.status === "PUBLISHED" ? (
            <Link href={`/decisions/${review.caseNumber}`} className="font-medium underline underline-offset-2">
              See the public page
            </Link>
          ) : null}{" "}
          <Link href="/admin/publications" className="font-medium underline underline-offset-2">
            Back to the publications
          </Link>
        </Alert>
      </>
    );
  }
  const open = review.doubtful + review.leaks;
  return (
    <>
      <PageHeader
        title={`Redaction review: case ${review.caseNumber}${review.version > 1 ? `, version ${review.version}` : ""}`}
        description="The letter as issued, with what the published copy leaves out. Remove what still identifies someone, keep what the redactor doubted wrongly, then publish."
        actions={
          <Link
            href="/admin/publications?status=NEEDS_REVIEW"
            className="text-sm font-medium text-brand-700 underline underline-offset-2"
          >
            All copies to review
          </Link>
        }
      />
      <div className="mb-4 space-y-3">
        {open > 0 ? (
          <Alert tone="warning" title={`${open} finding${open === 1 ? "" : "s"} to answer`}>
            {review.doubtful} span{review.doubtful === 1 ? "" : "s"} the redactor was unsure of, and {review.leaks}{" "}
            finding{review.leaks === 1 ? "" : "s"} of the independent leak check in the public copy. Remove or keep each
            one.
          </Alert>
        ) : (
          <Alert tone="success" title="Nothing left to answer">
            Every finding is removed or kept. Publish the copy when you are satisfied.
          </Alert>
        )}
        <PublishReviewed
          publicationId={review.publicationId}
          caseNumber={review.caseNumber}
          ready={review.publishable}
          action={retryPublicationAction}
        />
      </div>
      <RedactionReviewSections review={review} edit={editRedactionAction} />
    </>
  );
}
