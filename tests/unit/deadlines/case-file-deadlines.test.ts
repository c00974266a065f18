// The deadlines of a case file read with all its determinations (the administrator's case
// page): the letter that counts for the determination's due date is the first one issued,
// as caseDeadlineSelect picks it (ISSUED or SUPERSEDED, lowest version); drafts, letters with
// QA and amended letters issued later never move it.
import { deadlinesOf, deadlinesOfCaseFile } from "@/lib/cases/case-deadlines-view.ts";

const NOW = new Date("2026-12-07T18:00:00.000Z");
const FACTS = {
  id: "c1",
  status: "DECIDED" as const,
  reviewType: "STANDARD" as const,
  eligibilityDecidedAt: new Date("2026-10-01T17:00:00.000Z"),
  eligibilityOutcome: "ELIGIBLE" as const,
  noticeSentAt: new Date("2026-10-01T18:00:00.000Z"),
  noticeMethod: "ELECTRONIC" as const,
  recordsCompleteAt: new Date("2026-10-12T18:00:00.000Z"),
};
type Status = "DRAFT" | "RETURNED" | "SUBMITTED" | "ISSUED" | "SUPERSEDED";
const letter = (version: number, status: Status, issuedAt: string | null, decision = "UPHELD") => ({
  version,
  status,
  issuedAt: issuedAt ? new Date(issuedAt) : null,
  items: [{ decision: decision as "UPHELD" | "OVERTURNED" }],
});
const determinationDone = (rows: ReturnType<typeof deadlinesOf>) =>
  rows.find((d) => d.kind === "DETERMINATION_DUE")?.doneAt?.toISOString() ?? null;

describe("the letter that counts is the first issued", () => {
  it.each([
    ["no determination", [], null],
    ["a draft only", [letter(1, "DRAFT", null)], null],
    ["a letter with QA only", [letter(1, "SUBMITTED", null)], null],
    ["one letter issued", [letter(1, "ISSUED", "2026-10-20T19:00:00.000Z")], "2026-10-20T19:00:00.000Z"],
    [
      "an amended letter issued after the first (newest first, as the case file lists them)",
      [letter(2, "ISSUED", "2026-11-02T19:00:00.000Z"), letter(1, "SUPERSEDED", "2026-10-20T19:00:00.000Z")],
      "2026-10-20T19:00:00.000Z",
    ],
    [
      "an amendment still in draft",
      [letter(2, "DRAFT", null), letter(1, "ISSUED", "2026-10-20T19:00:00.000Z")],
      "2026-10-20T19:00:00.000Z",
    ],
  ] as const)("%s", (_name, determinations, expected) => {
    const fromFile = deadlinesOfCaseFile({ ...FACTS, determinations: [...determinations] }, NOW);
    expect(determinationDone(fromFile)).toBe(expected);
    const issued = [...determinations]
      .filter((d) => d.status === "ISSUED" || d.status === "SUPERSEDED")
      .sort((a, b) => a.version - b.version);
    expect(fromFile).toEqual(deadlinesOf({ ...FACTS, determinations: issued.slice(0, 1) }, NOW));
  });
});

test("an overturned item on the first letter is what the deadlines see, not a later letter's", () => {
  const first = letter(1, "SUPERSEDED", "2026-10-20T19:00:00.000Z", "OVERTURNED");
  const amended = letter(2, "ISSUED", "2026-11-02T19:00:00.000Z", "UPHELD");
  expect(deadlinesOfCaseFile({ ...FACTS, determinations: [amended, first] }, NOW)).toEqual(
    deadlinesOf({ ...FACTS, determinations: [first] }, NOW),
  );
  expect(deadlinesOfCaseFile({ ...FACTS, determinations: [amended, first] }, NOW)).not.toEqual(
    deadlinesOf({ ...FACTS, determinations: [amended] }, NOW),
  );
});
