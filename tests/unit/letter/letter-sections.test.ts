// The letter's new parts as printed: DOCUMENTS REVIEWED (itemized; left out of older letters),
// WHAT HAPPENS NEXT for an overturned and an all-upheld letter, an amended letter's title,
// notice and running header, and the "DRAFT — NOT ISSUED" mark of a QA preview, on every page.
import type { LetterModel } from "@/lib/determinations/letter/letter-model.ts";
import { DRAFT_MARK, HEADINGS, NO_OTHER_DOCUMENTS } from "@/lib/determinations/letter/letter-text.ts";
import { renderLetterPdf } from "@/lib/determinations/letter/render-letter.tsx";
import { readPdf, type ReadLetter } from "../../support/pdf-text.ts";
import { bodyText, splitSections } from "./letter-pdf.ts";
import { sampleLetter } from "./sample-letter.ts";

const { documentsReviewed: _, ...older } = sampleLetter();
const MODELS = {
  sample: sampleLetter(),
  upheldOlder: { ...older, items: older.items.map((i) => ({ ...i, decision: "Upheld" as const })) },
  amendedEmpty: {
    ...sampleLetter(),
    documentsReviewed: [],
    amendment: { version: 3, reason: "The claim number was corrected.", originalIssuedOn: "August 13, 2013" },
  },
  draft: { ...sampleLetter(), draft: true },
} satisfies Record<string, LetterModel>;

const read = {} as Record<keyof typeof MODELS, ReadLetter>;
const body = (key: keyof typeof MODELS) => bodyText(read[key]);
const section = (key: keyof typeof MODELS, heading: string, next: string[]) =>
  splitSections(body(key), [heading, ...next]).get(heading) ?? "";

beforeAll(async () => {
  for (const key of Object.keys(MODELS) as (keyof typeof MODELS)[])
    read[key] = await readPdf(await renderLetterPdf(MODELS[key]));
}, 60_000);

describe("DOCUMENTS REVIEWED", () => {
  it("lists each document on its own numbered line, after the summary and before the issues", () => {
    const text = section("sample", HEADINGS.documents, [HEADINGS.issues]);
    expect(text).toMatch(/^The physician reviewer reviewed the following documents: 1\. Application/);
    expect(text).toContain(
      "6. Progress report, dated 07/03/2013 (14 pages) 7. Request for authorization, dated 07/03/2013 8. EMG/NCV studies report",
    );
    expect(body("sample").indexOf(HEADINGS.summary)).toBeLessThan(body("sample").indexOf(HEADINGS.documents));
  });

  it("says the file held nothing else when the list is empty", () => {
    expect(section("amendedEmpty", HEADINGS.documents, [HEADINGS.issues])).toBe(NO_OTHER_DOCUMENTS);
  });

  it("is left out of a letter whose model has no list", () => {
    expect(body("upheldOlder")).not.toContain(HEADINGS.documents);
    expect(body("upheldOlder")).not.toContain(NO_OTHER_DOCUMENTS);
  });
});

describe("WHAT HAPPENS NEXT", () => {
  it("comes last, and tells the claims administrator to authorize an overturned service", () => {
    const text = section("sample", HEADINGS.nextSteps, []);
    expect(text).toMatch(
      /^Overturned \(item 1\): .* must authorize it within 5 working days of receiving this determination/,
    );
    expect(text).toContain("reimburse the provider or the employee within 20 days");
    expect(text).toMatch(
      /If an appeal succeeds, the dispute is sent back for a new independent medical review by a different reviewer\.$/,
    );
  });

  it("says the denial stands when every item is upheld", () => {
    const text = section("upheldOlder", HEADINGS.nextSteps, []);
    expect(text).toMatch(
      /^The utilization review decision stands: the disputed treatment is not medically necessary and not authorized\./,
    );
    expect(text).not.toContain("must authorize");
  });

  it("explains the appeal to the WCAB within 30 days, on the five grounds, for either outcome", () => {
    for (const key of ["sample", "upheldOlder"] as const) {
      const text = section(key, HEADINGS.nextSteps, []);
      expect(text).toContain("final and binding on all parties unless it is appealed");
      expect(text).toContain("Workers' Compensation Appeals Board (WCAB) by filing a verified appeal");
      expect(text).toContain("within 30 days of the date this determination was mailed (Labor Code section 4610.6(h))");
      expect(text).toMatch(
        /\(1\) The Administrative Director .* \(2\) .*fraud\. \(3\) .*conflict of interest\. \(4\) .*disability\. \(5\) .*expert opinion\./,
      );
    }
  });
});

describe("an amended letter", () => {
  it("titles itself AMENDED with its version, and says what it replaces and why, above the case data", () => {
    const first = body("amendedEmpty");
    expect(first).toMatch(
      /^Independent Medical Review AMENDED Final Determination \(version 3\) This amended determination replaces the determination issued on August 13, 2013\. Reason for the amendment: The claim number was corrected\. Case Number: CM13-0001234/,
    );
  });

  it("says Amended in the running header of every page and in the document title", () => {
    read.amendedEmpty.pages.forEach((page, i, pages) => {
      expect(page).toMatch(/^Independent Medical Review Amended Final Determination Case Number: CM13-0001234 /);
      expect(page).toMatch(new RegExp(`Page ${i + 1} of ${pages.length}$`));
    });
    expect(read.amendedEmpty.info.Title).toBe("IMR Amended Final Determination CM13-0001234 (version 3)");
  });
});

describe("a draft", () => {
  it("carries DRAFT — NOT ISSUED on every page and in the document title", () => {
    expect(read.draft.pages.length).toBeGreaterThanOrEqual(2);
    for (const page of read.draft.pages)
      expect(page.startsWith(`${DRAFT_MARK} Independent Medical Review Final Determination`)).toBe(true);
    expect(read.draft.info.Title).toBe("DRAFT IMR Final Determination CM13-0001234");
  });

  it("prints the same letter otherwise", () => {
    expect(body("draft")).toBe(body("sample"));
    expect(read.sample.pages.join(" ")).not.toContain(DRAFT_MARK);
  });
});
