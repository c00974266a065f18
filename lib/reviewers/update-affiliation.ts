// An administrator corrects an affiliation; its normalized name is recomputed.
import { z } from "zod";
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { AppError, notFound } from "../errors.ts";
import { changedFields, recordId } from "./fields.ts";
import { affiliationData, affiliationFields, checkDirectoryEntry, nameWithoutWords } from "./affiliation-input.ts";
import { reviewerEntity } from "./reviewer-entity.ts";

export const updateAffiliationInput = z.object({ affiliationId: recordId("affiliation"), ...affiliationFields });

export async function updateAffiliation({
  actor,
  input,
}: {
  actor: Actor | null;
  input: unknown;
}): Promise<{ changed: string[]; normalizedName: string }> {
  const admin = requirePermission(actor, "reviewers.manage");
  const { affiliationId, ...fields } = updateAffiliationInput.parse(input);
  // an absent directory entry leaves the stored one as it is
  const { organizationId, ...rest } = fields;
  const data = { ...affiliationData(rest), ...(organizationId === undefined ? {} : { organizationId }) };
  const empty = nameWithoutWords(data.normalizedName);
  if (empty) throw new AppError("VALIDATION", "Please correct the highlighted fields.", empty);
  return db().$transaction(async (tx) => {
    const current = await tx.affiliation.findUnique({
      where: { id: affiliationId },
      select: { reviewerId: true, kind: true, name: true, identifier: true, note: true, organizationId: true },
    });
    if (!current) throw notFound("Affiliation");
    await checkDirectoryEntry(tx, data.organizationId);
    const next = {
      kind: rest.kind,
      name: rest.name,
      identifier: rest.identifier,
      note: rest.note,
      organizationId: organizationId === undefined ? current.organizationId : organizationId,
    };
    const changed = changedFields(
      {
        kind: current.kind,
        name: current.name,
        identifier: current.identifier,
        note: current.note,
        organizationId: current.organizationId,
      },
      next,
    );
    if (changed.length === 0) return { changed, normalizedName: data.normalizedName };
    await tx.affiliation.update({ where: { id: affiliationId }, data });
    await recordAudit(tx, admin, {
      action: "affiliation.updated",
      ...reviewerEntity(current.reviewerId),
      payload: {
        affiliationId,
        kind: data.kind,
        normalizedName: data.normalizedName,
        identifier: data.identifier,
        changed,
      },
    });
    return { changed, normalizedName: data.normalizedName };
  });
}
