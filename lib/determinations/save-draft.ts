// The reviewer saves an incomplete determination (by hand or automatically); nothing is issued.
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { determinationDraftInput } from "./determination-input.ts";
import { findOpenDraft, writeDraft } from "./reviewer-draft.ts";

export async function saveDeterminationDraft({
  actor,
  input,
}: {
  actor: Actor | null;
  input: unknown;
}): Promise<{ savedAt: Date; revision: number }> {
  const reviewer = requirePermission(actor, "determinations.draft");
  const data = determinationDraftInput.parse(input);
  return db().$transaction(async (tx) => {
    const draft = await findOpenDraft(tx, reviewer, data.caseId);
    const revision = await writeDraft(tx, draft, data.caseId, data);
    await recordAudit(tx, reviewer, {
      action: "determination.draft_saved",
      entityType: "Determination",
      entityId: draft.id,
      caseId: data.caseId,
      payload: { determinationId: draft.id, revision },
    });
    return { savedAt: new Date(), revision };
  });
}
