// An administrator records that a license or board certification was checked against a
// source (the state medical board's lookup, the ABMS, the board's own registry): when,
// by whom, against what. Only verified credentials count for matching. The audit row keeps
// what the credential said at that moment.
import { z } from "zod";
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { conflict, notFound } from "../errors.ts";
import { isoDay, recordId, requiredText } from "./fields.ts";
import { certificationSummary } from "./certification-input.ts";
import { licenseSummary } from "./license-input.ts";
import { reviewerEntity } from "./reviewer-entity.ts";

export const verifyCredentialInput = z.object({
  credential: z.enum(["license", "certification"], "Unknown credential."),
  credentialId: recordId("credential"),
  source: requiredText("verification source", 200),
});

export const VERIFICATION_SOURCES = [
  "Medical Board of California license lookup",
  "State medical board license lookup",
  "ABMS Certification Matters",
  "Certifying board's online directory",
  "Primary source (state board / ABMS)",
];

const changedMeanwhile = () =>
  conflict("This credential was changed a moment ago. Reload the page and check it again before verifying.");

export async function verifyCredential({
  actor,
  input,
  now = new Date(),
}: {
  actor: Actor | null;
  input: unknown;
  now?: Date;
}): Promise<{ verifiedAt: Date }> {
  const admin = requirePermission(actor, "credentials.verify");
  const { credential, credentialId, source } = verifyCredentialInput.parse(input);
  const verification = { verifiedAt: now, verifiedBy: admin.name, verificationSource: source };
  return db().$transaction(async (tx) => {
    let reviewerId: string, summary: string, expiresOn: Date;
    if (credential === "license") {
      const found = await tx.license.findUnique({
        where: { id: credentialId },
        select: { reviewerId: true, state: true, number: true, status: true, restricted: true, expiresOn: true },
      });
      if (!found) throw notFound("License");
      // only the facts read here (and written to the audit row) are marked verified
      const facts = {
        state: found.state,
        number: found.number,
        status: found.status,
        restricted: found.restricted,
        expiresOn: found.expiresOn,
      };
      if ((await tx.license.updateMany({ where: { id: credentialId, ...facts }, data: verification })).count !== 1)
        throw changedMeanwhile();
      ({ reviewerId, expiresOn } = found);
      summary = licenseSummary(found);
    } else {
      const found = await tx.boardCertification.findUnique({
        where: { id: credentialId },
        select: { reviewerId: true, board: true, specialtyCode: true, subspecialty: true, expiresOn: true },
      });
      if (!found) throw notFound("Certification");
      const facts = {
        board: found.board,
        specialtyCode: found.specialtyCode,
        subspecialty: found.subspecialty,
        expiresOn: found.expiresOn,
      };
      if (
        (await tx.boardCertification.updateMany({ where: { id: credentialId, ...facts }, data: verification }))
          .count !== 1
      )
        throw changedMeanwhile();
      ({ reviewerId, expiresOn } = found);
      summary = certificationSummary(found);
    }
    await recordAudit(tx, admin, {
      action: "credential.verified",
      ...reviewerEntity(reviewerId),
      payload: { credential, credentialId, summary, expiresOn: isoDay(expiresOn), verifiedBy: admin.name, source },
    });
    return { verifiedAt: now };
  });
}
