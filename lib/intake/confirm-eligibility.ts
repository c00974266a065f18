// Intake confirms the eligibility outcome the rules computed, or overrides it with a stated
// reason (8 CCR 9792.10.3). Each outcome produces its notice to the parties: the notice of
// assignment and request for records (records due per 8 CCR 9792.10.5) when eligible, or a
// notice listing the reasons or the information needed, served on the claims administrator
// as it agreed (electronically with its consent: records due in 12 days, else 15 by mail;
// ../deadlines/notice-delivery.ts), and an e-mail to each party that its inbox has the notice.
// One transaction, one audit row.
import { z } from "zod";
import type { Prisma } from "../db/generated/client.ts";
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { AppError, conflict } from "../errors.ts";
import { checkEligibility, type EligibilityResult } from "../eligibility/check-eligibility.ts";
import { storeDocument } from "../documents/store-document.ts";
import { noticeDeliveryMethod } from "../deadlines/notice-delivery.ts";
import { notifyPartiesOfInboxItem } from "../notifications/party-notifications.ts";
import { loadApplicationFacts } from "./application-facts.ts";
import { loadEligibilitySettings } from "./eligibility-settings.ts";
import { renderEligibilityNotice } from "./eligibility-notice.ts";
import { SERVICE_METHODS, UR_DECISION_KINDS } from "../cases/case-input.ts";
import { CASE_ACTION_REFUSALS, statusAllows, statusesAllowing } from "../cases/case-status-rules.ts";

const OUTCOMES = ["ELIGIBLE", "INELIGIBLE", "DEFERRED", "NEEDS_INFORMATION"] as const;

export const confirmEligibilityInput = z.object({
  caseId: z.uuid("Unknown case."),
  outcome: z.enum(OUTCOMES, { error: "Choose an outcome." }),
  overrideReason: z
    .string()
    .trim()
    .max(2000)
    .optional()
    .transform((v) => (v ? v : undefined)),
  facts: z
    .object({
      signed: z.boolean(),
      urDecisionAttached: z.boolean(),
      liabilityDisputed: z.boolean(),
      urDecisionKind: z.enum(UR_DECISION_KINDS).nullable(),
      urServiceMethod: z.enum(SERVICE_METHODS).nullable(),
    })
    .partial()
    .optional(),
});

const STATUS_FOR: Record<
  (typeof OUTCOMES)[number],
  "AWAITING_RECORDS" | "INELIGIBLE" | "DEFERRED" | "NEEDS_INFORMATION"
> = {
  ELIGIBLE: "AWAITING_RECORDS",
  INELIGIBLE: "INELIGIBLE",
  DEFERRED: "DEFERRED",
  NEEDS_INFORMATION: "NEEDS_INFORMATION",
};

/** What the rules say about a case now (for the intake screen). */
export async function evaluateEligibility(
  caseId: string,
  now = new Date(),
  reader: Pick<Prisma.TransactionClient, "case" | "disputedItem" | "setting"> = db(),
): Promise<EligibilityResult> {
  const { application } = await loadApplicationFacts(reader, caseId);
  return checkEligibility(application, { now, settings: await loadEligibilitySettings(reader) });
}

export async function confirmEligibility({
  actor,
  input,
  now = new Date(),
}: {
  actor: Actor | null;
  input: unknown;
  now?: Date;
}) {
  const staff = requirePermission(actor, "cases.eligibility");
  const data = confirmEligibilityInput.parse(input);
  return db().$transaction(
    async (tx) => {
      const current = await tx.case.findUnique({ where: { id: data.caseId }, select: { status: true } });
      if (!current || !statusAllows(current.status, "eligibility.decide"))
        throw conflict(CASE_ACTION_REFUSALS["eligibility.decide"]);
      if (data.facts && Object.keys(data.facts).length)
        await tx.case.update({ where: { id: data.caseId }, data: data.facts });
      const computed = await evaluateEligibility(data.caseId, now, tx);
      const overridden = computed.outcome !== data.outcome;
      if (overridden && (!data.overrideReason || data.overrideReason.length < 10)) {
        throw new AppError("VALIDATION", "Please correct the highlighted fields.", {
          overrideReason: [
            `The rules find this case ${computed.outcome.toLowerCase().replace("_", " ")}. To decide otherwise, state the reason (at least 10 characters).`,
          ],
        });
      }
      // the notice (and the records it requests) reach the claims administrator as it agreed to be served
      const claimsAdministrator = await tx.party.findFirst({
        where: { caseId: data.caseId, role: "CLAIMS_ADMINISTRATOR" },
        select: { serviceMethod: true, electronicServiceConsent: true, email: true },
      });
      const noticeMethod = noticeDeliveryMethod(claimsAdministrator);
      const notice = await renderEligibilityNotice(tx, {
        caseId: data.caseId,
        outcome: data.outcome,
        computed,
        overrideReason: data.overrideReason ?? null,
        noticeMethod,
        now,
      });
      const stored = await storeDocument(tx, {
        caseId: data.caseId,
        kind: "NOTICE",
        title: notice.title,
        fileName: notice.fileName,
        mimeType: "application/pdf",
        bytes: notice.bytes,
        documentDate: now,
        renditionModel: { kind: "notice", model: notice.model },
      });
      const moved = await tx.case.updateMany({
        where: { id: data.caseId, status: { in: statusesAllowing("eligibility.decide") } },
        data: {
          status: STATUS_FOR[data.outcome],
          eligibilityOutcome: data.outcome,
          eligibilityFindings: computed as unknown as Prisma.InputJsonValue,
          eligibilityDecidedAt: now,
          eligibilityDecidedById: staff.userId,
          eligibilityOverrideReason: overridden ? data.overrideReason! : null,
          informationDueAt: notice.informationDueAt,
          noticeSentAt: now,
          noticeMethod,
          recordsDueAt: notice.recordsDueAt,
        },
      });
      if (moved.count !== 1) throw conflict("This case changed while you were deciding; reload and try again.");
      if (notice.recordsDueAt) {
        await tx.recordsRequest.create({
          data: {
            caseId: data.caseId,
            requestedAt: now,
            dueAt: notice.recordsDueAt,
            description: "Medical records and the utilization review file (notice of assignment)",
          },
        });
      }
      const reasons =
        "reasons" in computed
          ? computed.reasons.map((r) => r.code)
          : "missing" in computed
            ? computed.missing.map((m) => m.code)
            : [];
      // each party's inbox has the notice: an e-mail to those who gave an address (no medical content)
      await notifyPartiesOfInboxItem(tx, { caseId: data.caseId, kind: "notice", itemKey: `doc:${stored.id}` }, now);
      await recordAudit(tx, staff, {
        action: "case.eligibility_decided",
        entityType: "Case",
        entityId: data.caseId,
        caseId: data.caseId,
        payload: {
          outcome: data.outcome,
          computed: computed.outcome,
          overrideReason: overridden ? data.overrideReason! : null,
          reasons,
          noticeId: stored.id,
        },
      });
      return {
        outcome: data.outcome,
        computed: computed.outcome,
        noticeId: stored.id,
        recordsDueAt: notice.recordsDueAt,
      };
    },
    { timeout: 30_000 },
  );
}
