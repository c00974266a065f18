// An administrator runs the publication of a BLOCKED copy again (after the redaction, the case
// record or the letter was corrected): the redaction and the leak check are made afresh from
// the letter as issued; the copy is published if nothing remains, otherwise it stays blocked
// with what is found now. Audited as the administrator.
import { z } from "zod";
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { conflict, notFound } from "../errors.ts";
import type { PublicationOutcome } from "./publish-decision.ts";
import { preparePublication } from "./prepare-publication.ts";
import { lockPublication, publicationColumns, settledStatus, madePublic } from "./publication-store.ts";

export const retryPublicationInput = z.object({ publicationId: z.uuid("Unknown publication.") });

export async function retryPublication({ actor, input, now = new Date() }: { actor: Actor | null; input: unknown; now?: Date }): Promise<PublicationOutcome> {
  const admin = requirePermission(actor, "publications.manage");
  const { publicationId } = retryPublicationInput.parse(input);
  return db().$transaction(async (tx) => {
    const found = await tx.publishedDecision.findUnique({ where: { id: publicationId }, select: { determinationId: true } });
    if (!found) throw notFound("Publication");
    await lockPublication(tx, found.determinationId);
    const row = await tx.publishedDecision.findUniqueOrThrow({ where: { id: publicationId }, select: { status: true } });
    if (row.status !== "BLOCKED") throw conflict(`Only a blocked publication can be retried; this one is ${row.status.toLowerCase()}.`);

    const prepared = await preparePublication(tx, found.determinationId);
    const status = await settledStatus(tx, prepared);
    await tx.publishedDecision.update({ where: { id: publicationId }, data: publicationColumns(prepared, status, now) });
    if (prepared.status === "PUBLISHED") {
      if (status === "PUBLISHED") await madePublic(tx, prepared);
      await recordAudit(tx, admin, {
        action: "decision.published",
        entityType: "PublishedDecision",
        entityId: publicationId,
        caseId: prepared.caseId,
        payload: { publicationId, determinationId: found.determinationId, version: prepared.version, pdfSha256: prepared.pdfSha256! },
      });
    } else {
      await recordAudit(tx, admin, {
        action: "decision.publication_blocked",
        entityType: "PublishedDecision",
        entityId: publicationId,
        caseId: prepared.caseId,
        payload: { publicationId, determinationId: found.determinationId, leakKinds: [...new Set(prepared.leaks.map((l) => l.kind))], leaks: prepared.leaks.length },
      });
    }
    return { status, publicationId };
  }, { timeout: 60_000 });
}
