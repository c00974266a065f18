// Typesetting that cannot lose text, checked on the PDFs themselves: a long letter of varied
// text (many items, both outcomes, long URLs, drug names and digit strings, symbols, accents,
// Greek, an amendment) keeps every character of its text, in order, when extracted; no text
// runs past the right margin; every font is embedded and none is Helvetica; and no heading
// or item title ends a page without the text that follows it. Notices: fonts likewise.
// Text is read with the app's pdf.js (as tests/support/pdf-text.ts) without its Unicode
// normalization, so "µ" is read as written; fonts are read from the PDF's font dictionaries.
import { breakLongWord, MAX_WHOLE_WORD } from "@/lib/determinations/letter/fonts.ts";
import { letterBlocks, type LetterBlock } from "@/lib/determinations/letter/letter-blocks.ts";
import type { LetterItem, LetterModel } from "@/lib/determinations/letter/letter-model.ts";
import { renderLetterPdf } from "@/lib/determinations/letter/render-letter.tsx";
import { sampleLetter } from "@/tools/letter/sample-model.ts";
import { renderNoticePdf } from "@/lib/notices/notice-document.tsx";
import { openPdf } from "@/lib/reader/pdfjs-node.ts";
import { readPdf } from "../support/pdf-text.ts";

const PAGE_WIDTH = 612;
const PAGE_HEIGHT = 792;
const MARGIN = 72;
/**
 * The renderer's justification can set a line slightly wider than the column when the
 * line breaker counted on more shrinkable space than the justifier gives (seen: 0.85 pt,
 * with or without this project's word breaking); anything past this is text running off.
 */
const TOLERANCE = 1;

const URL_QUERY =
  "https://www.dir.ca.gov/dwc/MTUS/MTUS-Guidelines/Chronic-Pain-Medical-Treatment-Guidelines/Opioids-Long-Term-Use.pdf?version=2024-11-03&section=criteria_for_use#page=117";
const URL_UNBROKEN = `http://example.org/${"aVeryLongPathSegmentWithoutSeparators".repeat(3)}/x`;
const DRUG = "Dextroamphetaminesaccharateamphetamineaspartatedextroamphetaminesulfatemonohydrate";
const DIGITS = "1234567890".repeat(9);
const SYMBOLS =
  "✓ passed → next ≥ 5 mg ± 0.5 µg at 37 °C per § 9792.24.2, ½ tablet, “quoted” — café, niño, über; α β γ Ω; ⇒ ✔ ✗ ≤ ≠ × ÷ • … ‘x’ € ™";
const SENTENCE = "The patient reports continued pain at 7/10 despite medication, with limited range of motion. ";

function item(i: number, filler: number): LetterItem {
  const description =
    i === 2
      ? `${DRUG} 30 mg tablets, quantity 60, per ${URL_UNBROKEN}`
      : i === 4
        ? "Transforaminal epidural steroid injection ✓ at L4-L5 and L5-S1 levels under fluoroscopic guidance, bilateral, times two, with monitored anesthesia care ≥ 30 minutes"
        : `Physical therapy, ${6 + i} sessions (2×${3 + i} weeks)`;
  return {
    number: i + 1,
    description,
    decision: i % 2 ? "Upheld" : "Overturned",
    claimsAdministratorGuideline: `Decision based on the MTUS, see ${URL_QUERY}.`,
    reviewerGuideline: `Decision based on Non-MTUS Citation ${URL_UNBROKEN}, reference number ${DIGITS}.`,
    rationale:
      `${SENTENCE.repeat(1 + ((i * 3 + filler) % 6))}${SYMBOLS} The requested ${DRUG} is not medically necessary.\n\n` +
      `Second paragraph: ${URL_QUERY} ${SENTENCE.repeat((i + filler) % 4)}`,
  };
}

/** The sample letter made long and varied; `filler` moves the page breaks. */
function variedLetter(filler: number): LetterModel {
  const base = sampleLetter();
  return {
    ...base,
    clinicalSummary: `${base.clinicalSummary} ${SENTENCE.repeat(filler)}${SYMBOLS}`,
    items: Array.from({ length: 7 }, (_, i) => item(i, filler)),
    amendment: {
      version: 2,
      reason: `Corrected the citation ${URL_QUERY} (clerical error ✓).`,
      originalIssuedOn: "August 1, 2013",
    },
  };
}

type Line = { y: number; text: string };
type Page = { lines: Line[]; right: { x: number; str: string }[] };

/** Text lines of the page body (running header and footer left out), top to bottom. */
async function readPages(pdf: Buffer): Promise<Page[]> {
  const doc = await (await openPdf(pdf)).promise;
  const pages: Page[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent({ disableNormalization: true });
    const rows = new Map<number, { x: number; str: string }[]>();
    const right: Page["right"] = [];
    for (const it of content.items) {
      if (!("str" in it) || it.str.trim() === "") continue;
      const [x, y] = [it.transform[4], it.transform[5]];
      right.push({ x: x + it.width, str: it.str });
      if (y < MARGIN - 12 || y > PAGE_HEIGHT - MARGIN + 12) continue;
      const key = Math.round(y * 10) / 10;
      rows.set(key, [...(rows.get(key) ?? []), { x, str: it.str }]);
    }
    const lines = [...rows.entries()]
      .sort(([a], [b]) => b - a)
      .map(([y, items]) => ({
        y,
        text: items
          .sort((a, b) => a.x - b.x)
          .map((i) => i.str)
          .join(" "),
      }));
    pages.push({ lines, right });
  }
  return pages;
}

const strip = (s: string) => s.replace(/\s+/g, "");

/** The text a block prints, as the reader should find it. */
function blockText(block: LetterBlock): string {
  switch (block.kind) {
    case "fields":
      return block.fields.map((f) => `${f.label} ${f.value}`).join(" ");
    case "recipients":
      return [block.label, ...block.lines].join(" ");
    case "list":
      return block.items.map((i) => `${i.marker} ${i.text}`).join(" ");
    case "paragraph":
      return block.label ? `${block.label} ${block.text}` : block.text;
    default:
      return block.text;
  }
}

/** Every font dictionary's /BaseFont, and whether each font descriptor carries its font file. */
function fontsOf(pdf: Buffer) {
  const raw = pdf.toString("latin1");
  const baseFonts = [...raw.matchAll(/\/BaseFont\s*\/([^\s/<>[\]]+)/g)].map((m) => m[1]);
  const descriptors = [...raw.matchAll(/<<((?:(?!>>)[\s\S])*?\/Type\s*\/FontDescriptor[\s\S]*?)>>/g)].map((m) => m[1]);
  return { baseFonts, descriptors, raw };
}

function expectFontsEmbedded(pdf: Buffer) {
  const { baseFonts, descriptors, raw } = fontsOf(pdf);
  expect(baseFonts.length).toBeGreaterThan(0);
  for (const name of baseFonts) {
    expect(name).toMatch(/^[A-Z]{6}\+/); // a subset, so embedded
    expect(name).not.toMatch(/Helvetica|Times|Courier|Symbol|ZapfDingbats/);
  }
  expect(raw).not.toMatch(/\/Subtype\s*\/Type1\b/);
  expect(descriptors.length).toBeGreaterThan(0);
  for (const d of descriptors) expect(d).toMatch(/\/FontFile2\s+\d+\s+0\s+R/);
}

describe("breakLongWord", () => {
  it("keeps ordinary words whole", () => {
    for (const w of [
      "electromyography",
      "esophagogastroduodenoscopy",
      "9792.24.2,",
      "L4-L5",
      "x".repeat(MAX_WHOLE_WORD),
    ]) {
      expect(breakLongWord(w)).toEqual([w]);
    }
  });

  it("splits a long word into short pieces that join back to it, with empty (hyphen-free) break points", () => {
    for (const w of [URL_QUERY, URL_UNBROKEN, DRUG, DIGITS, "α".repeat(40), "😀".repeat(40)]) {
      const parts = breakLongWord(w);
      expect(parts.join("")).toBe(w);
      const pieces = parts.filter((_, i) => i % 2 === 0);
      expect(parts.filter((_, i) => i % 2 === 1).every((p) => p === "")).toBe(true);
      expect(pieces.every((p) => p !== "" && Array.from(p).length <= 12)).toBe(true);
    }
    expect(breakLongWord(URL_QUERY)).toContain("gov/");
  });

  it("breaks at the author's soft hyphens", () => {
    expect(breakLongWord("electro\u00ADmyo\u00ADgraphy")).toEqual(["electro", "myo", "graphy"]);
  });
});

describe("letter typesetting, a long varied letter", () => {
  const model = variedLetter(0);
  let pdf: Buffer;
  let pages: Page[];

  beforeAll(async () => {
    pdf = await renderLetterPdf(model);
    pages = await readPages(pdf);
  }, 60_000);

  it("keeps every character of its text, in order", () => {
    expect(pages.length).toBeGreaterThanOrEqual(4);
    const body = strip(pages.flatMap((p) => p.lines.map((l) => l.text)).join(""));
    let from = 0;
    for (const block of letterBlocks(model)) {
      const text = strip(blockText(block));
      const at = body.indexOf(text, from);
      if (at < 0) throw new Error(`not found in order: ${blockText(block).slice(0, 120)}`);
      from = at + text.length;
    }
    for (const s of [URL_QUERY, URL_UNBROKEN, DRUG, DIGITS, strip(SYMBOLS)]) expect(body).toContain(s);
  });

  it("reads the same through the shared reader, whitespace aside", async () => {
    const read = await readPdf(pdf);
    expect(strip(read.all)).toContain(URL_QUERY);
    expect(strip(read.all)).toContain(DIGITS);
  });

  it("sets no text past the right margin", () => {
    const limit = PAGE_WIDTH - MARGIN + TOLERANCE;
    const over = pages.flatMap((p, i) =>
      p.right.filter((r) => r.x > limit).map((r) => `page ${i + 1}: ${r.x.toFixed(1)} ${r.str}`),
    );
    expect(over).toEqual([]);
  });

  it("embeds every font it uses, the fallback font included, and refers to no Helvetica", () => {
    expectFontsEmbedded(pdf);
    const { baseFonts } = fontsOf(pdf);
    expect(baseFonts.some((f) => f.includes("LiberationSerif"))).toBe(true);
    expect(baseFonts.some((f) => f.includes("DejaVuSans"))).toBe(true);
  });

  it("draws a character no bundled font has as a visible box, not as nothing and not with Helvetica", async () => {
    const cjk = sampleLetter();
    cjk.clinicalSummary = `${cjk.clinicalSummary} Patient name in the record: 山田太郎.`;
    const out = await renderLetterPdf(cjk);
    expectFontsEmbedded(out);
    const text = strip((await readPages(out)).flatMap((p) => p.lines.map((l) => l.text)).join(""));
    expect(text).toMatch(/Patientnameintherecord:.{4}\./u);
  });
});

describe("letter typesetting, headings", () => {
  // Each filler moves the following text down by a line or so, so across the letters every
  // heading and item title comes to stand near the foot of a page.
  const fillers = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];

  it("never ends a page with a heading or an item title", async () => {
    const alone: string[] = [];
    let headingsSeen = 0;
    for (const filler of fillers) {
      const model = variedLetter(filler);
      const pages = await readPages(await renderLetterPdf(model));
      const pageTexts = pages.map((p) => strip(p.lines.map((l) => l.text).join("")));
      const starts: number[] = [];
      let offset = 0;
      for (const t of pageTexts) {
        starts.push(offset);
        offset += t.length;
      }
      const body = pageTexts.join("");
      const pageAt = (i: number) => starts.findLastIndex((s) => s <= i);
      let from = 0;
      for (const block of letterBlocks(model)) {
        const text = strip(blockText(block));
        const at = body.indexOf(text, from);
        if (at < 0) throw new Error(`filler ${filler}: not found in order: ${blockText(block).slice(0, 80)}`);
        from = at + text.length;
        if (block.kind !== "heading" && block.kind !== "itemTitle") continue;
        headingsSeen++;
        const page = pageAt(at);
        const pageEnd = starts[page] + pageTexts[page].length;
        if (pageAt(from - 1) !== page) alone.push(`filler ${filler}: split over pages: ${block.text}`);
        else if (from >= pageEnd) alone.push(`filler ${filler}: last on page ${page + 1}: ${block.text}`);
      }
    }
    expect(headingsSeen).toBeGreaterThan(fillers.length * 8);
    expect(alone).toEqual([]);
  }, 120_000);
});

describe("notice typesetting", () => {
  it("embeds its fonts, refers to no Helvetica, and keeps its text", async () => {
    const pdf = await renderNoticePdf({
      organizationName: "MAXIMUS Federal Services",
      title: "Notice of Assignment and Request for Information",
      caseNumber: "CM13-0001234",
      date: "August 20, 2013",
      recipients: [
        { role: "Employee", name: "José Núñez" },
        { role: "Claims Administrator", name: "Claims Administrator Name" },
      ],
      paragraphs: [`Records are requested within 15 days ✓ (≥ 10 business days) at ${URL_QUERY}.`, SYMBOLS],
      list: {
        heading: "Records requested",
        entries: ["Progress reports", `Reference ${DIGITS}`, `${DRUG} prescription`],
      },
      closing: ["Questions: call 1-800-000-0000."],
    });
    expectFontsEmbedded(pdf);
    const pages = await readPages(pdf);
    const body = strip(pages.flatMap((p) => p.lines.map((l) => l.text)).join(""));
    for (const s of [URL_QUERY, DIGITS, DRUG, strip(SYMBOLS), "JoséNúñez"]) expect(body).toContain(s);
    const over = pages.flatMap((p) => p.right.filter((r) => r.x > PAGE_WIDTH - MARGIN + TOLERANCE));
    expect(over).toEqual([]);
  }, 30_000);
});
