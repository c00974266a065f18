// An administrator records a board certification for a reviewer. It starts unverified.
import { z } from "zod";
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { recordId } from "./fields.ts";
import { certificationFields, certificationSummary, requireSpecialty } from "./certification-input.ts";
import { requireReviewer, reviewerEntity } from "./reviewer-entity.ts";

export const addCertificationInput = z.object({ reviewerId: recordId("reviewer"), ...certificationFields });

export async function addCertification({
  actor,
  input,
}: {
  actor: Actor | null;
  input: unknown;
}): Promise<{ certificationId: string }> {
  const admin = requirePermission(actor, "reviewers.manage");
  const { reviewerId, ...fields } = addCertificationInput.parse(input);
  return db().$transaction(async (tx) => {
    await requireReviewer(tx, reviewerId);
    await requireSpecialty(tx, fields.specialtyCode);
    const certification = await tx.boardCertification.create({ data: { reviewerId, ...fields }, select: { id: true } });
    await recordAudit(tx, admin, {
      action: "credential.added",
      ...reviewerEntity(reviewerId),
      payload: { credential: "certification", credentialId: certification.id, summary: certificationSummary(fields) },
    });
    return { certificationId: certification.id };
  });
}
