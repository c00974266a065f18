// Eligibility screening: one row per finding, then the precedence of combined findings.
import type { Application } from "@/lib/eligibility/application.ts";
import {
  checkEligibility,
  DEFAULT_ELIGIBILITY_SETTINGS,
  type EligibilityResult,
} from "@/lib/eligibility/check-eligibility.ts";
import { INFORMATION_CODES, REASON_CODES, REASON_SENTENCES } from "@/lib/eligibility/reasons.ts";

const at = (iso: string) => new Date(iso);
/** Wednesday June 10, 2026, 10:00 in California. */
const NOW = at("2026-06-10T10:00:00-07:00");

const base: Application = {
  signed: true,
  receivedAt: NOW,
  urDecisionAttached: true,
  urDecisionKind: "MEDICAL_NECESSITY_DENIAL",
  urDecisionDate: "2026-05-29",
  urDecisionServedAt: at("2026-06-01T10:00:00-07:00"), // window ends July 1 (July 6 if mailed)
  urServiceMethod: "ELECTRONIC",
  liabilityDisputed: false,
  items: ["MRI of the lumbar spine", "Physical therapy x 12"],
  itemsPreviouslyDecided: [],
  missingInformation: [],
  employee: { name: "Jane Doe", dateOfBirth: "1980-04-02", claimNumber: "ADJ-1234567" },
};
const check = (changes: Partial<Application>, now = NOW) => checkEligibility({ ...base, ...changes }, { now });
const summary = (r: EligibilityResult) =>
  r.outcome === "INELIGIBLE" || r.outcome === "DEFERRED"
    ? [r.outcome, ...r.reasons.map((x) => x.code)]
    : r.outcome === "NEEDS_INFORMATION"
      ? [r.outcome, ...r.missing.map((x) => x.code)]
      : [r.outcome];

describe("one finding at a time", () => {
  it.each<[string, Partial<Application>, string[]]>([
    ["a complete, timely application", {}, ["ELIGIBLE"]],
    ["a medical-necessity modification", { urDecisionKind: "MEDICAL_NECESSITY_MODIFICATION" }, ["ELIGIBLE"]],
    ["filed on the last day, late evening", { receivedAt: at("2026-07-01T23:30:00-07:00") }, ["ELIGIBLE"]],
    [
      "mailed decision, filed on day 35",
      { urServiceMethod: "MAIL", receivedAt: at("2026-07-06T09:00:00-07:00") },
      ["ELIGIBLE"],
    ],
    [
      "received late but filed by fax in time",
      { receivedAt: at("2026-07-02T08:00:00-07:00"), filedAt: at("2026-07-01T17:00:00-07:00") },
      ["ELIGIBLE"],
    ],
    ["not signed", { signed: false }, ["INELIGIBLE", "UNSIGNED"]],
    ["filed the day after the window", { receivedAt: at("2026-07-02T08:00:00-07:00") }, ["INELIGIBLE", "LATE"]],
    [
      "mailed decision, filed on day 36",
      { urServiceMethod: "MAIL", receivedAt: at("2026-07-07T09:00:00-07:00") },
      ["INELIGIBLE", "LATE"],
    ],
    ["no copy of the UR decision", { urDecisionAttached: false }, ["INELIGIBLE", "UR_DECISION_MISSING"]],
    [
      "conditionally non-certified",
      { urDecisionKind: "CONDITIONAL_NON_CERTIFICATION" },
      ["INELIGIBLE", "NOT_MEDICAL_NECESSITY"],
    ],
    ["another kind of decision", { urDecisionKind: "OTHER" }, ["INELIGIBLE", "NOT_MEDICAL_NECESSITY"]],
    [
      "every treatment decided by IMR before",
      { itemsPreviouslyDecided: ["MRI lumbar spine", "PHYSICAL THERAPY X12"] },
      ["INELIGIBLE", "ALREADY_DECIDED"],
    ],
    ["liability disputed", { liabilityDisputed: true }, ["DEFERRED", "LIABILITY_DISPUTED"]],
    ["service date unknown", { urDecisionServedAt: null }, ["NEEDS_INFORMATION", "UR_SERVICE_DATE"]],
    [
      "service method unknown, filed on day 32",
      { urServiceMethod: null, receivedAt: at("2026-07-03T09:00:00-07:00") },
      ["NEEDS_INFORMATION", "UR_SERVICE_METHOD"],
    ],
    [
      "service method unknown, filed on day 30",
      { urServiceMethod: null, receivedAt: at("2026-07-01T09:00:00-07:00") },
      ["ELIGIBLE"],
    ],
    [
      "service method unknown, late even if mailed",
      { urServiceMethod: null, receivedAt: at("2026-07-07T09:00:00-07:00") },
      ["INELIGIBLE", "LATE"],
    ],
    ["UR decision unreadable", { urDecisionKind: null }, ["NEEDS_INFORMATION", "UR_DECISION_INCOMPLETE"]],
    ["no treatment listed", { items: [" ", ""] }, ["NEEDS_INFORMATION", "DISPUTED_TREATMENT"]],
    [
      "intake found the claim number missing",
      { missingInformation: ["CLAIM_NUMBER"] },
      ["NEEDS_INFORMATION", "CLAIM_NUMBER"],
    ],
    [
      "intake found contact details missing",
      { missingInformation: ["CLAIMS_ADMINISTRATOR", "EMPLOYEE_CONTACT", "REQUESTING_PHYSICIAN"] },
      ["NEEDS_INFORMATION", "EMPLOYEE_CONTACT", "REQUESTING_PHYSICIAN", "CLAIMS_ADMINISTRATOR"],
    ],
  ])("%s -> %j", (_label, changes, expected) => {
    expect(summary(check(changes))).toEqual(expected);
  });
});

describe("precedence of combined findings", () => {
  it.each<[string, Partial<Application>, string[]]>([
    [
      "every ineligibility finding at once, all listed in order",
      {
        signed: false,
        receivedAt: at("2026-07-02T08:00:00-07:00"),
        urDecisionAttached: false,
        urDecisionKind: "CONDITIONAL_NON_CERTIFICATION",
        itemsPreviouslyDecided: base.items,
        liabilityDisputed: true,
        missingInformation: ["CLAIM_NUMBER"],
      },
      ["INELIGIBLE", "UNSIGNED", "LATE", "UR_DECISION_MISSING", "NOT_MEDICAL_NECESSITY", "ALREADY_DECIDED"],
    ],
    ["ineligible beats deferred", { signed: false, liabilityDisputed: true }, ["INELIGIBLE", "UNSIGNED"]],
    [
      "ineligible beats needs information",
      { urDecisionAttached: false, urDecisionServedAt: null },
      ["INELIGIBLE", "UR_DECISION_MISSING"],
    ],
    [
      "no copy: not also asked for a complete copy",
      { urDecisionAttached: false, urDecisionKind: null },
      ["INELIGIBLE", "UR_DECISION_MISSING"],
    ],
    [
      "late and unsigned",
      { signed: false, receivedAt: at("2026-07-02T08:00:00-07:00") },
      ["INELIGIBLE", "UNSIGNED", "LATE"],
    ],
    [
      "deferred beats needs information",
      { liabilityDisputed: true, urDecisionServedAt: null, missingInformation: ["CLAIM_NUMBER"] },
      ["DEFERRED", "LIABILITY_DISPUTED"],
    ],
    [
      "several missing items, in request order",
      {
        urDecisionServedAt: null,
        urDecisionKind: null,
        items: [],
        missingInformation: ["CLAIM_NUMBER", "CLAIM_NUMBER"],
      },
      ["NEEDS_INFORMATION", "UR_SERVICE_DATE", "UR_DECISION_INCOMPLETE", "DISPUTED_TREATMENT", "CLAIM_NUMBER"],
    ],
    [
      "some treatments decided before: the rest go on",
      { itemsPreviouslyDecided: ["mri of lumbar spine"] },
      ["ELIGIBLE"],
    ],
  ])("%s -> %j", (_label, changes, expected) => {
    expect(summary(check(changes))).toEqual(expected);
  });

  it("lists the treatments to leave out when only some were decided before", () => {
    expect(check({ itemsPreviouslyDecided: ["mri of lumbar spine"] })).toEqual({
      outcome: "ELIGIBLE",
      itemsAlreadyDecided: ["MRI of the lumbar spine"],
    });
    expect(check({ itemsPreviouslyDecided: ["mri of lumbar spine"], liabilityDisputed: true })).toMatchObject({
      outcome: "DEFERRED",
      itemsAlreadyDecided: ["MRI of the lumbar spine"],
    });
  });
});

describe("the notice", () => {
  it("gives each reason its sentence, and a late filing its dates", () => {
    const result = check({ receivedAt: at("2026-07-02T08:00:00-07:00") });
    expect(result).toEqual({
      outcome: "INELIGIBLE",
      reasons: [{ code: "LATE", sentence: REASON_SENTENCES.LATE, lastDayToFile: "2026-07-01", filedOn: "2026-07-02" }],
    });
  });

  it("names the treatments already decided", () => {
    const result = check({ itemsPreviouslyDecided: base.items });
    expect(result).toMatchObject({ outcome: "INELIGIBLE", reasons: [{ code: "ALREADY_DECIDED", items: base.items }] });
  });

  it.each([
    ["Wednesday morning", "2026-06-10T10:00:00-07:00", "2026-06-17"],
    ["Friday evening (Saturday in UTC)", "2026-06-12T20:00:00-07:00", "2026-06-19"],
    ["Friday before Thanksgiving week", "2026-11-20T16:00:00-08:00", "2026-12-01"],
    ["before New Year's Day", "2026-12-29T10:00:00-08:00", "2027-01-06"],
  ])("asks for an answer within 5 business days: request on %s (%s) -> %s", (_label, now, answerDueDate) => {
    const result = check({ urDecisionServedAt: null, receivedAt: at(now) }, at(now));
    expect(result).toMatchObject({ outcome: "NEEDS_INFORMATION", answerDueDate });
    if (result.outcome !== "NEEDS_INFORMATION") throw new Error("unexpected");
    expect(result.missing[0].sentence.length).toBeGreaterThan(20);
    expect(result.answerDueAt.getTime()).toBeGreaterThan(at(now).getTime());
  });

  it("keeps its codes stable", () => {
    expect(REASON_CODES).toEqual([
      "UNSIGNED",
      "LATE",
      "UR_DECISION_MISSING",
      "NOT_MEDICAL_NECESSITY",
      "ALREADY_DECIDED",
      "LIABILITY_DISPUTED",
    ]);
    expect(INFORMATION_CODES).toEqual([
      "UR_SERVICE_DATE",
      "UR_SERVICE_METHOD",
      "UR_DECISION_INCOMPLETE",
      "DISPUTED_TREATMENT",
      "CLAIM_NUMBER",
      "EMPLOYEE_CONTACT",
      "REQUESTING_PHYSICIAN",
      "CLAIMS_ADMINISTRATOR",
    ]);
    expect(DEFAULT_ELIGIBILITY_SETTINGS).toEqual({
      filingWindowDays: 30,
      mailExtensionDays: 5,
      informationAnswerBusinessDays: 5,
    });
  });

  it("does not change the application", () => {
    const application: Application = { ...base, items: [...base.items], missingInformation: ["CLAIM_NUMBER"] };
    const before = JSON.stringify(application);
    checkEligibility(application, { now: NOW });
    expect(JSON.stringify(application)).toBe(before);
  });
});
