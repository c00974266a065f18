// An administrator removes a board certification recorded in error (the audit row keeps what it was).
import { z } from "zod";
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { notFound } from "../errors.ts";
import { recordId } from "./fields.ts";
import { certificationSummary } from "./certification-input.ts";
import { reviewerEntity } from "./reviewer-entity.ts";

export const removeCertificationInput = z.object({ certificationId: recordId("certification") });

export async function removeCertification({
  actor,
  input,
}: {
  actor: Actor | null;
  input: unknown;
}): Promise<{ removed: true }> {
  const admin = requirePermission(actor, "reviewers.manage");
  const { certificationId } = removeCertificationInput.parse(input);
  return db().$transaction(async (tx) => {
    const found = await tx.boardCertification.findUnique({
      where: { id: certificationId },
      select: { reviewerId: true, board: true, specialtyCode: true, subspecialty: true },
    });
    if (!found) throw notFound("Certification");
    const removed = await tx.boardCertification.deleteMany({ where: { id: certificationId } });
    if (removed.count !== 1) throw notFound("Certification");
    await recordAudit(tx, admin, {
      action: "credential.removed",
      ...reviewerEntity(found.reviewerId),
      payload: { credential: "certification", credentialId: certificationId, summary: certificationSummary(found) },
    });
    return { removed: true };
  });
}
