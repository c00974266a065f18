// Batch assignment (method BATCH): every case waiting for a reviewer at once, by the plan
// of lib/matching/batch-assign.ts (each case to at most one eligible reviewer, nobody over
// their remaining capacity, expedited and nearly due first, then the least total cost).
// All offers are written in one transaction holding the assignment lock, so a second run
// started at the same time plans only after this one committed; each case still moves
// only from READY_FOR_ASSIGNMENT. A planned pair whose reviewer already declined that case
// (or whose offer of it was withdrawn) is not offered; the case then goes to its top candidate among the others, screened with
// this batch's offers already counted.
import { randomUUID } from "node:crypto";
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { assignmentScore } from "../matching/auto-assign.ts";
import { preparePanel } from "../matching/panel.ts";
import { planBatchAssignment } from "./matching-data/plan-assignments.ts";
import { rankOnPanel } from "../matching/rank.ts";
import { lockAssignmentWriters } from "./assignment-lock.ts";
import { snapshotOfRanking } from "./case-candidates.ts";
import { offerToTopCandidate } from "./auto-assign-case.ts";
import { writeOffer } from "./offer-case.ts";

export const BATCH_REASON =
  "Batch assignment: least total cost over all waiting cases, within each reviewer's capacity";
const FALLBACK_REASON = "Batch assignment: top-ranked candidate (the planned reviewer had declined this case)";

export type BatchRunResult = {
  batchId: string;
  cases: number;
  offered: number;
  /** cases left waiting, with the reason */
  unassigned: { caseId: string; caseNumber: string; reason: string }[];
  /** cases another assignment took between planning and writing (none while the lock holds) */
  skipped: number;
};

export async function batchAssignWaitingCases({
  actor,
  now = new Date(),
}: {
  actor: Actor | null;
  input?: unknown;
  now?: Date;
}): Promise<BatchRunResult> {
  const staff = requirePermission(actor, "cases.assign");
  const batchId = randomUUID();
  return db().$transaction(
    async (tx) => {
      await lockAssignmentWriters(tx);
      const { cases, panel, rules, result } = await planBatchAssignment(tx, now);
      const caseIds = cases.map((c) => c.caseId);
      const declinedRows = caseIds.length
        ? await tx.assignment.findMany({
            where: { caseId: { in: caseIds }, status: { in: ["DECLINED", "REVOKED"] } },
            select: { caseId: true, reviewerId: true },
          })
        : [];
      const declined = new Set(declinedRows.map((d) => `${d.caseId}/${d.reviewerId}`));
      const prepared = preparePanel(panel, rules, now);
      const byId = new Map(cases.map((c) => [c.caseId, c]));

      let offered = 0,
        skipped = 0;
      const unassigned = result.unassigned.map((u) => ({ caseId: u.caseId, reason: u.reason }));
      const fallback: string[] = [];
      for (const planned of result.assignments) {
        if (declined.has(`${planned.caseId}/${planned.reviewerId}`)) {
          fallback.push(planned.caseId);
          continue;
        }
        const ranked = rankOnPanel(byId.get(planned.caseId)!, prepared).filter(
          (c) => !declined.has(`${planned.caseId}/${c.reviewerId}`),
        );
        const id = await writeOffer(
          tx,
          staff,
          {
            caseId: planned.caseId,
            reviewerId: planned.reviewerId,
            method: "BATCH",
            override: false,
            assignedById: staff.userId,
            reason: BATCH_REASON,
            score: assignmentScore(planned),
            candidates: snapshotOfRanking(ranked, panel.length),
          },
          now,
        );
        if (id) offered += 1;
        else skipped += 1;
      }
      for (const caseId of fallback) {
        const offer = await offerToTopCandidate(
          tx,
          staff,
          caseId,
          { method: "BATCH", reason: FALLBACK_REASON, assignedById: staff.userId },
          now,
        );
        if (offer.kind === "offered") offered += 1;
        else if (offer.kind === "none") unassigned.push({ caseId, reason: offer.reason });
        else skipped += 1;
      }

      const numbers = new Map(
        (
          await tx.case.findMany({
            where: { id: { in: unassigned.map((u) => u.caseId) } },
            select: { id: true, caseNumber: true },
          })
        ).map((c) => [c.id, c.caseNumber]),
      );
      const summary = { cases: cases.length, offered, unassigned: unassigned.length, skipped };
      await recordAudit(tx, staff, {
        action: "assignment.batch_run",
        entityType: "AssignmentBatch",
        entityId: batchId,
        payload: summary,
      });
      return {
        batchId,
        cases: cases.length,
        offered,
        skipped,
        unassigned: unassigned
          .map((u) => ({ ...u, caseNumber: numbers.get(u.caseId) ?? u.caseId }))
          .sort((a, b) => a.caseNumber.localeCompare(b.caseNumber)),
      };
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}
