// The redaction review of a copy held back from publication (IMR-DOMAIN 11): the issued
// letter's sections with every span the redactor removed or doubted highlighted in place,
// what the independent leak check still finds in the public copy, and the edits made so far.
// An administrator reads the unredacted letter here, so opening it is audited.
import { z } from "zod";
import { db } from "../../db/client.ts";
import type { Actor } from "../../auth/actor.ts";
import { requirePermission } from "../../auth/permissions.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import { notFound } from "../../errors.ts";
import { sectionLabel } from "../letter-sections.ts";
import { redactIssuedLetter } from "../prepare-publication.ts";
import { parseReviewEdits } from "../review-edits.ts";
import { reviewSegments, type ReviewSegment } from "./review-segments.ts";

export const redactionReviewInput = z.object({ publicationId: z.uuid("Unknown publication.") });

export type ReviewSection = {
  key: string;
  label: string;
  segments: ReviewSegment[];
  /** the independent leak check's findings in this section's public copy */
  leaks: { found: string; kind: string }[];
  /** edits made in this section */
  edits: { action: "remove" | "keep"; text: string }[];
};

export type RedactionReview = {
  publicationId: string;
  caseNumber: string;
  version: number;
  status: string;
  /** false once the copy is published, withdrawn or superseded: nothing is shown to review */
  reviewable: boolean;
  sections: ReviewSection[];
  doubtful: number;
  leaks: number;
  publishable: boolean;
};

export const REVIEWABLE = new Set(["NEEDS_REVIEW", "BLOCKED"]);

export async function loadRedactionReview({
  actor,
  input,
}: {
  actor: Actor | null;
  input: unknown;
}): Promise<RedactionReview> {
  const admin = requirePermission(actor, "publications.review");
  const { publicationId } = redactionReviewInput.parse(input);
  return db().$transaction(async (tx) => {
    const row = await tx.publishedDecision.findUnique({
      where: { id: publicationId },
      select: {
        id: true,
        determinationId: true,
        caseId: true,
        caseNumber: true,
        version: true,
        status: true,
        reviewEdits: true,
      },
    });
    if (!row) throw notFound("Publication");
    if (!REVIEWABLE.has(row.status)) {
      return {
        publicationId: row.id,
        caseNumber: row.caseNumber,
        version: row.version,
        status: row.status,
        reviewable: false,
        sections: [],
        doubtful: 0,
        leaks: 0,
        publishable: false,
      };
    }
    const edits = parseReviewEdits(row.reviewEdits);
    const { sections, redacted } = await redactIssuedLetter(tx, row.determinationId, edits);
    await recordAudit(tx, admin, {
      action: "decision.redaction_opened",
      entityType: "PublishedDecision",
      entityId: row.id,
      caseId: row.caseId,
      payload: { publicationId: row.id, determinationId: row.determinationId },
    });
    const shown = Object.entries(sections).map(([key, original]): ReviewSection => ({
      key,
      label: sectionLabel(key),
      segments: reviewSegments(
        original,
        redacted.spans.filter((s) => s.section === key),
      ),
      leaks: redacted.leaks.filter((l) => l.section === key).map((l) => ({ found: l.found, kind: String(l.kind) })),
      edits: edits.filter((e) => e.section === key).map(({ action, text }) => ({ action, text })),
    }));
    return {
      publicationId: row.id,
      caseNumber: row.caseNumber,
      version: row.version,
      status: row.status,
      reviewable: true,
      // sections with something to look at first, in letter order
      sections: [...shown.filter(hasFindings), ...shown.filter((s) => !hasFindings(s))],
      doubtful: redacted.spans.filter((s) => s.status === "doubtful").length,
      leaks: redacted.leaks.length,
      publishable: redacted.publishable,
    };
  });
}

const hasFindings = (s: ReviewSection) =>
  s.leaks.length > 0 || s.segments.some((seg) => seg.span?.status === "doubtful");
