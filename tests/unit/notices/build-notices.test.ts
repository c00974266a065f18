// The notices' wording for each eligibility outcome and for the notice of assignment.
import { assignmentNotice, eligibilityNotice } from "@/lib/notices/build-notices.ts";
import { missingInformation, reason } from "@/lib/eligibility/reasons.ts";

const base = {
  organizationName: "Review Org",
  caseNumber: "CM26-0000001",
  date: "November 27, 2026",
  recipients: [{ role: "Employee", name: "A" }],
};

describe("eligibility notices", () => {
  it.each([
    [
      "INELIGIBLE",
      { outcome: "INELIGIBLE" as const, reasons: [reason("UNSIGNED"), reason("LATE")] },
      "Not Eligible",
      "Reasons",
      2,
    ],
    [
      "DEFERRED",
      { outcome: "DEFERRED" as const, reasons: [reason("LIABILITY_DISPUTED")], itemsAlreadyDecided: [] },
      "Deferred",
      "Reasons",
      1,
    ],
    [
      "NEEDS_INFORMATION",
      {
        outcome: "NEEDS_INFORMATION" as const,
        missing: [missingInformation("UR_SERVICE_DATE")],
        answerDueDate: "2026-12-04",
        answerDueAt: new Date(),
        itemsAlreadyDecided: [],
      },
      "Request for Information",
      "Information needed",
      1,
    ],
  ])("%s lists every reason in plain language", (_label, result, title, heading, count) => {
    const notice = eligibilityNotice(base, result, "December 4, 2026");
    expect(notice.title).toContain(title);
    expect(notice.list?.heading).toBe(heading);
    expect(notice.list?.entries).toHaveLength(count);
    expect(notice.list?.entries.every((e) => e.length > 20)).toBe(true);
  });

  it("gives the answer date of a request for information", () => {
    const notice = eligibilityNotice(
      base,
      {
        outcome: "NEEDS_INFORMATION",
        missing: [missingInformation("CLAIM_NUMBER")],
        answerDueDate: "2026-12-04",
        answerDueAt: new Date(),
        itemsAlreadyDecided: [],
      },
      "December 4, 2026",
    );
    expect(notice.paragraphs.join(" ")).toContain("by December 4, 2026");
  });
});

describe("notice of assignment", () => {
  it("states the records due date and what is requested", () => {
    const notice = assignmentNotice(base, {
      reviewType: "STANDARD",
      recordsDue: "December 9, 2026",
      recordsBasis: "12 days after the notice (sent electronically)",
    });
    expect(notice.title).toBe("Notice of Assignment and Request for Information");
    expect(notice.paragraphs.join(" ")).toContain(
      "by December 9, 2026 (12 days after the notice (sent electronically))",
    );
    expect(notice.list?.entries).toHaveLength(3);
  });
});
