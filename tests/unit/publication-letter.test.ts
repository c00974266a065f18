// The published copy of a letter: its case-specific sections are redacted one by one and put
// back; the search text leaves out the fixed WHAT HAPPENS NEXT; the PDF carries the
// "published copy" mark, the clinical text and the case number, and none of the names.
import { sampleLetter } from "@/tools/letter/sample-model.ts";
import type { LetterModel } from "@/lib/determinations/letter/letter-model.ts";
import { HEADINGS } from "@/lib/determinations/letter/letter-text.ts";
import { APPEAL_GROUNDS } from "@/lib/determinations/letter/next-steps.ts";
import { redactLetter } from "@/lib/redaction/leak-check.ts";
import { emptyKnownIdentifiers } from "@/lib/redaction/known-identifiers.ts";
import { letterSections, sectionLabel, withRedactedSections } from "@/lib/publication/letter-sections.ts";
import { PUBLISHED_MARK, searchableText } from "@/lib/publication/published-text.ts";
import { renderPublishedLetterPdf } from "@/lib/publication/render-published-letter.tsx";
import { readPdf } from "../support/pdf-text.ts";

/** The sample letter with the names a real letter carries. */
function namedLetter(): LetterModel {
  const letter = sampleLetter();
  return {
    ...letter,
    claimNumber: "WC-2019-004417",
    recipients: [
      { role: "Employee", name: "María Elena García-López" },
      { role: "Requesting Physician", name: "John Q. Smith, M.D." },
      { role: "Claims Administrator", name: "Acme Insurance Company" },
    ],
    clinicalSummary: `${letter.clinicalSummary} Ms. García-López was seen by Dr. Smith at Bay Area Spine & Pain Group, phone (510) 555-0100.`,
    documentsReviewed: [
      ...letter.documentsReviewed!,
      { title: "PR-2 report by SMITH, JOHN", date: "07/03/2013", pages: 6 },
    ],
    items: letter.items.map((item) => ({
      ...item,
      rationale: `${item.rationale} J. Smith's notes confirm it (claim WC 2019 004417).`,
    })),
    amendment: {
      version: 2,
      reason: "The employee's name, Maria Garcia-Lopez, was misspelled.",
      originalIssuedOn: "August 1, 2013",
    },
  };
}

const KNOWN = {
  ...emptyKnownIdentifiers("CM13-0001234"),
  people: [{ name: "María Elena García-López" }, { name: "John Q. Smith, M.D." }],
  organizations: ["ACME INSURANCE CO", "Bay Area Spine & Pain Group"],
  claimNumbers: ["WC-2019-004417"],
  phones: ["(510) 555-0100"],
};
const NAMES = ["García", "Garcia", "Smith", "SMITH", "Acme", "Bay Area Spine", "004417", "555-0100"];

describe("letter sections", () => {
  it("names every case-specific text of the letter and nothing fixed", () => {
    expect(Object.keys(letterSections(namedLetter()))).toEqual([
      "claimNumber",
      "howMade",
      "clinicalSummary",
      "recipients.1",
      "recipients.2",
      "recipients.3",
      ...Array.from({ length: 11 }, (_, i) => `documents.${i + 1}`),
      "items.1.description",
      "items.1.claimsAdministratorGuideline",
      "items.1.reviewerGuideline",
      "items.1.rationale",
      "amendmentReason",
    ]);
  });

  it("puts the same sections back unchanged", () => {
    const letter = namedLetter();
    expect(withRedactedSections(letter, letterSections(letter))).toEqual(letter);
  });

  it("refuses a redaction that lost a section", () => {
    const letter = namedLetter();
    const { clinicalSummary: _dropped, ...rest } = letterSections(letter);
    expect(() => withRedactedSections(letter, rest)).toThrow("clinicalSummary");
  });

  it("redacted and put back, the letter names no one and keeps its clinical text", () => {
    const letter = namedLetter();
    const redacted = redactLetter({ sections: letterSections(letter), known: KNOWN });
    expect(redacted.leaks).toEqual([]);
    const published = searchableText(withRedactedSections(letter, redacted.sections));
    for (const name of NAMES) expect(published).not.toContain(name);
    expect(published).toContain("The patient is a 48-year-old male.");
    expect(published).toContain("Case Number: CM13-0001234");
    expect(published).toContain("Employee: \n");
    expect(published).toContain("Reason for the amendment: The employee's name, , was misspelled.");
  });

  it.each([
    ["claimNumber", "the claim number"],
    ["clinicalSummary", "the clinical case summary"],
    ["recipients.2", "the list of recipients"],
    ["documents.3", "documents reviewed, entry 3"],
    ["items.2.rationale", "item 2, decision rationale"],
    ["items.1.description", "item 1, the disputed treatment"],
    ["amendmentReason", "the reason for the amendment"],
    ["letter", "the letter as a whole"],
  ])("section %s is %j in words", (key, label) => {
    expect(sectionLabel(key)).toBe(label);
  });
});

describe("published text", () => {
  it("for the search, is the letter up to WHAT HAPPENS NEXT", () => {
    const letter = sampleLetter();
    const searchable = searchableText(letter);
    expect(searchable).toContain(HEADINGS.summary);
    expect(searchable).toContain("Decision rationale: This patient presents with chronic left shoulder");
    expect(searchable).not.toContain(HEADINGS.nextSteps);
    expect(searchable).not.toContain(APPEAL_GROUNDS[1]);
    expect(searchable).toContain("Case Number: CM13-0001234");
  });
});

describe("published PDF", () => {
  it("is the redacted letter, marked as the published copy on every page", async () => {
    const letter = namedLetter();
    const redacted = redactLetter({ sections: letterSections(letter), known: KNOWN });
    const pdf = await renderPublishedLetterPdf(withRedactedSections(letter, redacted.sections));
    const read = await readPdf(pdf);
    expect(read.pages.length).toBeGreaterThan(1);
    for (const page of read.pages) expect(page).toContain(PUBLISHED_MARK);
    const text = read.pages.join(" ");
    for (const name of NAMES) expect(text).not.toContain(name);
    expect(text).toContain("CM13-0001234");
    expect(text).toContain("left-sided neck pain with radiation to suprascapular");
    expect(String(read.info.Title)).toContain("(published copy)");
  }, 60_000); // rendering with embedded fonts, on a shared machine
});
