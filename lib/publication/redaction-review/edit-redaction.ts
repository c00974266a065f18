// An administrator edits the redaction of a copy held back for review: removes more text
// from a section ("remove": every occurrence, any case), keeps text the redactor removed or
// doubted or the leak check found ("keep"), or takes an edit back ("undo"). Only the edit is
// stored (PublishedDecision.reviewEdits) and audited, never the text itself in the audit
// trail; the copy is published by the retry (retry-publication.ts), which applies the edits.
import { z } from "zod";
import { db } from "../../db/client.ts";
import type { Actor } from "../../auth/actor.ts";
import { requirePermission } from "../../auth/permissions.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import { AppError, conflict, notFound } from "../../errors.ts";
import type { Prisma } from "../../db/generated/client.ts";
import { foldString } from "../../redaction/fold.ts";
import { redactIssuedLetter } from "../prepare-publication.ts";
import { lockPublication } from "../publication-store.ts";
import { parseReviewEdits, withEdit, withoutEdit } from "../review-edits.ts";
import { REVIEWABLE } from "./load-redaction-review.ts";

export const editRedactionInput = z.object({
  publicationId: z.uuid("Unknown publication."),
  section: z.string().min(1, "Choose a section.").max(100, "Choose a section."),
  action: z.enum(["remove", "keep", "undo"], "Choose remove, keep or undo."),
  text: z
    .string({ error: "Enter the text." })
    .trim()
    .min(1, "Enter the text to remove or keep.")
    .max(300, "The text is too long (at most 300 characters): remove it in parts.")
    .refine((t) => !t.includes("\u0000"), "The text contains a character that cannot be stored."),
});

const folded = (s: string) => foldString(s).toLowerCase();

export async function editRedaction({
  actor,
  input,
}: {
  actor: Actor | null;
  input: unknown;
}): Promise<{ edits: number }> {
  const admin = requirePermission(actor, "publications.review");
  const { publicationId, section, action, text } = editRedactionInput.parse(input);
  return db().$transaction(async (tx) => {
    const found = await tx.publishedDecision.findUnique({
      where: { id: publicationId },
      select: { determinationId: true },
    });
    if (!found) throw notFound("Publication");
    await lockPublication(tx, found.determinationId);
    const row = await tx.publishedDecision.findUniqueOrThrow({
      where: { id: publicationId },
      select: { status: true, caseId: true, reviewEdits: true },
    });
    if (!REVIEWABLE.has(row.status))
      throw conflict(
        `This copy is ${row.status.toLowerCase().replace("_", " ")}: its redaction can no longer be edited.`,
      );
    const { sections } = await redactIssuedLetter(tx, found.determinationId);
    const original = sections[section];
    if (original === undefined)
      throw new AppError("VALIDATION", "Please correct the highlighted fields.", {
        section: ["That section is not in the letter."],
      });
    if (action !== "undo" && !folded(original).includes(folded(text))) {
      throw new AppError("VALIDATION", "Please correct the highlighted fields.", {
        text: ["That text is not in this section of the letter (check its spelling)."],
      });
    }
    const edits = parseReviewEdits(row.reviewEdits);
    const next = action === "undo" ? withoutEdit(edits, section, text) : withEdit(edits, { section, action, text });
    await tx.publishedDecision.update({
      where: { id: publicationId },
      data: { reviewEdits: next as unknown as Prisma.InputJsonValue },
    });
    await recordAudit(tx, admin, {
      action: "decision.redaction_edited",
      entityType: "PublishedDecision",
      entityId: publicationId,
      caseId: row.caseId,
      payload: { publicationId, action, section, length: text.length },
    });
    return { edits: next.length };
  });
}
