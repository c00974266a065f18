// The qualifications paragraph of the letter: wording of the published letters, by
// qualification only.
import type { ReviewerQualifications } from "@/lib/determinations/letter/letter-model.ts";
import {
  describeHours,
  describeReviewerQualifications,
  describeYears,
  joinWords,
  stateName,
} from "@/lib/determinations/letter/qualifications.ts";

const ORG = "MAXIMUS Federal Services";
const pmr = {
  board: "ABPMR",
  specialtyName: "Physical Medicine & Rehabilitation",
  subspecialty: "Interventional Spine",
};
const base: ReviewerQualifications = {
  certifications: [pmr],
  licenseStates: ["CA"],
  yearsInPractice: 8,
  hoursPerWeek: 30,
};

const SAMPLE_PARAGRAPH =
  "MAXIMUS Federal Services sent the complete case file to a physician reviewer. He/she has no affiliation with the employer, employee, providers or the claims administrator. The physician reviewer is Board Certified in Physical Medicine & Rehabilitation, has a subspecialty in Interventional Spine, and is licensed to practice in California. He/she has been in active clinical practice for more than five years and is currently working at least 24 hours a week in active practice. The physician reviewer was selected based on his/her clinical experience, education, background, and expertise in the same or similar specialties that evaluate and/or treat the medical condition and disputed items/services. He/she is familiar with governing laws and regulations, including the strength of evidence hierarchy that applies to Independent Medical Review determinations.";

describe("describeReviewerQualifications", () => {
  it("reproduces the paragraph of the sample letter", () => {
    expect(describeReviewerQualifications(base, ORG)).toBe(SAMPLE_PARAGRAPH);
  });

  it.each<[string, Partial<ReviewerQualifications>, string]>([
    [
      "no subspecialty",
      { certifications: [{ ...pmr, subspecialty: null }] },
      "is Board Certified in Physical Medicine & Rehabilitation and is licensed to practice in California.",
    ],
    [
      "two boards, one subspecialty",
      {
        certifications: [
          { board: "ABIM", specialtyName: "Internal Medicine", subspecialty: null },
          { board: "ABIM", specialtyName: "Pulmonary Disease", subspecialty: "Critical Care Medicine" },
        ],
      },
      "is Board Certified in Internal Medicine and Pulmonary Disease, has a subspecialty in Critical Care Medicine, and is licensed",
    ],
    [
      "two subspecialties",
      {
        certifications: [
          { ...pmr },
          { board: "ABPMR", specialtyName: "Physical Medicine & Rehabilitation", subspecialty: "Pain Medicine" },
        ],
      },
      "is Board Certified in Physical Medicine & Rehabilitation, has subspecialties in Interventional Spine and Pain Medicine, and",
    ],
    [
      "three states",
      { licenseStates: ["ca", "NV", "DC"] },
      "licensed to practice in California, Nevada and the District of Columbia.",
    ],
    ["a state written out", { licenseStates: ["Oregon"] }, "licensed to practice in Oregon."],
    ["12 years", { yearsInPractice: 12 }, "active clinical practice for more than ten years and"],
    ["exactly 5 years", { yearsInPractice: 5 }, "for more than five years and"],
    ["15 years", { yearsInPractice: 15 }, "for more than fifteen years"],
    ["31 years", { yearsInPractice: 31 }, "for more than twenty years"],
    ["3 years", { yearsInPractice: 3 }, "active clinical practice for three years and"],
    ["1 year", { yearsInPractice: 1 }, "for one year and"],
    ["40 hours", { hoursPerWeek: 40 }, "currently working at least 24 hours a week in active practice."],
    ["exactly 24 hours", { hoursPerWeek: 24 }, "at least 24 hours a week in active practice."],
    ["16.5 hours", { hoursPerWeek: 16.5 }, "currently working at least 16 hours a week in active practice."],
    ["1 hour", { hoursPerWeek: 1 }, "at least 1 hour a week"],
    [
      "no hours",
      { hoursPerWeek: 0 },
      "He/she has been in active clinical practice for more than five years. The physician reviewer was selected",
    ],
  ])("%s", (_, change, expected) => {
    expect(describeReviewerQualifications({ ...base, ...change }, ORG)).toContain(expected);
  });

  it("keeps the fixed sentences whatever the credentials", () => {
    const text = describeReviewerQualifications(
      { certifications: [], licenseStates: [], yearsInPractice: 2, hoursPerWeek: 10 },
      "Acme Review",
    );
    expect(text).toMatch(
      /^Acme Review sent the complete case file to a physician reviewer\. He\/she has no affiliation/,
    );
    expect(text).not.toContain("Board Certified");
    expect(text).not.toContain("The physician reviewer is");
    expect(text).toMatch(/Independent Medical Review determinations\.$/);
  });

  it("reads nothing but the qualifications (no name can reach the letter)", () => {
    const withName = {
      ...base,
      name: "Dr. Jane Q. Example",
      firstName: "Jane",
      lastName: "Example",
    } as ReviewerQualifications;
    const text = describeReviewerQualifications(withName, ORG);
    expect(text).toBe(SAMPLE_PARAGRAPH);
    expect(text).not.toMatch(/Jane|Example/);
    expect(text).not.toMatch(/\bDr\.?\s/);
  });
});

describe("helpers", () => {
  it.each([
    ["CA", "California"],
    ["ny", "New York"],
    [" wv ", "West Virginia"],
    ["PR", "Puerto Rico"],
    ["DC", "the District of Columbia"],
    ["ZZ", "ZZ"],
    ["California", "California"],
  ])("stateName(%j) = %j", (code, name) => {
    expect(stateName(code)).toBe(name);
  });

  it("knows all fifty states", () => {
    const codes =
      "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY".split(
        " ",
      );
    expect(codes).toHaveLength(50);
    for (const code of codes) expect(stateName(code)).not.toBe(code);
  });

  it.each([
    [[], ""],
    [["A"], "A"],
    [["A", "B"], "A and B"],
    [["A", "B", "C"], "A, B and C"],
    [["A", " A ", ""], "A"],
  ])("joinWords(%j) = %j", (items, joined) => {
    expect(joinWords(items)).toBe(joined);
  });

  it.each([
    [0, "for less than one year"],
    [4.9, "for four years"],
    [Number.NaN, "for less than one year"],
    [20, "for more than twenty years"],
  ])("describeYears(%p) = %j", (years, text) => {
    expect(describeYears(years)).toBe(text);
  });

  it.each([
    [0, null],
    [-3, null],
    [23.9, "at least 23 hours a week"],
    [60, "at least 24 hours a week"],
  ])("describeHours(%p) = %j", (hours, text) => {
    expect(describeHours(hours)).toBe(text);
  });
});
