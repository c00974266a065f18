// An administrator runs the publication of a copy held back (BLOCKED by the earlier leak check,
// or NEEDS_REVIEW) again, after the redaction rules, the case record or the review edits
// changed: the redaction and the leak check are made afresh from the letter as issued, with
// the copy's review edits; the copy is published if nothing is doubtful and nothing leaks,
// otherwise it waits for review with what is found now. Audited as the administrator.
import { z } from "zod";
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { conflict, notFound } from "../errors.ts";
import type { PublicationOutcome } from "./publish-decision.ts";
import { preparePublication } from "./prepare-publication.ts";
import { parseReviewEdits } from "./review-edits.ts";
import { lockPublication, publicationColumns, settledStatus, madePublic } from "./publication-store.ts";

export const retryPublicationInput = z.object({ publicationId: z.uuid("Unknown publication.") });

export async function retryPublication({
  actor,
  input,
  now = new Date(),
}: {
  actor: Actor | null;
  input: unknown;
  now?: Date;
}): Promise<PublicationOutcome> {
  const admin = requirePermission(actor, "publications.manage");
  const { publicationId } = retryPublicationInput.parse(input);
  return db().$transaction(
    async (tx) => {
      const found = await tx.publishedDecision.findUnique({
        where: { id: publicationId },
        select: { determinationId: true },
      });
      if (!found) throw notFound("Publication");
      await lockPublication(tx, found.determinationId);
      const row = await tx.publishedDecision.findUniqueOrThrow({
        where: { id: publicationId },
        select: { status: true, reviewEdits: true },
      });
      if (row.status !== "BLOCKED" && row.status !== "NEEDS_REVIEW") {
        throw conflict(
          `Only a copy held back for review can be published from here; this one is ${row.status.toLowerCase().replace("_", " ")}.`,
        );
      }
      const edits = parseReviewEdits(row.reviewEdits);
      const prepared = await preparePublication(tx, found.determinationId, edits);
      const status = await settledStatus(tx, prepared);
      const reviewed =
        prepared.status === "PUBLISHED" && edits.length > 0 ? { reviewedAt: now, reviewedById: admin.userId } : {};
      await tx.publishedDecision.update({
        where: { id: publicationId },
        data: { ...publicationColumns(prepared, status, now), ...reviewed },
      });
      if (prepared.status === "PUBLISHED") {
        if (status === "PUBLISHED") await madePublic(tx, prepared);
        await recordAudit(tx, admin, {
          action: "decision.published",
          entityType: "PublishedDecision",
          entityId: publicationId,
          caseId: prepared.caseId,
          payload: {
            publicationId,
            determinationId: found.determinationId,
            version: prepared.version,
            pdfSha256: prepared.pdfSha256!,
          },
        });
      } else {
        await recordAudit(tx, admin, {
          action: "decision.held_for_review",
          entityType: "PublishedDecision",
          entityId: publicationId,
          caseId: prepared.caseId,
          payload: {
            publicationId,
            determinationId: found.determinationId,
            doubts: prepared.leaks.filter((l) => l.doubtful).length,
            leaks: prepared.leaks.filter((l) => !l.doubtful).length,
          },
        });
      }
      return { status, publicationId };
    },
    { timeout: 60_000 },
  );
}
