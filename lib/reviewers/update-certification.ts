// An administrator corrects a board certification. Any change to what it says (board,
// specialty, subspecialty, expiry) clears its verification until it is verified again.
import { z } from "zod";
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { notFound } from "../errors.ts";
import { changedFields, recordId, UNVERIFIED } from "./fields.ts";
import { certificationFields, requireSpecialty } from "./certification-input.ts";
import { reviewerEntity } from "./reviewer-entity.ts";

export const updateCertificationInput = z.object({
  certificationId: recordId("certification"),
  ...certificationFields,
});

export async function updateCertification({
  actor,
  input,
}: {
  actor: Actor | null;
  input: unknown;
}): Promise<{ changed: string[]; verificationCleared: boolean }> {
  const admin = requirePermission(actor, "reviewers.manage");
  const { certificationId, ...fields } = updateCertificationInput.parse(input);
  return db().$transaction(async (tx) => {
    const current = await tx.boardCertification.findUnique({
      where: { id: certificationId },
      select: {
        reviewerId: true,
        board: true,
        specialtyCode: true,
        subspecialty: true,
        expiresOn: true,
        verifiedAt: true,
      },
    });
    if (!current) throw notFound("Certification");
    const changed = changedFields(
      {
        board: current.board,
        specialtyCode: current.specialtyCode,
        subspecialty: current.subspecialty,
        expiresOn: current.expiresOn,
      },
      fields,
    );
    if (changed.length === 0) return { changed, verificationCleared: false };
    if (changed.includes("specialtyCode")) await requireSpecialty(tx, fields.specialtyCode);
    const verificationCleared = current.verifiedAt !== null;
    await tx.boardCertification.update({ where: { id: certificationId }, data: { ...fields, ...UNVERIFIED } });
    await recordAudit(tx, admin, {
      action: "credential.updated",
      ...reviewerEntity(current.reviewerId),
      payload: { credential: "certification", credentialId: certificationId, changed, verificationCleared },
    });
    return { changed, verificationCleared };
  });
}
