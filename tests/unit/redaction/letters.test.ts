// Three realistic letters, each written with many forms of the same names, redacted whole:
// the published copy is exactly the letter with the marked identifiers cut out (so the
// clinical text, citations, dates of service, ages, levels and dosages come through byte for
// byte), the IMR case number stays, and the leak check finds nothing.
import { findLeaks, redactLetter } from "@/lib/redaction/leak-check.ts";
import { redactText } from "@/lib/redaction/redact.ts";
import { published, publishedSections, SAMPLE_KNOWN, SAMPLE_TEMPLATE, written, writtenSections } from "./fixtures.ts";
import { ESI_KNOWN, ESI_TEMPLATE } from "./letter-esi.ts";
import { OPIOID_KNOWN, OPIOID_TEMPLATE } from "./letter-opioid.ts";
import { SAMPLE_PUBLISHED } from "./sample-published.ts";

describe("the published sample letter", () => {
  it("is reproduced byte for byte from the letter as written, names restored", () => {
    expect(published(SAMPLE_TEMPLATE)).toBe(SAMPLE_PUBLISHED);
    const result = redactText(written(SAMPLE_TEMPLATE), SAMPLE_KNOWN);
    expect(result.text).toBe(SAMPLE_PUBLISHED);
    expect(result.removed).toEqual([{ kind: "person", count: 3 }]);
  });

  it("shows the sample's gaps: the name is cut out, the spaces on both sides stay", () => {
    const text = redactText(written(SAMPLE_TEMPLATE), SAMPLE_KNOWN).text;
    expect(text).toContain("The patient was referred to  who is recommending");
    expect(text).toContain("rationale for denial.   report from 07/03/2013");
    expect(text).toContain("reference to cervical MRI per  AME report from 10/27/2004.");
  });

  it("passes the leak check, and the published copy is left as it is by a second redaction", () => {
    expect(findLeaks(SAMPLE_PUBLISHED, SAMPLE_KNOWN)).toEqual([]);
    expect(redactText(SAMPLE_PUBLISHED, SAMPLE_KNOWN)).toEqual({ text: SAMPLE_PUBLISHED, removed: [] });
  });

  it("finds the names in the letter as written, each once, longest form", () => {
    expect(findLeaks(written(SAMPLE_TEMPLATE), SAMPLE_KNOWN).map((l) => [l.kind, l.found])).toEqual([
      ["person", "Dr. Patel's"],
      ["person", "Luis Hernández, M.D."],
      ["person", "Dr. Andrew Kim"],
    ]);
  });
});

describe.each([
  ["lumbar epidural steroid injection", ESI_TEMPLATE, ESI_KNOWN],
  ["opioid pharmacy", OPIOID_TEMPLATE, OPIOID_KNOWN],
])("the %s letter", (_name, template, known) => {
  const result = redactLetter({ sections: writtenSections(template), known });

  it.each(Object.keys(template))("section %s is the letter with exactly the marked identifiers cut out", (section) => {
    expect(result.sections[section]).toBe(publishedSections(template)[section]);
  });

  it("passes the leak check and may be published", () => {
    expect(result.leaks).toEqual([]);
    expect(result.publishable).toBe(true);
  });

  it("keeps the IMR case number of the letter", () => {
    expect(result.sections.header).toContain(`IMR Case Number: ${known.keepCaseNumber}`);
  });

  it("would not be publishable without redaction", () => {
    const leaks = Object.values(writtenSections(template)).flatMap((text) => findLeaks(text, known));
    const kinds = new Set(leaks.map((l) => l.kind));
    for (const kind of ["person", "organization", "claimNumber", "address", "phone", "email", "dateOfBirth", "ssn"]) {
      expect(kinds).toContain(kind);
    }
  });
});

describe("counts of what was removed", () => {
  it("reports each kind once, in a fixed order", () => {
    const { removed } = redactLetter({ sections: writtenSections(ESI_TEMPLATE), known: ESI_KNOWN });
    expect(removed.map((r) => r.kind)).toEqual([
      "person",
      "organization",
      "claimNumber",
      "otherNumber",
      "caseNumber",
      "address",
      "phone",
      "email",
      "dateOfBirth",
      "ssn",
    ]);
    expect(removed.find((r) => r.kind === "caseNumber")?.count).toBe(1);
    expect(removed.find((r) => r.kind === "claimNumber")?.count).toBe(2);
  });
});
