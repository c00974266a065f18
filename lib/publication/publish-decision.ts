// Publishes the redacted public copy of an issued letter (IMR-DOMAIN 11: every final
// determination is published in redacted form). Run by the job queued when the letter is
// issued (lib/qa/approve-determination.ts, job "publish-decision"), as the system. Idempotent:
// a second call for the same determination returns the row the first one made. Nothing
// doubtful and no leak: PUBLISHED with its PDF ("decision.published"); otherwise NEEDS_REVIEW
// with the masked findings and no PDF ("decision.held_for_review"): an administrator reviews
// the redaction (lib/publication/redaction-review) before anything is public.
import { z } from "zod";
import { db } from "../db/client.ts";
import type { PublicationStatus } from "../db/generated/enums.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { systemActor } from "../auth/actor.ts";
import { notFound } from "../errors.ts";
import { preparePublication } from "./prepare-publication.ts";
import { lockPublication, publicationColumns, settledStatus, madePublic } from "./publication-store.ts";

export type PublicationOutcome = { status: PublicationStatus; publicationId: string };

export async function publishDecision(determinationId: string, now = new Date()): Promise<PublicationOutcome> {
  const parsed = z.uuid().safeParse(determinationId);
  if (!parsed.success) throw notFound("Determination");
  const id = parsed.data;
  return db().$transaction(
    async (tx) => {
      await lockPublication(tx, id);
      const existing = await tx.publishedDecision.findUnique({
        where: { determinationId: id },
        select: { id: true, status: true },
      });
      if (existing) return { status: existing.status, publicationId: existing.id };

      const prepared = await preparePublication(tx, id);
      const status = await settledStatus(tx, prepared);
      const row = await tx.publishedDecision.create({
        data: { determinationId: id, ...publicationColumns(prepared, status, now) },
        select: { id: true },
      });
      if (prepared.status === "PUBLISHED") {
        if (status === "PUBLISHED") await madePublic(tx, prepared);
        await recordAudit(tx, systemActor, {
          action: "decision.published",
          entityType: "PublishedDecision",
          entityId: row.id,
          caseId: prepared.caseId,
          payload: {
            publicationId: row.id,
            determinationId: id,
            version: prepared.version,
            pdfSha256: prepared.pdfSha256!,
          },
        });
      } else {
        await recordAudit(tx, systemActor, {
          action: "decision.held_for_review",
          entityType: "PublishedDecision",
          entityId: row.id,
          caseId: prepared.caseId,
          payload: {
            publicationId: row.id,
            determinationId: id,
            doubts: prepared.leaks.filter((l) => l.doubtful).length,
            leaks: prepared.leaks.filter((l) => !l.doubtful).length,
          },
        });
      }
      return { status, publicationId: row.id };
    },
    { timeout: 60_000 },
  );
}
