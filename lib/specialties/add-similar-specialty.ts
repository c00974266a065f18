// An administrator declares two specialties similar: a reviewer certified in either may
// review the other's cases. Stored both ways, in one transaction.
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { AppError, conflict } from "../errors.ts";
import { bothWays, similarPairInput } from "./similar-pair-input.ts";

export async function addSimilarSpecialty({
  actor,
  input,
}: {
  actor: Actor | null;
  input: unknown;
}): Promise<{ added: true }> {
  const admin = requirePermission(actor, "specialties.manage");
  const pair = similarPairInput.parse(input);
  return db().$transaction(async (tx) => {
    const known = await tx.specialty.count({ where: { code: { in: [pair.specialtyCode, pair.similarCode] } } });
    if (known !== 2)
      throw new AppError("VALIDATION", "Please correct the highlighted fields.", {
        specialtyCode: ["Choose specialties from the list."],
      });
    const created = await tx.specialtySimilarity.createMany({ data: bothWays(pair), skipDuplicates: true });
    if (created.count === 0) throw conflict("These two specialties are already similar.");
    await recordAudit(tx, admin, {
      action: "specialty.similarity_added",
      entityType: "Specialty",
      entityId: pair.specialtyCode,
      payload: pair,
    });
    return { added: true };
  });
}
