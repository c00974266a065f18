// The final determination letter as PDF: sections, items, running header and footer,
// metadata, embedded fonts; read back as text the way a recipient would select it.
import type { LetterModel } from "@/lib/determinations/letter/letter-model.ts";
import { renderLetterPdf } from "@/lib/determinations/letter/render-letter.tsx";
import { readPdf, type ReadLetter } from "../../support/pdf-text.ts";
import { SAMPLE_CLINICAL_SUMMARY, SAMPLE_RATIONALE, sampleLetter } from "./sample-letter.ts";

const HEADINGS = [
  "HOW THE IMR FINAL DETERMINATION WAS MADE",
  "CLINICAL CASE SUMMARY",
  "IMR ISSUES, DECISIONS AND RATIONALES",
];

function expectRunningHeaderAndFooter(read: ReadLetter, caseNumber: string) {
  read.pages.forEach((page, i) => {
    expect(page).toContain(`Case Number: ${caseNumber}`);
    expect(page).toContain(`Page ${i + 1} of ${read.pages.length}`);
  });
}

describe("renderLetterPdf, the sample letter", () => {
  const model = sampleLetter();
  let pdf: Buffer;
  let read: ReadLetter;

  beforeAll(async () => {
    pdf = await renderLetterPdf(model);
    read = await readPdf(pdf);
  }, 30_000);

  it("is a PDF with selectable text", () => {
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(read.all.length).toBeGreaterThan(3000);
    expect(read.all).toContain("The patient is a 48-year-old male.");
  });

  it("embeds the bundled serif font", () => {
    const raw = pdf.toString("latin1");
    expect(raw).toContain("/FontFile2");
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+LiberationSerif/);
  });

  it("opens with the notice block and the recipients", () => {
    const first = read.pages[0];
    for (const line of [
      "Independent Medical Review Final Determination",
      "Case Number: CM13-0001234",
      "Date: August 20, 2013",
      "Date of Injury: October 14, 2002",
      "Claim Number: CLM-0042-7781",
      "This letter was sent to:",
      "Employee: Employee Name",
      "Requesting Physician: Requesting Physician Name",
      "Claims Administrator: Claims Administrator Name",
    ]) {
      expect(first).toContain(line);
    }
    expect(first.indexOf("This letter was sent to:")).toBeLessThan(first.indexOf(HEADINGS[0]));
  });

  it("has the three sections in order, with their introductions", () => {
    const at = HEADINGS.map((h) => read.all.indexOf(h));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(read.all).toContain(
      "CLINICAL CASE SUMMARY The expert reviewer developed the following clinical case summary based on a review of the case file, including all medical records:",
    );
    expect(read.all).toContain(
      "IMR ISSUES, DECISIONS AND RATIONALES The Final Determination was based on decisions for the disputed items/services set forth below:",
    );
    expect(read.all).toContain(SAMPLE_CLINICAL_SUMMARY);
  });

  it("describes the reviewer by qualification", () => {
    expect(read.all).toContain(
      "is Board Certified in Physical Medicine & Rehabilitation, has a subspecialty in Interventional Spine, and is licensed to practice in California.",
    );
    expect(read.all).toContain(
      "for more than five years and is currently working at least 24 hours a week in active practice.",
    );
  });

  it("lists the item with its decision, guidelines and rationale", () => {
    const item =
      "1 diagnostic medial branch blocks aimed at C3, C4, C5 medial branches C3-C4 and C4-C5 facet joints under fluoroscopy: Overturned";
    const parts = [
      item,
      "Claims Administrator guideline: The Claims Administrator did not base their decision on the MTUS.",
      "MAXIMUS Federal Services guideline: Decision based on MTUS ACOEM Chapter 8",
      `Decision rationale: ${SAMPLE_RATIONALE}`,
    ];
    const at = parts.map((p) => read.all.indexOf(p));
    expect(at.every((i) => i > read.all.indexOf(HEADINGS[2]))).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it("shows the case number and the page number on every page", () => {
    expect(read.pages.length).toBeGreaterThanOrEqual(2);
    expectRunningHeaderAndFooter(read, model.caseNumber);
  });

  it("carries the document metadata", () => {
    expect(read.info).toMatchObject({
      Title: "IMR Final Determination CM13-0001234",
      Author: "MAXIMUS Federal Services",
      Subject: "Independent Medical Review Final Determination, Case Number CM13-0001234",
      Creator: "MAXIMUS Federal Services IMR case portal",
    });
  });
});

describe("renderLetterPdf, a long letter", () => {
  const paragraphs = Array.from({ length: 14 }, (_, p) =>
    Array.from(
      { length: 9 },
      (_, s) =>
        `Paragraph ${p + 1} sentence ${s + 1} weighs the evidence against the MTUS and ODG criteria for this request.`,
    ).join(" "),
  );
  const model: LetterModel = {
    ...sampleLetter(),
    caseNumber: "CM26-0098765",
    clinicalSummary: "The patient is a 61-year-old female.\n\nShe reports low back pain since 2019.",
    items: [
      { ...sampleLetter().items[0], number: 1, decision: "Upheld", rationale: paragraphs.join("\n\n") },
      {
        ...sampleLetter().items[0],
        number: 2,
        description: "Lumbar MRI without contrast",
        decision: "Overturned",
        rationale: "Medically necessary.",
      },
    ],
  };
  let read: ReadLetter;

  beforeAll(async () => {
    read = await readPdf(await renderLetterPdf(model));
  }, 30_000);

  it("flows the rationale over several pages, complete and in order", () => {
    expect(read.pages.length).toBeGreaterThanOrEqual(4);
    expect(read.all).toContain(`Decision rationale: ${paragraphs[0]}`);
    const at = paragraphs.map((p) => read.all.indexOf(p));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it("keeps the running header and footer on every page", () => {
    expectRunningHeaderAndFooter(read, "CM26-0098765");
  });

  it("lists every item, after the long one", () => {
    expect(read.all).toContain("fluoroscopy: Upheld");
    expect(read.all).toContain("2 Lumbar MRI without contrast: Overturned");
    expect(read.all.indexOf("2 Lumbar MRI")).toBeGreaterThan(read.all.indexOf(paragraphs[13]));
    expect(read.all).toContain("The patient is a 61-year-old female. She reports low back pain since 2019.");
  });
});
