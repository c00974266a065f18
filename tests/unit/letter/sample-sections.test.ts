// The sample letter read back from the PDF, section by section: the text between two
// headings is exactly the text the model gives that section (whitespace collapsed), so no
// sentence is lost, repeated or moved across a page break, and nothing else is printed.
import type { LetterModel } from "@/lib/determinations/letter/letter-model.ts";
import {
  DOCUMENTS_INTRO,
  HEADINGS,
  ISSUES_INTRO,
  LETTER_TITLE,
  SUMMARY_INTRO,
} from "@/lib/determinations/letter/letter-text.ts";
import { nextSteps } from "@/lib/determinations/letter/next-steps.ts";
import { renderLetterPdf } from "@/lib/determinations/letter/render-letter.tsx";
import { readPdf } from "../../support/pdf-text.ts";
import { collapse, splitSections } from "./letter-pdf.ts";
import { sampleLetter } from "./sample-letter.ts";

const ORDER = [HEADINGS.howMade, HEADINGS.summary, HEADINGS.documents, HEADINGS.issues, HEADINGS.nextSteps];

/** What each section must read, built from the model's fields. */
function expectedSections(m: LetterModel): Map<string, string> {
  const documents = (m.documentsReviewed ?? []).map((d, i) => {
    const date = d.date ? `, dated ${d.date}` : "";
    const pages = d.pages ? ` (${d.pages} ${d.pages === 1 ? "page" : "pages"})` : "";
    return `${i + 1}. ${d.title}${date}${pages}`;
  });
  const items = m.items.map((item) => [
    `${item.number} ${item.description}: ${item.decision}`,
    `Claims Administrator guideline: ${item.claimsAdministratorGuideline}`,
    `${m.organizationName} guideline: ${item.reviewerGuideline}`,
    `Decision rationale: ${item.rationale}`,
  ]);
  const steps = nextSteps(m);
  const sections: [string, string[]][] = [
    [
      "",
      [
        LETTER_TITLE,
        `Case Number: ${m.caseNumber}`,
        `Date: ${m.issuedOn}`,
        `Date of Injury: ${m.dateOfInjury}`,
        `Claim Number: ${m.claimNumber}`,
        "This letter was sent to:",
        ...m.recipients.map((r) => `${r.role}: ${r.name}`),
      ],
    ],
    [HEADINGS.howMade, [m.howDeterminationWasMade]],
    [HEADINGS.summary, [SUMMARY_INTRO, m.clinicalSummary]],
    [HEADINGS.documents, [DOCUMENTS_INTRO, ...documents]],
    [HEADINGS.issues, [ISSUES_INTRO, ...items.flat()]],
    [HEADINGS.nextSteps, [...steps.paragraphs, ...steps.grounds.map((g, i) => `(${i + 1}) ${g}`), steps.closing]],
  ];
  return new Map(sections.map(([heading, parts]) => [heading, collapse(parts.join(" "))]));
}

describe("the sample letter, section by section", () => {
  const model = sampleLetter();
  let actual: Map<string, string>;

  beforeAll(async () => {
    const read = await readPdf(await renderLetterPdf(model));
    actual = splitSections(read.all, ORDER);
  }, 30_000);

  it("has every section, in order", () => {
    expect([...actual.keys()]).toEqual(["", ...ORDER]);
  });

  it.each(["", ...ORDER])("prints exactly the model's text under %j", (heading) => {
    expect(actual.get(heading)).toBe(expectedSections(model).get(heading));
  });

  it("itemizes the ten documents of the sample case", () => {
    expect(actual.get(HEADINGS.documents)).toContain(
      "1. Application for Independent Medical Review (DWC Form IMR), dated 07/22/2013 (3 pages) 2. Utilization review determination, dated 07/09/2013 (1 page)",
    );
    expect(actual.get(HEADINGS.documents)).toContain("7. Request for authorization, dated 07/03/2013 8.");
    expect(actual.get(HEADINGS.documents)).toMatch(/10\. Other medical records \(185 pages\)$/);
  });
});
