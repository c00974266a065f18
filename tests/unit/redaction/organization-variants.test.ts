// The written forms of an organization's name that redaction removes (suffixes, "&"/"and",
// abbreviations, any case), and the clinical phrases that share its words and must stay.
import { organizationVariants } from "@/lib/redaction/name-variants.ts";
import { redactText } from "@/lib/redaction/redact.ts";
import { known } from "./fixtures.ts";

const redactOrganization = (name: string, text: string) =>
  redactText(text, known({ keepCaseNumber: "CM24-0000001", organizations: [name] })).text;

describe("organizationVariants", () => {
  it.each([
    ["ACME INSURANCE CO", "billed to Acme Insurance Company today", "billed to  today"],
    ["ACME INSURANCE CO", "billed to Acme Insurance, Inc. today", "billed to  today"],
    ["ACME INSURANCE CO", "billed to The Acme Insurance Co. today", "billed to  today"],
    ["ACME INSURANCE CO", "billed to acme insurance today", "billed to  today"],
    ["ACME INSURANCE CO", "billed to Acme Ins. Co. today", "billed to  today"],
    ["ACME INSURANCE CO", "billed to ACME\u00A0INSURANCE's adjuster", "billed to  adjuster"],
    ["Smith & Jones LLC", "billed to Smith and Jones today", "billed to  today"],
    ["Smith and Jones", "billed to SMITH&JONES, L.L.C. today", "billed to  today"],
    ["St. Mary's Medical Center", "seen at Saint Marys Med. Ctr today", "seen at  today"],
    ["Advanced Pain Management", "seen at Advanced Pain Management today", "seen at  today"],
    ["Advanced Pain Management", "seen at ADVANCED PAIN MANAGEMENT today", "seen at  today"],
    ["Kaiser", "seen at Kaiser today", "seen at  today"],
    ["Target Corporation", "works for Target Corp. today", "works for  today"],
    ["A & B Co.", "works for A&B Co. today", "works for  today"],
    ["Western UR Services LLC", "reviewed by WESTERN UR SERVICES today", "reviewed by  today"],
  ])("%s: %j -> %j", (name, text, expected) => {
    expect(redactOrganization(name, text)).toBe(expected);
  });

  it.each([
    ["Advanced Pain Management", "was referred to advanced pain management for medication management"],
    ["Physical Therapy Associates", "completed 12 sessions of physical therapy associates with"],
    ["Target Corporation", "Target dose of 40 mg; the target was met."],
    ["Kaiser", "no kaiser roll"],
    ["Acme Insurance", "insurance authorization was denied"],
    ["A & B Co.", "hepatitis a and b vaccines"],
  ])("%s leaves %j as it is", (name, text) => {
    expect(redactOrganization(name, text)).toBe(text);
  });

  it.each([
    // a known organization's name word that is also an ordinary word or an eponym goes where capitalized
    [
      "Hills Group Inc.",
      "The supervisor at Hills offered duty; the hills nearby.",
      "The supervisor at  offered duty; the hills nearby.",
    ],
    [
      "Will Lowe-Medhurst and Effertz Inc.",
      "The supervisor at Will offered duty; he will continue.",
      "The supervisor at  offered duty; he will continue.",
    ],
    [
      "Hand and Sons Inc.",
      "The supervisor at Hand offered duty; hand pain.",
      "The supervisor at  offered duty; hand pain.",
    ],
    [
      "Smith and Sons Inc.",
      "The supervisor at Smith offered duty; a Smith's fracture.",
      "The supervisor at  offered duty; a Smith's fracture.",
    ],
    [
      "Bay Area Spine & Pain Group",
      "Chronic Pain Medical Treatment Guidelines; Spine surgery.",
      "Chronic Pain Medical Treatment Guidelines; Spine surgery.",
    ],
  ])("%s: %j -> %j", (name, text, expected) => {
    expect(redactOrganization(name, text)).toBe(expected);
  });

  it("gives one pattern per organization", () => {
    expect(organizationVariants("The Acme Insurance Co., Inc.").map((v) => v.form)).toEqual(["Acme Insurance"]);
    expect(organizationVariants("Target Corp").map((v) => v.form)).toEqual(["Target Corp."]);
  });
});
