// Merges a duplicate application into the open case it repeats: treatments not yet in the
// case are added while the case has not reached review; the merge is audited. No second
// case is created, so nothing is reviewed twice.
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { StaffActor } from "../auth/actor.ts";
import type { CreateCaseInput } from "../cases/case-input.ts";
import { AppError, conflict, notFound } from "../errors.ts";
import { findDuplicate } from "../eligibility/duplicates.ts";
import { toIsoDate } from "../format/dates.ts";
import { normalizeTreatment } from "../eligibility/treatment-text.ts";
import { statusAllows, statusesAllowing } from "../cases/case-status-rules.ts";

export type MergedApplication = { caseId: string; caseNumber: string; addedItems: string[] };

export async function mergeApplication({
  actor,
  caseId,
  application,
}: {
  actor: StaffActor;
  caseId: string;
  application: CreateCaseInput;
}): Promise<MergedApplication> {
  return db().$transaction(async (tx) => {
    const kase = await tx.case.findFirst({
      where: { id: caseId, mergedIntoCaseId: null, status: { in: statusesAllowing("application.merge") } },
      select: {
        id: true,
        caseNumber: true,
        status: true,
        claimNumber: true,
        urDecisionDate: true,
        items: { select: { description: true, ordinal: true } },
        parties: { where: { role: "EMPLOYEE" }, select: { name: true, dateOfBirth: true } },
      },
    });
    if (!kase) throw notFound("Open case");
    // The merge target comes from the form: it must really be a duplicate of this application.
    const match = findDuplicate(
      {
        employee: {
          name: application.employeeName,
          dateOfBirth: application.employeeDateOfBirth ? toIsoDate(application.employeeDateOfBirth) : null,
          claimNumber: application.claimNumber,
        },
        urDecisionDate: toIsoDate(application.urDecisionDate),
        items: application.items.map((i) => i.description),
      },
      [
        {
          caseId: kase.id,
          employee: {
            name: kase.parties[0]?.name ?? "",
            dateOfBirth: kase.parties[0]?.dateOfBirth ? toIsoDate(kase.parties[0].dateOfBirth) : null,
            claimNumber: kase.claimNumber,
          },
          urDecisionDate: toIsoDate(kase.urDecisionDate),
          items: kase.items.map((i) => i.description),
        },
      ],
    );
    if (!match)
      throw new AppError(
        "VALIDATION",
        `This application does not repeat case ${kase.caseNumber}; it cannot be merged into it.`,
      );
    const known = new Set(kase.items.map((item) => normalizeTreatment(item.description)));
    const fresh = application.items.filter((item) => !known.has(normalizeTreatment(item.description)));
    if (fresh.length > 0 && !statusAllows(kase.status, "items.add")) {
      throw conflict(
        `Case ${kase.caseNumber} is already in review; its treatments cannot change. Create a separate case for the new treatments.`,
      );
    }
    if (fresh.length > 0) {
      // Holds the case's row: it cannot move into review while the items are added.
      const held = await tx.case.updateMany({
        where: { id: caseId, status: { in: statusesAllowing("items.add") } },
        data: { updatedAt: new Date() },
      });
      if (held.count !== 1)
        throw conflict(
          `Case ${kase.caseNumber} has just moved into review; create a separate case for the new treatments.`,
        );
    }
    let ordinal = Math.max(0, ...kase.items.map((item) => item.ordinal));
    for (const item of fresh) {
      ordinal += 1;
      await tx.disputedItem.create({ data: { caseId, ordinal, description: item.description } });
    }
    const addedItems = fresh.map((item) => item.description);
    await recordAudit(tx, actor, {
      action: "case.application_merged",
      entityType: "Case",
      entityId: caseId,
      caseId,
      payload: { claimNumber: application.claimNumber, addedItems },
    });
    return { caseId, caseNumber: kase.caseNumber, addedItems };
  });
}
