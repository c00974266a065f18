// An administrator records an affiliation of a reviewer; matching then screens the
// reviewer out of any case with a party of that name or identifier.
import { z } from "zod";
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { AppError } from "../errors.ts";
import { recordId } from "./fields.ts";
import { affiliationData, affiliationFields, checkDirectoryEntry, nameWithoutWords } from "./affiliation-input.ts";
import { requireReviewer, reviewerEntity } from "./reviewer-entity.ts";

export const addAffiliationInput = z.object({ reviewerId: recordId("reviewer"), ...affiliationFields });

export async function addAffiliation({
  actor,
  input,
}: {
  actor: Actor | null;
  input: unknown;
}): Promise<{ affiliationId: string; normalizedName: string }> {
  const admin = requirePermission(actor, "reviewers.manage");
  const { reviewerId, ...fields } = addAffiliationInput.parse(input);
  const data = affiliationData(fields);
  const empty = nameWithoutWords(data.normalizedName);
  if (empty) throw new AppError("VALIDATION", "Please correct the highlighted fields.", empty);
  return db().$transaction(async (tx) => {
    await requireReviewer(tx, reviewerId);
    await checkDirectoryEntry(tx, data.organizationId);
    const affiliation = await tx.affiliation.create({
      data: { reviewerId, ...data, organizationId: data.organizationId ?? null },
      select: { id: true },
    });
    await recordAudit(tx, admin, {
      action: "affiliation.added",
      ...reviewerEntity(reviewerId),
      payload: {
        affiliationId: affiliation.id,
        kind: data.kind,
        normalizedName: data.normalizedName,
        identifier: data.identifier,
      },
    });
    return { affiliationId: affiliation.id, normalizedName: data.normalizedName };
  });
}
