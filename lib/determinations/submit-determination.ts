// The reviewer submits a complete determination to QA. Completeness is checked here
// (every item decided, cited and reasoned); the letter is issued only when QA approves
// (lib/qa/approve-determination.ts).
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { conflict } from "../errors.ts";
import { determinationSubmission } from "./determination-input.ts";
import { findOpenDraft, writeDraft } from "./reviewer-draft.ts";

export async function submitDetermination({ actor, input, now = new Date() }: { actor: Actor | null; input: unknown; now?: Date }): Promise<{ determinationId: string }> {
  const reviewer = requirePermission(actor, "determinations.submit");
  const data = determinationSubmission.parse(input);
  return db().$transaction(async (tx) => {
    const draft = await findOpenDraft(tx, reviewer, data.caseId);
    await writeDraft(tx, draft, data.caseId, data);
    const moved = await tx.determination.updateMany({
      where: { id: draft.id, status: { in: ["DRAFT", "RETURNED"] } },
      data: { status: "SUBMITTED", submittedAt: now },
    });
    if (moved.count !== 1) throw conflict("This determination was already submitted.");
    // An amendment leaves the decided case decided; a first determination puts the case in QA.
    if (!draft.amendsId) {
      const inQa = await tx.case.updateMany({ where: { id: data.caseId, status: "ASSIGNED" }, data: { status: "IN_QA" } });
      if (inQa.count !== 1) throw conflict("This case is not in review any more.");
    }
    await recordAudit(tx, reviewer, {
      action: "determination.submitted",
      entityType: "Determination",
      entityId: draft.id,
      caseId: data.caseId,
      payload: { determinationId: draft.id, version: draft.version },
    });
    return { determinationId: draft.id };
  });
}
