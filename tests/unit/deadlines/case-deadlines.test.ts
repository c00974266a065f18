// Every deadline kind of a case: one table per kind, with month ends, leap years, holidays
// (including ones on weekends), DST changes and expedited cases received on a Friday evening.
import { computeCaseDeadlines, type CaseDeadline, type CaseDeadlineInput } from "@/lib/deadlines/case-deadlines.ts";
import { DEADLINE_RULES } from "@/lib/deadlines/deadline-rules.ts";

const at = (iso: string) => new Date(iso);
const only = (input: CaseDeadlineInput, kind: CaseDeadline["kind"]) => {
  const found = computeCaseDeadlines(input).filter((d) => d.kind === kind);
  expect(found).toHaveLength(1);
  return found[0];
};
/** An instant on a California date at 10:00 local time (PDT or PST as the date requires). */
const morning = (date: string) =>
  at(`${date}T10:00:00${Number(date.slice(5, 7)) >= 4 && Number(date.slice(5, 7)) <= 10 ? "-07:00" : "-08:00"}`);
const endOfDay = (date: string) => {
  const summer = Number(date.slice(5, 7)) >= 4 && Number(date.slice(5, 7)) <= 10;
  const next = new Date(
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)) + 1),
  );
  return `${next.toISOString().slice(0, 10)}T0${summer ? 6 : 7}:59:59.999Z`;
};

describe("ASSIGNMENT_NOTICE: 1 business day after the eligibility finding", () => {
  it.each([
    ["Wednesday", "2026-06-10T17:00:00.000Z", "2026-06-11"],
    ["Friday evening (Saturday in UTC)", "2026-06-13T02:00:00.000Z", "2026-06-15"],
    ["Saturday", "2026-06-13T18:00:00.000Z", "2026-06-15"],
    ["Wednesday before Thanksgiving", "2026-11-25T18:00:00.000Z", "2026-11-30"],
    ["Friday at month end", "2026-07-31T18:00:00.000Z", "2026-08-03"],
    ["New Year's Eve", "2026-12-31T18:00:00.000Z", "2027-01-04"],
    ["Saturday before an observed Monday holiday", "2027-07-03T18:00:00.000Z", "2027-07-06"],
    ["Thursday before a Friday-observed Veterans Day", "2028-11-09T18:00:00.000Z", "2028-11-13"],
    ["Friday before leap day", "2028-02-25T18:00:00.000Z", "2028-02-28"],
    ["Monday before leap day", "2028-02-28T18:00:00.000Z", "2028-02-29"],
  ])("%s (%s): due %s", (_label, decided, dueDate) => {
    const d = only({ reviewType: "STANDARD", eligibilityDecidedAt: at(decided) }, "ASSIGNMENT_NOTICE");
    expect(d).toMatchObject({ dueDate, extendsToBusinessDay: false, startsAt: at(decided) });
    expect(d.dueAt.toISOString()).toBe(endOfDay(dueDate));
  });
});

describe("RECORDS_DUE: 15 days after the notice, 12 if electronic, extended to a business day", () => {
  it.each([
    ["MAIL", "2026-06-01", "2026-06-16", "ordinary"],
    ["PERSONAL", "2026-06-01", "2026-06-16", "personal delivery counts as 15"],
    ["FAX", "2026-06-01", "2026-06-16", "fax counts as 15"],
    ["MAIL", "2026-01-31", "2026-02-17", "day 15 a Sunday before Presidents' Day"],
    ["ELECTRONIC", "2026-06-01", "2026-06-15", "electronic: 12 days, a Saturday, to Monday"],
    ["ELECTRONIC", "2026-02-17", "2026-03-02", "February month end (day 12 a Sunday)"],
    ["ELECTRONIC", "2028-02-17", "2028-02-29", "leap day"],
    ["MAIL", "2028-02-14", "2028-02-29", "leap day, mailed"],
    ["MAIL", "2026-06-19", "2026-07-06", "day 15 on a Saturday Independence Day"],
    ["MAIL", "2027-06-19", "2027-07-06", "day 15 on a Sunday Independence Day, observed Monday"],
    ["MAIL", "2027-12-10", "2027-12-27", "day 15 on a Saturday Christmas"],
    ["MAIL", "2026-10-17", "2026-11-02", "day 15 on the Sunday DST ends"],
  ])("%s notice on %s: due %s (%s)", (method, sent, dueDate) => {
    const d = only(
      {
        reviewType: "STANDARD",
        noticeSentAt: morning(sent),
        noticeMethod: method as CaseDeadlineInput["noticeMethod"],
      },
      "RECORDS_DUE",
    );
    expect(d).toMatchObject({ dueDate, extendsToBusinessDay: true });
    expect(d.dueAt.toISOString()).toBe(endOfDay(dueDate));
  });

  it.each([
    ["Friday evening", "2026-06-12T18:30:00-07:00", "2026-06-14T01:30:00.000Z"],
    ["Saturday evening before DST starts", "2026-03-07T20:00:00-08:00", "2026-03-09T04:00:00.000Z"],
    ["New Year's Eve", "2026-12-31T16:00:00-08:00", "2027-01-02T00:00:00.000Z"],
  ])("EXPEDITED notice %s (%s): due %s, 24 hours, no extension", (_label, sent, dueAt) => {
    const d = only({ reviewType: "EXPEDITED", noticeSentAt: at(sent), noticeMethod: "ELECTRONIC" }, "RECORDS_DUE");
    expect(d.dueAt.toISOString()).toBe(dueAt);
    expect(d.dueDate).toBeUndefined();
  });
});

describe("DETERMINATION_DUE: from complete records", () => {
  it.each([
    [
      "STANDARD",
      "2026-01-30T18:00:00.000Z",
      "2026-03-01",
      "2026-03-02T07:59:59.999Z",
      "30 days to a Sunday, not extended",
    ],
    ["STANDARD", "2028-01-30T18:00:00.000Z", "2028-02-29", "2028-03-01T07:59:59.999Z", "leap day"],
    ["STANDARD", "2026-12-15T18:00:00.000Z", "2027-01-14", "2027-01-15T07:59:59.999Z", "over the year end"],
    ["FORMULARY", "2026-06-12T18:30:00-07:00", "2026-06-19", "2026-06-20T06:59:59.999Z", "Friday evening"],
    ["FORMULARY", "2028-02-24T18:00:00.000Z", "2028-03-02", "2028-03-03T07:59:59.999Z", "over leap day"],
    ["FORMULARY", "2026-11-25T18:00:00.000Z", "2026-12-04", "2026-12-05T07:59:59.999Z", "over Thanksgiving"],
  ])("%s, records complete %s: due %s until %s (%s)", (reviewType, complete, dueDate, dueAt) => {
    const d = only(
      { reviewType: reviewType as CaseDeadlineInput["reviewType"], recordsCompleteAt: at(complete) },
      "DETERMINATION_DUE",
    );
    expect(d).toMatchObject({ dueDate, dueAt: at(dueAt), extendsToBusinessDay: false });
  });

  it.each([
    ["Friday evening", "2026-06-12T18:30:00-07:00", "2026-06-16T01:30:00.000Z"],
    ["over the start of DST (wall clock moves an hour)", "2026-03-07T20:00:00-08:00", "2026-03-11T04:00:00.000Z"],
  ])("EXPEDITED, records complete %s (%s): due %s, 72 hours", (_label, complete, dueAt) => {
    const d = only({ reviewType: "EXPEDITED", recordsCompleteAt: at(complete) }, "DETERMINATION_DUE");
    expect(d.dueAt.toISOString()).toBe(dueAt);
    expect(d.dueDate).toBeUndefined();
  });
});

describe("IMPLEMENTATION_DUE: 5 working days after a letter that overturns an item", () => {
  it.each([
    ["2026-06-10", "2026-06-17", "ordinary week"],
    ["2026-11-24", "2026-12-03", "over Thanksgiving"],
    ["2028-02-25", "2028-03-03", "over leap day"],
    ["2026-12-28", "2027-01-05", "over New Year's Day"],
  ])("letter %s: due %s (%s)", (letter, dueDate) => {
    const d = only(
      { reviewType: "STANDARD", letterIssuedAt: morning(letter), anyOverturned: true },
      "IMPLEMENTATION_DUE",
    );
    expect(d).toMatchObject({ dueDate, extendsToBusinessDay: false });
  });

  it("does not apply when every item was upheld", () => {
    const kinds = computeCaseDeadlines({
      reviewType: "STANDARD",
      letterIssuedAt: morning("2026-06-10"),
      anyOverturned: false,
    }).map((d) => d.kind);
    expect(kinds).toEqual(["APPEAL_WINDOW"]);
  });
});

describe("APPEAL_WINDOW: 30 days after service (+5 mailed), extended to a business day", () => {
  it.each([
    ["ELECTRONIC", "2026-06-01", "2026-07-01", "ordinary"],
    ["MAIL", "2026-06-01", "2026-07-06", "mailed: 35 days"],
    ["ELECTRONIC", "2026-06-04", "2026-07-06", "day 30 on a Saturday holiday"],
    ["ELECTRONIC", "2026-12-17", "2027-01-19", "day 30 on the Saturday before MLK Day"],
    ["ELECTRONIC", "2028-01-30", "2028-02-29", "leap day"],
    ["MAIL", "2028-01-30", "2028-03-06", "mailed, day 35 a Sunday"],
    ["ELECTRONIC", "2028-10-11", "2028-11-13", "day 30 the Friday observed for Veterans Day"],
  ])("%s letter on %s: last day %s (%s)", (servedBy, letter, dueDate) => {
    const d = only(
      {
        reviewType: "STANDARD",
        letterIssuedAt: morning(letter),
        letterServedBy: servedBy as CaseDeadlineInput["letterServedBy"],
      },
      "APPEAL_WINDOW",
    );
    expect(d).toMatchObject({ dueDate, extendsToBusinessDay: true });
    expect(d.dueAt.toISOString()).toBe(endOfDay(dueDate));
  });
});

describe("computeCaseDeadlines", () => {
  it("computes only the kinds the known facts allow", () => {
    expect(computeCaseDeadlines({ reviewType: "STANDARD" })).toEqual([]);
    const all = computeCaseDeadlines({
      reviewType: "STANDARD",
      eligibilityDecidedAt: morning("2026-06-01"),
      noticeSentAt: morning("2026-06-02"),
      noticeMethod: "ELECTRONIC",
      recordsCompleteAt: morning("2026-06-10"),
      letterIssuedAt: morning("2026-07-01"),
      letterServedBy: "MAIL",
      anyOverturned: true,
    });
    expect(all.map((d) => [d.kind, d.dueDate])).toEqual([
      ["ASSIGNMENT_NOTICE", "2026-06-02"],
      ["RECORDS_DUE", "2026-06-15"],
      ["DETERMINATION_DUE", "2026-07-10"],
      ["IMPLEMENTATION_DUE", "2026-07-08"], // Friday July 3 is a working day: July 4 falls on a Saturday
      ["APPEAL_WINDOW", "2026-08-05"],
    ]);
  });

  it("gives each deadline its label, legal source and extension rule from the table", () => {
    const all = computeCaseDeadlines({
      reviewType: "STANDARD",
      eligibilityDecidedAt: morning("2026-06-01"),
      noticeSentAt: morning("2026-06-02"),
      recordsCompleteAt: morning("2026-06-10"),
      letterIssuedAt: morning("2026-07-01"),
      anyOverturned: true,
    });
    for (const d of all) {
      expect(d).toMatchObject({
        label: DEADLINE_RULES[d.kind].label,
        source: DEADLINE_RULES[d.kind].source,
        extendsToBusinessDay: DEADLINE_RULES[d.kind].extendsToBusinessDay,
      });
      expect(d.source).toMatch(/CCR|Labor Code/);
      expect(d.basis.length).toBeGreaterThan(0);
    }
  });

  it("uses the settings' figures and holidays", () => {
    const d = computeCaseDeadlines(
      { reviewType: "STANDARD", noticeSentAt: morning("2026-12-09"), noticeMethod: "MAIL" },
      {
        assignmentNoticeBusinessDays: 1,
        recordsDays: 15,
        recordsDaysElectronic: 12,
        recordsHoursExpedited: 24,
        implementationWorkingDays: 5,
        appealDays: 30,
        mailExtensionDays: 5,
        holidays: { extraDates: ["2026-12-24"] },
      },
    );
    expect(d[0].dueDate).toBe("2026-12-28");
  });
});
