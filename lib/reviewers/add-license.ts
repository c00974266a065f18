// An administrator records a license for a reviewer. It starts unverified: it counts for
// matching only once verified (./verify-credential.ts).
import { z } from "zod";
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { isUniqueViolation, recordId } from "./fields.ts";
import { duplicateLicense, licenseFields, licenseSummary } from "./license-input.ts";
import { requireReviewer, reviewerEntity } from "./reviewer-entity.ts";

export const addLicenseInput = z.object({ reviewerId: recordId("reviewer"), ...licenseFields });

export async function addLicense({
  actor,
  input,
}: {
  actor: Actor | null;
  input: unknown;
}): Promise<{ licenseId: string }> {
  const admin = requirePermission(actor, "reviewers.manage");
  const { reviewerId, ...fields } = addLicenseInput.parse(input);
  try {
    return await db().$transaction(async (tx) => {
      await requireReviewer(tx, reviewerId);
      if (
        await tx.license.findUnique({
          where: { state_number: { state: fields.state, number: fields.number } },
          select: { id: true },
        })
      )
        throw duplicateLicense();
      const license = await tx.license.create({ data: { reviewerId, ...fields }, select: { id: true } });
      await recordAudit(tx, admin, {
        action: "credential.added",
        ...reviewerEntity(reviewerId),
        payload: { credential: "license", credentialId: license.id, summary: licenseSummary(fields) },
      });
      return { licenseId: license.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicateLicense();
    throw error;
  }
}
