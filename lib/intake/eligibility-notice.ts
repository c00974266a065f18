// Builds and renders the notice that goes with an eligibility outcome, and the dates it sets.
// Returns the notice model too: it is stored beside the PDF (the notice's web version).
import type { Prisma } from "../db/generated/client.ts";
import { organizationName } from "../config/organization.ts";
import { formatCaliforniaLongDate, formatLongDate } from "../format/dates.ts";
import { describeNoticeService } from "../determinations/letter/letter-text.ts";
import { servedParty } from "../determinations/letter/proof-of-service.ts";
import { californiaDate } from "../deadlines/calendar.ts";
import { computeCaseDeadlines } from "../deadlines/case-deadlines.ts";
import type { EligibilityResult } from "../eligibility/check-eligibility.ts";
import { reason } from "../eligibility/reasons.ts";
import { assignmentNotice, eligibilityNotice, portalPointer } from "../notices/build-notices.ts";
import { portalLink } from "../notifications/message-texts.ts";
import { renderNoticePdf } from "../notices/notice-document.tsx";

const ROLE_LABELS: [string, string][] = [
  ["EMPLOYEE", "Employee"],
  ["REPRESENTATIVE", "Employee's Representative"],
  ["REQUESTING_PHYSICIAN", "Requesting Physician"],
  ["CLAIMS_ADMINISTRATOR", "Claims Administrator"],
];

const longCaliforniaDate = (instant: Date) => formatLongDate(new Date(`${californiaDate(instant)}T00:00:00Z`));

type Args = {
  caseId: string;
  outcome: EligibilityResult["outcome"];
  computed: EligibilityResult;
  overrideReason: string | null;
  noticeMethod: "ELECTRONIC" | "MAIL";
  now: Date;
};

export async function renderEligibilityNotice(tx: Pick<Prisma.TransactionClient, "case">, args: Args) {
  const kase = await tx.case.findUniqueOrThrow({
    where: { id: args.caseId },
    select: {
      caseNumber: true,
      reviewType: true,
      parties: {
        select: {
          role: true,
          name: true,
          address: true,
          email: true,
          serviceMethod: true,
          electronicServiceConsent: true,
        },
      },
    },
  });
  const served = ROLE_LABELS.flatMap(([role, label]) =>
    kase.parties.filter((p) => p.role === role).map((p) => ({ ...p, role: label })),
  );
  const base = {
    organizationName: organizationName(),
    caseNumber: kase.caseNumber,
    date: longCaliforniaDate(args.now),
    recipients: served.map((p) => ({ role: p.role, name: p.name })),
    service: {
      servedOn: formatCaliforniaLongDate(args.now),
      lines: served.map((p) => describeNoticeService(servedParty(p))),
    },
  };
  let recordsDueAt: Date | null = null;
  let informationDueAt: Date | null = null;
  let model;
  if (args.outcome === "ELIGIBLE") {
    const records = computeCaseDeadlines({
      reviewType: kase.reviewType,
      eligibilityDecidedAt: args.now,
      noticeSentAt: args.now,
      noticeMethod: args.noticeMethod,
    }).find((d) => d.kind === "RECORDS_DUE")!;
    recordsDueAt = records.dueAt;
    model = assignmentNotice(base, {
      reviewType: kase.reviewType,
      recordsDue:
        kase.reviewType === "EXPEDITED"
          ? `${longCaliforniaDate(records.dueAt)} at ${records.dueAt.toLocaleTimeString("en-US", { timeZone: "America/Los_Angeles", hour: "numeric", minute: "2-digit" })}`
          : longCaliforniaDate(records.dueAt),
      recordsBasis: records.basis,
    });
  } else {
    // An override names the intake officer's reason in place of the rules' findings.
    const result: Exclude<EligibilityResult, { outcome: "ELIGIBLE" }> =
      args.computed.outcome === args.outcome
        ? (args.computed as Exclude<EligibilityResult, { outcome: "ELIGIBLE" }>)
        : args.outcome === "NEEDS_INFORMATION"
          ? {
              outcome: "NEEDS_INFORMATION",
              missing: [{ code: "DISPUTED_TREATMENT", sentence: args.overrideReason! }],
              answerDueDate: "",
              answerDueAt: args.now,
              itemsAlreadyDecided: [],
            }
          : {
              outcome: args.outcome,
              reasons: [
                {
                  ...reason(args.outcome === "DEFERRED" ? "LIABILITY_DISPUTED" : "UR_DECISION_MISSING"),
                  sentence: args.overrideReason!,
                },
              ],
              itemsAlreadyDecided: [],
            };
    if (result.outcome === "NEEDS_INFORMATION") {
      informationDueAt = args.computed.outcome === "NEEDS_INFORMATION" ? args.computed.answerDueAt : null;
    }
    model = eligibilityNotice(base, result, informationDueAt ? longCaliforniaDate(informationDueAt) : null);
  }
  model = { ...model, closing: [...model.closing, portalPointer(portalLink("/access"))] };
  const bytes = await renderNoticePdf(model);
  return {
    bytes,
    model,
    title: model.title,
    fileName: `${kase.caseNumber}-${model.title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}.pdf`,
    recordsDueAt,
    informationDueAt,
  };
}
