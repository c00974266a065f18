// An administrator removes a license recorded in error (the audit row keeps what it was).
import { z } from "zod";
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { notFound } from "../errors.ts";
import { recordId } from "./fields.ts";
import { licenseSummary } from "./license-input.ts";
import { reviewerEntity } from "./reviewer-entity.ts";

export const removeLicenseInput = z.object({ licenseId: recordId("license") });

export async function removeLicense({
  actor,
  input,
}: {
  actor: Actor | null;
  input: unknown;
}): Promise<{ removed: true }> {
  const admin = requirePermission(actor, "reviewers.manage");
  const { licenseId } = removeLicenseInput.parse(input);
  return db().$transaction(async (tx) => {
    const license = await tx.license.findUnique({
      where: { id: licenseId },
      select: { reviewerId: true, state: true, number: true },
    });
    if (!license) throw notFound("License");
    const removed = await tx.license.deleteMany({ where: { id: licenseId } });
    if (removed.count !== 1) throw notFound("License");
    await recordAudit(tx, admin, {
      action: "credential.removed",
      ...reviewerEntity(license.reviewerId),
      payload: { credential: "license", credentialId: licenseId, summary: licenseSummary(license) },
    });
    return { removed: true };
  });
}
