// redactText on short passages: the exact published text, the gap style of the sample letter,
// the counts by kind, and clinical text (ages, sex, dates of service, levels, dosages,
// citations) that must come through byte for byte whatever the case's identifiers are.
import { SAMPLE_CLINICAL_SUMMARY, SAMPLE_RATIONALE } from "@/tools/letter/sample-model.ts";
import type { KnownIdentifiers } from "@/lib/redaction/known-identifiers.ts";
import { buildMatchers } from "@/lib/redaction/matchers.ts";
import { redactText } from "@/lib/redaction/redact.ts";
import { known, SAMPLE_KNOWN } from "./fixtures.ts";
import { ESI_KNOWN, ESI_TEMPLATE } from "./letter-esi.ts";
import { OPIOID_KNOWN, OPIOID_TEMPLATE } from "./letter-opioid.ts";
import { SAMPLE_PUBLISHED } from "./sample-published.ts";

const KNOWN = known({
  keepCaseNumber: "CM24-0012345",
  people: [
    { name: "Jane A. Doe", role: "EMPLOYEE" },
    { name: "Robert Chen, MD", role: "REQUESTING_PHYSICIAN" },
  ],
  organizations: ["Acme Manufacturing Inc.", "Golden State Claims Co."],
  claimNumbers: ["GSC-2024-000781"],
  phones: ["(916) 555-0142"],
  emails: ["jdoe@example.com"],
  datesOfBirth: ["1980-04-02"],
});

describe("redactText: exact published text", () => {
  it.each([
    [
      "The patient was referred to Dr. Chen who is recommending facet blocks.",
      "The patient was referred to  who is recommending facet blocks.",
      [["person", 1]],
    ],
    [
      "Dr. Robert Chen, MD's report from 07/03/2013 listed diagnoses.",
      " report from 07/03/2013 listed diagnoses.",
      [["person", 1]],
    ],
    [
      "Ms. Doe, a 48-year-old female employee of Acme Manufacturing, reports neck pain.",
      ", a 48-year-old female employee of , reports neck pain.",
      [
        ["person", 1],
        ["organization", 1],
      ],
    ],
    [
      "DOE, JANE A. (DOB 04/02/1980), claim GSC 2024 000781, Golden State Claims Company.",
      " (DOB ), claim , .",
      [
        ["person", 1],
        ["organization", 1],
        ["claimNumber", 1],
        ["dateOfBirth", 1],
      ],
    ],
    [
      "Contact J. Doe at (916) 555-0142 or jdoe@example.com.",
      "Contact  at  or .",
      [
        ["person", 1],
        ["phone", 1],
        ["email", 1],
      ],
    ],
    ["Jane reports that Chen's plan helped.", " reports that  plan helped.", [["person", 2]]],
    [
      "Prior IMR CM23-0000042 upheld; this is IMR CM24-0012345.",
      "Prior IMR  upheld; this is IMR CM24-0012345.",
      [["caseNumber", 1]],
    ],
    ["Seen by Chen\n\nand Doe.", "Seen by \n\nand .", [["person", 2]]],
    ["referred to Dr. Robert \n\nChen who", "referred to  who", [["person", 1]]], // a name wrapped across lines goes whole
  ])("%j", (text, expected, removed) => {
    const result = redactText(text, KNOWN);
    expect(result.text).toBe(expected);
    expect(result.removed).toEqual(removed.map(([kind, count]) => ({ kind, count })));
  });

  it("keeps the text outside a removed span byte for byte (tabs, CRLF, no-break spaces, emoji)", () => {
    const text = "A 48-year-old\u00A0male;\tseen by Dr.\u00A0Chen\r\non 07/03/2013 \u2014 pain 7/10 \u{1F642}.";
    expect(redactText(text, KNOWN).text).toBe(
      "A 48-year-old\u00A0male;\tseen by \r\non 07/03/2013 \u2014 pain 7/10 \u{1F642}.",
    );
  });

  it("removes a name hidden by a zero-width space, a soft hyphen or combining accents, and the marks with it", () => {
    expect(redactText("per Ch\u200Ben report", KNOWN).text).toBe("per  report");
    expect(redactText("per Ro\u00ADbert Chen report", KNOWN).text).toBe("per  report");
    expect(redactText("per Jane\u0301 Doe\u0301 report", KNOWN).text).toBe("per  report");
  });

  it("is idempotent: a published text redacts to itself", () => {
    const once = redactText("Dr. Chen saw Jane Doe of Acme Manufacturing Inc. on 07/03/2013.", KNOWN).text;
    expect(redactText(once, KNOWN)).toEqual({ text: once, removed: [] });
  });

  it("builds the patterns of a name recorded twice only once", () => {
    const persons = (names: string[]) =>
      buildMatchers(known({ keepCaseNumber: "CM24-0012345", people: names.map((name) => ({ name })) })).filter(
        (m) => m.kind === "person",
      );
    expect(persons(["SMITH, JOHN", "Dr. John Smith, MD", "john smith"]).length).toBe(persons(["John Smith"]).length);
    expect(persons(["John Paul", "Paul John"]).length).toBe(2 * persons(["John Paul"]).length);
  });

  it("with nothing known still removes phones, emails, SSNs, addresses and other IMR case numbers", () => {
    const nothing = known({ keepCaseNumber: "CM24-0012345" });
    expect(
      redactText(
        "Call 916-555-0142, mail x@y.org, SSN 123-45-6789, 12 Oak Street; CM24-0012345, CM22-1234567.",
        nothing,
      ).text,
    ).toBe("Call , mail , SSN , ; CM24-0012345, .");
  });
});

const ALL_KNOWN: KnownIdentifiers = {
  keepCaseNumber: "CM13-0001234",
  people: [...KNOWN.people, ...SAMPLE_KNOWN.people, ...ESI_KNOWN.people, ...OPIOID_KNOWN.people],
  organizations: [
    ...KNOWN.organizations,
    ...SAMPLE_KNOWN.organizations,
    ...ESI_KNOWN.organizations,
    ...OPIOID_KNOWN.organizations,
  ],
  claimNumbers: [
    ...KNOWN.claimNumbers,
    ...SAMPLE_KNOWN.claimNumbers,
    ...ESI_KNOWN.claimNumbers,
    ...OPIOID_KNOWN.claimNumbers,
  ],
  otherNumbers: [...(ESI_KNOWN.otherNumbers ?? [])],
  addresses: [...ESI_KNOWN.addresses, ...OPIOID_KNOWN.addresses],
  phones: [...KNOWN.phones, ...ESI_KNOWN.phones, ...OPIOID_KNOWN.phones],
  emails: [...KNOWN.emails, ...ESI_KNOWN.emails, ...OPIOID_KNOWN.emails],
  datesOfBirth: [
    ...KNOWN.datesOfBirth,
    ...SAMPLE_KNOWN.datesOfBirth,
    ...ESI_KNOWN.datesOfBirth,
    ...OPIOID_KNOWN.datesOfBirth,
  ],
  ssns: [...(ESI_KNOWN.ssns ?? []), ...(OPIOID_KNOWN.ssns ?? [])],
};

describe("clinical text comes through byte for byte, with every test case's identifiers known", () => {
  const clinical: [string, string][] = [
    ["the published sample letter", SAMPLE_PUBLISHED],
    ["the sample's clinical summary (letter model)", SAMPLE_CLINICAL_SUMMARY],
    ["the sample's decision rationale (letter model)", SAMPLE_RATIONALE],
    ["the ESI letter's guidelines", ESI_TEMPLATE.guidelines],
    ["the ESI letter's issue", ESI_TEMPLATE.issues],
    ["the opioid letter's guidelines", OPIOID_TEMPLATE.guidelines],
    ["the opioid letter's issue", OPIOID_TEMPLATE.issues],
    ["ages and sex", "The patient is a 48-year-old male; a 41-year-old female; age 52, sex M; 16 y/o."],
    ["dates of service", "Seen 07/03/2013, 7/3/13, 2013-07-03 and July 3, 2013; injured 10/14/2002; UR 07/09/2013."],
    ["levels", "Left C3, C4, and C5 dorsal median branch blocks aimed at C3-C4 and C4-C5; L4-L5, L5-S1, T12-L1, S1."],
    [
      "dosages",
      "Oxycodone/acetaminophen 10/325 mg #180; naproxen 550 mg twice daily; cyclobenzaprine 7.5 mg; MED 90 mg/day.",
    ],
    [
      "citations",
      "MTUS ACOEM Chapter 8 Neck and Upper Back Complaints Page(s): 174; Chronic Pain, Opioids, Page(s): 74-96; ODG Low Back.",
    ],
    [
      "common-word surnames in clinical use",
      "Long-term use; young age; Bell's palsy; Page(s) 46; Hand Chapter; Park the request; Walker provided.",
    ],
  ];
  it.each(clinical)("%s", (_label, text) => {
    expect(redactText(text, ALL_KNOWN)).toEqual({ text, removed: [] });
  });
  it("removes a known party's common-word name where it is capitalized (Karen Young, Daniel Page)", () => {
    expect(redactText("Young age; Page 46; young age.", ALL_KNOWN)).toEqual({
      text: " age;  46; young age.",
      removed: [{ kind: "person", count: 2 }],
    });
  });
});
