// The pure parts of the case file's text (lib/reader) and of Range requests (lib/http):
// a page's text made plain and whether it is meaningful, the size a page is rendered at for
// OCR, accents folded letter for letter, snippets in parts, progress in words, Range headers.
import { parseByteRange } from "@/lib/http/byte-range.ts";
import { foldAccents } from "@/lib/reader/fold-accents.ts";
import { hasMeaningfulText, pageTextOf, plainText } from "@/lib/reader/page-text.ts";
import { imageScale, MAX_PIXELS, MAX_SIDE, pixels, renderScale } from "@/lib/reader/render-size.ts";
import { snippetParts } from "@/lib/reader/snippet.ts";
import { textProgressWords } from "@/lib/reader/text-progress-words.ts";

describe("a page's text", () => {
  test("items joined, line ends kept, blanks collapsed, control characters dropped", () => {
    expect(
      pageTextOf([
        { str: "Diagnosis:", hasEOL: false },
        { str: "  lumbar\u0000 strain", hasEOL: true },
        { str: "Plan:\tPT\u0001", hasEOL: true },
        { hasEOL: true },
        { hasEOL: true },
        { hasEOL: true },
        { str: "end" },
      ]),
    ).toBe("Diagnosis: lumbar strain\nPlan: PT\n\nend");
    expect(plainText("a\r\nb\rc")).toBe("a\nb\nc");
  });

  test.each([
    ["", false],
    ["3", false],
    ["Page 2 of 7 — FAX", false],
    ["Lumbar radiculopathy at L5", true],
    ["Hernández Pérez Ñúñez Ólafsson", true],
  ])("%j is meaningful text: %s", (text, expected) => {
    expect(hasMeaningfulText(text)).toBe(expected);
  });
});

describe("the size a page is rendered at for OCR", () => {
  test.each([
    ["US letter at 200 dpi", 612, 792, 1700, 2200],
    ["A4", 595, 842, 1653, 2339],
    ["a poster is bounded", 2448, 3168, undefined, undefined],
    ["a thin strip", 14_400, 10, MAX_SIDE, undefined],
    ["a zero-size page", 0, 0, 1, 1],
  ])("%s", (_label, w, h, expectedW, expectedH) => {
    const scale = renderScale(w, h);
    const [pw, ph] = [pixels(w, scale), pixels(h, scale)];
    if (expectedW !== undefined) expect(pw).toBe(expectedW);
    if (expectedH !== undefined) expect(ph).toBe(expectedH);
    expect(pw).toBeLessThanOrEqual(MAX_SIDE);
    expect(ph).toBeLessThanOrEqual(MAX_SIDE);
    expect(pw * ph).toBeLessThanOrEqual(MAX_PIXELS * 1.01);
    expect(Math.min(pw, ph)).toBeGreaterThanOrEqual(1);
  });

  test("an image is never enlarged and a huge one is bounded", () => {
    expect(imageScale(1200, 400)).toBe(1);
    expect(imageScale(20_000, 20_000) * 20_000).toBeLessThanOrEqual(MAX_SIDE);
    expect(imageScale(0, 0)).toBe(1);
  });
});

describe("accents folded letter for letter", () => {
  test.each([
    ["Hernández", "Hernandez"],
    ["ÑÚÑEZ Ólafsson", "NUNEZ Olafsson"],
    ["Łódź, Øresund, Đặng", "Lodz, Oresund, Dang"],
    ["no accents 123", "no accents 123"],
  ])("%s", (text, folded) => {
    expect(foldAccents(text)).toBe(folded);
    expect(foldAccents(text).length).toBe(text.length);
  });
});

describe("a snippet in parts", () => {
  const original = "Seen by Dr. Núñez.\nThe employee, Ana Hernández, reports pain. Plan: therapy.";
  test("the marked words of the folded text shown from the original", () => {
    const headline = "The employee, Ana \u0001Hernandez\u0002, reports pain";
    expect(snippetParts(headline, original)).toEqual([
      { text: "The employee, Ana ", match: false },
      { text: "Hernández", match: true },
      { text: ", reports pain", match: false },
    ]);
  });

  test("fragments joined by a gap; a fragment not found is shown as given", () => {
    const headline = "Dr. \u0001Nunez\u0002\u0003Plan: \u0001therapy\u0002\u0003elsewhere \u0001x\u0002";
    expect(snippetParts(headline, original)).toEqual([
      { text: "Dr. ", match: false },
      { text: "Núñez", match: true },
      { text: " … Plan: ", match: false },
      { text: "therapy", match: true },
      { text: " … elsewhere ", match: false },
      { text: "x", match: true },
    ]);
  });

  test("no HTML passes through as markup: it is text", () => {
    expect(snippetParts("<b>bold</b> \u0001x\u0002", "<b>bold</b> x")).toEqual([
      { text: "<b>bold</b> ", match: false },
      { text: "x", match: true },
    ]);
  });
});

describe("progress in words", () => {
  const base = { pageCount: 300, textPagesDone: 0, ocrPagesDone: 0, textError: null };
  test.each([
    [{ status: "PENDING" }, "Text waiting", "Reading text: waiting to start."],
    [
      { status: "RUNNING", textPagesDone: 120, ocrPagesDone: 120 },
      "Reading text",
      "Reading text: 120 of 300 pages (OCR: 120 pages).",
    ],
    [{ status: "RUNNING", textPagesDone: 12, pageCount: null }, "Reading text", "Reading text: 12 pages."],
    [{ status: "DONE", textPagesDone: 300, ocrPagesDone: 1 }, "Text ready", "Text ready: 300 pages, 1 page by OCR."],
    [
      { status: "DONE", textPagesDone: 300, textError: "No text could be read on 2 of 300 pages." },
      "Text partly ready",
      "Text ready: 300 pages. No text could be read on 2 of 300 pages.",
    ],
    [
      { status: "DONE", textPagesDone: 1, textError: "No text could be read on any of its page." },
      "No text",
      "No text could be read. No text could be read on any of its page.",
    ],
    [
      { status: "FAILED", textError: "The PDF is protected by a password; its text cannot be read." },
      "No text",
      "No text could be read. The PDF is protected by a password; its text cannot be read.",
    ],
    [{ status: "NOT_APPLICABLE" }, "Generated", "A letter or notice from the portal: no text to read."],
  ] as const)("%j", (p, badge, detail) => {
    expect(textProgressWords({ ...base, ...p })).toMatchObject({ badge, detail });
  });
});

describe("Range headers", () => {
  test.each([
    [null, { kind: "whole" }],
    ["bytes=0-99", { kind: "range", start: 0, end: 99 }],
    ["bytes=100-", { kind: "range", start: 100, end: 999 }],
    ["bytes=-10", { kind: "range", start: 990, end: 999 }],
    ["bytes=-5000", { kind: "range", start: 0, end: 999 }],
    ["bytes=900-5000", { kind: "range", start: 900, end: 999 }],
    ["bytes=1000-", { kind: "unsatisfiable" }],
    ["bytes=5000-6000", { kind: "unsatisfiable" }],
    ["bytes=-0", { kind: "unsatisfiable" }],
    ["bytes=9-3", { kind: "whole" }],
    ["bytes=0-1,5-9", { kind: "whole" }],
    ["items=0-9", { kind: "whole" }],
    ["bytes=-", { kind: "whole" }],
    ["bytes=99999999999999999999-", { kind: "whole" }],
  ])("%j", (header, expected) => {
    expect(parseByteRange(header, 1000)).toEqual(expected);
  });
});
