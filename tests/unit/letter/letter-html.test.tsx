// The web version of a letter carries every block of the PDF's letter, in the same order and
// with the same text, as semantic HTML: one h1, an h2 per section heading, an h3 per item, a
// <dl> for the notice block's rows, an <ol> per numbered list, English on the <article>. And
// the model stored beside a PDF reads back (old models too; new fields kept; junk refused).
import { renderToStaticMarkup } from "react-dom/server";
import { letterBlocks, type LetterBlock } from "@/lib/determinations/letter/letter-blocks.ts";
import type { LetterModel } from "@/lib/determinations/letter/letter-model.ts";
import { sampleLetter } from "@/tools/letter/sample-model.ts";
import { assignmentNotice, eligibilityNotice } from "@/lib/notices/build-notices.ts";
import { reason } from "@/lib/eligibility/reasons.ts";
import { parseRenditionModel } from "@/lib/documents/rendition-model.ts";
import { LetterHtml } from "@/components/letters/letter-html.tsx";
import { NoticeHtml } from "@/components/letters/notice-html.tsx";

const ENTITIES: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#x27;": "'",
  "&#39;": "'",
  "&nbsp;": " ",
};
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|nbsp|#x27|#39);/g, (m) => ENTITIES[m]);
const collapse = (s: string) => s.replace(/\s+/g, " ").trim();
/** The text a reader meets, in document order. */
const textOf = (html: string) => collapse(decode(html.replace(/<[^>]+>/g, " ")));
const count = (html: string, tag: string) => (html.match(new RegExp(`<${tag}[\\s>]`, "g")) ?? []).length;

/** Every piece of text of a block, in its reading order. */
function blockTexts(block: LetterBlock): string[] {
  switch (block.kind) {
    case "fields":
      return block.fields.flatMap((f) => [f.label, f.value]);
    case "recipients":
      return [block.label, ...block.lines];
    case "paragraph":
      return block.label ? [block.label, block.text] : [block.text];
    case "list":
      return block.items.flatMap((i) => [i.marker, i.text]);
    default:
      return [block.text];
  }
}

/** Finds each text after the one before it; the first one missing is reported. */
function expectInOrder(text: string, pieces: string[]) {
  let from = 0;
  for (const piece of pieces.map(collapse).filter(Boolean)) {
    const at = text.indexOf(piece, from);
    if (at < 0) throw new Error(`not found in order after offset ${from}: ${piece.slice(0, 120)}`);
    from = at + piece.length;
  }
}

function amended(): LetterModel {
  return {
    ...sampleLetter(),
    amendment: { version: 2, reason: "The claim number was wrong.", originalIssuedOn: "August 1, 2013" },
  };
}

function twoItems(): LetterModel {
  const model = sampleLetter();
  const second = {
    ...model.items[0],
    number: 2,
    description: "Physical therapy, 12 sessions",
    decision: "Upheld" as const,
    rationale: 'First paragraph of the rationale.\n\nSecond paragraph & <more> "quoted".',
  };
  return { ...model, items: [...model.items, second] };
}

describe("a letter as a web page", () => {
  test.each([
    ["the sample letter", sampleLetter()],
    ["an amended letter", amended()],
    ["a letter of two items, one with two paragraphs and markup-like text", twoItems()],
    ["a letter issued before the documents list was kept", { ...sampleLetter(), documentsReviewed: undefined }],
  ])("%s: every block's text, in order, in its element", (_label, model) => {
    const blocks = letterBlocks(model);
    const html = renderToStaticMarkup(<LetterHtml model={model} />);
    expectInOrder(textOf(html), blocks.flatMap(blockTexts));

    expect(html).toMatch(/^<article lang="en"/);
    expect(count(html, "h1")).toBe(1);
    expect(count(html, "h2")).toBe(blocks.filter((b) => b.kind === "heading").length);
    expect(count(html, "h3")).toBe(blocks.filter((b) => b.kind === "itemTitle").length);
    expect(count(html, "ol")).toBe(blocks.filter((b) => b.kind === "list").length);
    expect(count(html, "dl")).toBe(blocks.filter((b) => b.kind === "fields").length);
    expect(count(html, "dt")).toBe(blocks.flatMap((b) => (b.kind === "fields" ? b.fields : [])).length);
    // each element holds its block: the title in the h1, each heading in its h2, each item title in an h3
    const title = blocks.find((b) => b.kind === "title")!;
    expect(decode(html.match(/<h1[^>]*>(.*?)<\/h1>/)![1])).toBe(title.kind === "title" ? title.text : "");
    const h2s = [...html.matchAll(/<h2[^>]*>(.*?)<\/h2>/g)].map((m) => decode(m[1]));
    expect(h2s).toEqual(blocks.flatMap((b) => (b.kind === "heading" ? [b.text] : [])));
    const h3s = [...html.matchAll(/<h3[^>]*>(.*?)<\/h3>/g)].map((m) => decode(m[1]));
    expect(h3s).toEqual(blocks.flatMap((b) => (b.kind === "itemTitle" ? [b.text] : [])));
    // every section is named by its heading, and every name points at an element of the page
    for (const [, id] of html.matchAll(/aria-labelledby="([^"]+)"/g)) expect(html).toContain(`id="${id}"`);
    expect(count(html, "section")).toBe(h2s.length);
    expect(html).not.toContain("Draft");
  });

  test("the numbered lists keep the letter's own markers, in an <ol> each", () => {
    const html = renderToStaticMarkup(<LetterHtml model={sampleLetter()} />);
    const lists = [...html.matchAll(/<ol[^>]*>(.*?)<\/ol>/g)].map((m) => [...m[1].matchAll(/<li/g)].length);
    const expected = letterBlocks(sampleLetter()).flatMap((b) => (b.kind === "list" ? [b.items.length] : []));
    expect(lists).toEqual(expected);
    expect(textOf(html)).toContain("(5) The determination was the result of a plainly erroneous");
  });

  test("an amendment's notice is under the title; a draft is marked as a draft", () => {
    const html = renderToStaticMarkup(<LetterHtml model={{ ...amended(), draft: true }} />);
    const text = textOf(html);
    expect(text.indexOf("Draft — not issued")).toBeGreaterThanOrEqual(0);
    expect(text.indexOf("Draft — not issued")).toBeLessThan(text.indexOf("AMENDED"));
    expect(text).toContain("This amended determination replaces the determination issued on August 1, 2013.");
  });
});

describe("a notice as a web page", () => {
  const base = {
    organizationName: "Review Org",
    caseNumber: "CM26-0000001",
    date: "November 27, 2026",
    recipients: [
      { role: "Employee", name: "Ana Ruiz" },
      { role: "Claims Administrator", name: "Sierra Claims" },
    ],
  };
  test.each([
    [
      "notice of assignment",
      assignmentNotice(base, {
        reviewType: "STANDARD",
        recordsDue: "December 9, 2026",
        recordsBasis: "12 days after the notice (sent electronically)",
      }),
    ],
    [
      "notice of ineligibility",
      eligibilityNotice(
        base,
        { outcome: "INELIGIBLE", reasons: [reason("UNSIGNED"), reason("LATE")] } as Parameters<
          typeof eligibilityNotice
        >[1],
        null,
      ),
    ],
  ])("%s: its text in order, h1, dl, the list as an <ol> under an h2", (_label, model) => {
    const html = renderToStaticMarkup(<NoticeHtml model={model} />);
    expect(html).toMatch(/^<article lang="en"/);
    expectInOrder(textOf(html), [
      model.title,
      "Case Number:",
      model.caseNumber,
      "Date:",
      model.date,
      "This notice was sent to:",
      ...model.recipients.map((r) => `${r.role}: ${r.name}`),
      ...model.paragraphs,
      ...(model.list ? [model.list.heading, ...model.list.entries] : []),
      ...model.closing,
    ]);
    expect(count(html, "h1")).toBe(1);
    expect(count(html, "dl")).toBe(1);
    expect(count(html, "h2")).toBe(model.list ? 1 : 0);
    expect(count(html, "ol")).toBe(model.list ? 1 : 0);
  });
});

describe("the model kept beside the PDF", () => {
  const roundTrip = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

  test("a letter's and a notice's model read back as stored", () => {
    const letter = roundTrip({ kind: "letter", model: amended() });
    expect(parseRenditionModel(letter)).toEqual(letter);
    const notice = roundTrip({
      kind: "notice",
      model: assignmentNotice(
        { organizationName: "O", caseNumber: "CM26-0000002", date: "D", recipients: [] },
        { reviewType: "STANDARD", recordsDue: "R", recordsBasis: "B" },
      ),
    });
    expect(parseRenditionModel(notice)).toEqual(notice);
  });

  test("optional fields may be absent; fields added later are kept", () => {
    const { documentsReviewed: _d, ...old } = sampleLetter();
    expect(parseRenditionModel(roundTrip({ kind: "letter", model: old }))).not.toBeNull();
    const later = roundTrip({ kind: "letter", model: { ...sampleLetter(), someFieldAddedLater: { text: "kept" } } });
    expect(parseRenditionModel(later)).toEqual(later);
  });

  test("nothing stored, or something that is not a model, gives no web version", () => {
    for (const value of [
      null,
      undefined,
      {},
      "letter",
      { kind: "letter" },
      { kind: "letter", model: { caseNumber: 1 } },
      { kind: "memo", model: sampleLetter() },
    ]) {
      expect(parseRenditionModel(value)).toBeNull();
    }
  });
});
