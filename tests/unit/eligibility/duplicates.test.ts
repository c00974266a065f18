// Duplicate applications: same employee (name + date of birth, or claim number), same UR
// decision date, and a same treatment, each compared on normalized text.
import { findDuplicate, type OpenCaseForDuplicates } from "@/lib/eligibility/duplicates.ts";
import { normalizeClaimNumber, normalizeTreatment } from "@/lib/eligibility/treatment-text.ts";

const application = {
  employee: { name: "Jane Doe", dateOfBirth: "1980-04-02", claimNumber: "ADJ-1234567" },
  urDecisionDate: "2026-05-29",
  items: ["MRI of the Lumbar Spine", "Physical therapy x 12"],
};
const open = (caseId: string, changes: Partial<OpenCaseForDuplicates> = {}): OpenCaseForDuplicates => ({
  caseId,
  employee: { name: "DOE, JANE", dateOfBirth: "1980-04-02", claimNumber: null },
  urDecisionDate: "2026-05-29",
  items: ["mri lumbar spine", "physical therapy x12"],
  ...changes,
});

describe("findDuplicate", () => {
  it.each<[string, OpenCaseForDuplicates[], string | null]>([
    ["same name (typed differently), birth date, UR date and treatments", [open("c1")], "c1"],
    [
      "same claim number, other name spelling",
      [open("c1", { employee: { name: "Janie Doe-Smith", dateOfBirth: null, claimNumber: "adj 1234567" } })],
      "c1",
    ],
    ["one treatment in common", [open("c1", { items: ["MRI lumbar spine", "Acupuncture x6"] })], "c1"],
    ["another UR decision date", [open("c1", { urDecisionDate: "2026-04-01" })], null],
    [
      "another employee with the same name",
      [open("c1", { employee: { name: "Jane Doe", dateOfBirth: "1975-01-01", claimNumber: null } })],
      null,
    ],
    [
      "same name, birth date unknown, no claim number",
      [open("c1", { employee: { name: "Jane Doe", dateOfBirth: null, claimNumber: null } })],
      null,
    ],
    ["no treatment in common", [open("c1", { items: ["Acupuncture x6"] })], null],
    ["no open cases", [], null],
    ["the case sharing more treatments wins", [open("c1", { items: ["MRI lumbar spine"] }), open("c2")], "c2"],
    ["the first listed wins a tie", [open("c1"), open("c2")], "c1"],
  ])("%s -> %s", (_label, cases, expected) => {
    expect(findDuplicate(application, cases)?.caseId ?? null).toBe(expected);
  });

  it("tells the shared treatments from the new ones", () => {
    expect(findDuplicate(application, [open("c1", { items: ["MRI lumbar spine"] })])).toEqual({
      caseId: "c1",
      sameItems: ["MRI of the Lumbar Spine"],
      newItems: ["Physical therapy x 12"],
    });
  });

  it("needs a UR decision date", () => {
    expect(findDuplicate({ ...application, urDecisionDate: null }, [open("c1", { urDecisionDate: null })])).toBeNull();
  });
});

describe("normalized texts", () => {
  it.each([
    ["MRI of the Lumbar Spine", "mri lumbar spine"],
    ["Physical therapy x 12", "physical therapy 12"],
    ["Physical Therapy X12", "physical therapy 12"],
    ["Tramadol 50mg, #60", "tramadol 50mg 60"],
    ["Épidural steroid injection & follow-up", "epidural steroid injection follow up"],
  ])("treatment %j -> %j", (text, expected) => {
    expect(normalizeTreatment(text)).toBe(expected);
  });

  it.each([
    ["ADJ-1234567", "ADJ1234567"],
    ["adj 123 4567", "ADJ1234567"],
  ])("claim number %j -> %j", (text, expected) => {
    expect(normalizeClaimNumber(text)).toBe(expected);
  });
});
