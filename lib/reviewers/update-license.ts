// An administrator corrects a license. Any change to what the license says (state, number,
// status, restriction, expiry) clears its verification: the new facts have not been
// checked against a source yet, so matching stops counting it until verified again.
import { z } from "zod";
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { notFound } from "../errors.ts";
import { changedFields, isUniqueViolation, recordId, UNVERIFIED } from "./fields.ts";
import { duplicateLicense, licenseFields } from "./license-input.ts";
import { reviewerEntity } from "./reviewer-entity.ts";

export const updateLicenseInput = z.object({ licenseId: recordId("license"), ...licenseFields });

export async function updateLicense({
  actor,
  input,
}: {
  actor: Actor | null;
  input: unknown;
}): Promise<{ changed: string[]; verificationCleared: boolean }> {
  const admin = requirePermission(actor, "reviewers.manage");
  const { licenseId, ...fields } = updateLicenseInput.parse(input);
  try {
    return await db().$transaction(async (tx) => {
      const current = await tx.license.findUnique({
        where: { id: licenseId },
        select: {
          reviewerId: true,
          state: true,
          number: true,
          status: true,
          restricted: true,
          expiresOn: true,
          verifiedAt: true,
        },
      });
      if (!current) throw notFound("License");
      const changed = changedFields(
        {
          state: current.state,
          number: current.number,
          status: current.status,
          restricted: current.restricted,
          expiresOn: current.expiresOn,
        },
        fields,
      );
      if (changed.length === 0) return { changed, verificationCleared: false };
      const verificationCleared = current.verifiedAt !== null;
      await tx.license.update({ where: { id: licenseId }, data: { ...fields, ...UNVERIFIED } });
      await recordAudit(tx, admin, {
        action: "credential.updated",
        ...reviewerEntity(current.reviewerId),
        payload: { credential: "license", credentialId: licenseId, changed, verificationCleared },
      });
      return { changed, verificationCleared };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateLicense();
    throw error;
  }
}
