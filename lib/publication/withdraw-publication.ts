// An administrator withdraws a published decision from the public search (with a reason,
// audited "decision.withdrawn"). Only a PUBLISHED copy can be withdrawn; it stays stored, but
// neither the search nor the PDF link shows it again.
import { z } from "zod";
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { conflict, notFound } from "../errors.ts";

export const withdrawPublicationInput = z.object({
  publicationId: z.uuid("Unknown publication."),
  reason: z
    .string({ error: "Give the reason for the withdrawal." })
    .trim()
    .min(10, "Give the reason for the withdrawal (at least 10 characters).")
    .max(1000, "The reason is too long (at most 1000 characters)."),
});

export async function withdrawPublication({
  actor,
  input,
  now = new Date(),
}: {
  actor: Actor | null;
  input: unknown;
  now?: Date;
}): Promise<{ publicationId: string }> {
  const admin = requirePermission(actor, "publications.manage");
  const { publicationId, reason } = withdrawPublicationInput.parse(input);
  return db().$transaction(async (tx) => {
    const withdrawn = await tx.publishedDecision.updateMany({
      where: { id: publicationId, status: "PUBLISHED" },
      data: { status: "WITHDRAWN", withdrawnAt: now, withdrawnById: admin.userId, withdrawalReason: reason },
    });
    const row = await tx.publishedDecision.findUnique({
      where: { id: publicationId },
      select: { status: true, caseId: true, caseNumber: true },
    });
    if (!row) throw notFound("Publication");
    if (withdrawn.count !== 1)
      throw conflict(`Only a published decision can be withdrawn; this one is ${row.status.toLowerCase()}.`);
    await recordAudit(tx, admin, {
      action: "decision.withdrawn",
      entityType: "PublishedDecision",
      entityId: publicationId,
      caseId: row.caseId,
      payload: { publicationId, caseNumber: row.caseNumber, reason },
    });
    return { publicationId };
  });
}
