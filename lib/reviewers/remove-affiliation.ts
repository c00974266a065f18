// An administrator removes an affiliation that no longer holds (the audit row keeps it).
import { z } from "zod";
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { notFound } from "../errors.ts";
import { recordId } from "./fields.ts";
import { reviewerEntity } from "./reviewer-entity.ts";

export const removeAffiliationInput = z.object({ affiliationId: recordId("affiliation") });

export async function removeAffiliation({
  actor,
  input,
}: {
  actor: Actor | null;
  input: unknown;
}): Promise<{ removed: true }> {
  const admin = requirePermission(actor, "reviewers.manage");
  const { affiliationId } = removeAffiliationInput.parse(input);
  return db().$transaction(async (tx) => {
    const found = await tx.affiliation.findUnique({
      where: { id: affiliationId },
      select: { reviewerId: true, kind: true, normalizedName: true },
    });
    if (!found) throw notFound("Affiliation");
    if ((await tx.affiliation.deleteMany({ where: { id: affiliationId } })).count !== 1) throw notFound("Affiliation");
    await recordAudit(tx, admin, {
      action: "affiliation.removed",
      ...reviewerEntity(found.reviewerId),
      payload: { affiliationId, kind: found.kind, normalizedName: found.normalizedName },
    });
    return { removed: true };
  });
}
