// Rendering benchmark of the final determination letter: the sample case rendered by
// renderLetterPdf (react-pdf) and, as the floor, the same blocks of text laid out with plain
// pdfkit (same fonts embedded and subset, same page, sections, headings, justified
// wrapping, running header and "Page N of M" footer). Goals: under 60 ms per letter, and
// within 2.5x the floor. Runs as the production server does (NODE_ENV=production) unless
// NODE_ENV is set.  Usage: npx tsx scripts/bench-pdf.ts [letters, default 200]
import fs from "node:fs";
import path from "node:path";
import PDFDocument from "pdfkit";

const env = process.env as Record<string, string | undefined>;
env.NODE_ENV ??= "production";
const { Font } = await import("@react-pdf/renderer");
const { renderLetterPdf } = await import("../lib/determinations/letter/render-letter.tsx");
const { LETTER_FONT_FAMILY, registerLetterFonts } = await import("../lib/determinations/letter/fonts.ts");
const { letterBlocks } = await import("../lib/determinations/letter/letter-blocks.ts");
const { LETTER_TITLE, runningTitle } = await import("../lib/determinations/letter/letter-text.ts");
const { sampleLetter } = await import("../tools/letter/sample-model.ts");
type LetterModel = ReturnType<typeof sampleLetter>;

const RUNS = Number(process.argv[2] ?? 200);
const WARM_UPS = 10;
const GOAL_MS = 60;
const GOAL_RATIO = 2.5;
const INCH = 72;
const SIZE = 11.5;

// Font files read by the renderer: to show they are read once per process, not per letter.
const fontReads: string[] = [];
const readFile = fs.promises.readFile;
fs.promises.readFile = ((file: fs.PathLike, ...rest: unknown[]) => {
  if (String(file).endsWith(".ttf")) fontReads.push(String(file));
  return (readFile as (...a: unknown[]) => unknown)(file, ...rest);
}) as typeof fs.promises.readFile;

/** The parsed fonts the renderer uses, so the floor embeds exactly the same (once loaded). */
async function letterFonts() {
  registerLetterFonts();
  const fonts = [400, 700].map((fontWeight) => Font.getFont({ fontFamily: LETTER_FONT_FAMILY, fontWeight }));
  await Promise.all(fonts.map((f) => f.load()));
  return fonts.map((f) => f.data as unknown as Buffer);
}

/** The floor: the letter's blocks with pdfkit's own layout, no component tree, no flexbox. */
function pdfkitLetter(model: LetterModel, [regular, bold]: Buffer[]): Promise<Buffer> {
  const doc = new PDFDocument({ size: "LETTER", margin: INCH, bufferPages: true, info: { Title: LETTER_TITLE } });
  doc.registerFont("R", regular).registerFont("B", bold);
  const width = doc.page.width - 2 * INCH;
  let font = "R";
  const gap = (f: string) => SIZE * 1.4 - doc.font(f).fontSize(SIZE).currentLineHeight(true);
  const text = (f: string, s: string, o: PDFKit.Mixins.TextOptions = {}, x = INCH) =>
    doc
      .font((font = f))
      .fontSize(SIZE)
      .text(s, x, doc.y, { lineGap: gap(f), width, ...o });
  const header = () => {
    const [x, y] = [doc.x, doc.y];
    doc
      .font("R")
      .fontSize(9)
      .text(runningTitle(model), INCH, INCH / 2, { lineBreak: false });
    const right = `Case Number: ${model.caseNumber}`;
    doc.text(right, INCH + width - doc.widthOfString(right), INCH / 2, { lineBreak: false });
    doc
      .moveTo(INCH, INCH / 2 + 12)
      .lineTo(INCH + width, INCH / 2 + 12)
      .lineWidth(0.5)
      .stroke("#777777");
    doc.font(font).fontSize(SIZE);
    [doc.x, doc.y] = [x, y];
  };
  const keepWithNext = () => doc.y + 60 > doc.page.height - INCH && doc.addPage();
  doc.on("pageAdded", header);
  header();
  for (const b of letterBlocks(model)) {
    if (b.kind === "title") doc.font("B").fontSize(14).text(b.text, { align: "center" }).moveDown(0.8);
    else if (b.kind === "notice") text("B", b.text).moveDown(0.6);
    else if (b.kind === "fields")
      b.fields.forEach((f) => text("B", `${f.label} `, { continued: true }) && text("R", f.value));
    else if (b.kind === "recipients") {
      doc.y += 10;
      text("B", b.label);
      text("R", b.lines.join("\n"), { indent: 18, indentAllLines: true });
    } else if (b.kind === "heading" || b.kind === "itemTitle") {
      doc.y += b.kind === "heading" ? 18 : 10;
      keepWithNext();
      text("B", b.text).moveDown(0.4);
    } else if (b.kind === "list") {
      for (const item of b.items)
        text("R", `${item.marker} ${item.text}`, { indent: -24, width: width - 24 }, INCH + 24);
      doc.y += 8;
    } else {
      if (b.label) text("B", `${b.label} `, { continued: true });
      text("R", b.text, { align: "justify" });
      doc.y += 8;
    }
  }
  const pages = doc.bufferedPageRange();
  for (let i = 0; i < pages.count; i++) {
    doc.switchToPage(i);
    doc.page.margins.bottom = 0;
    doc
      .font("R")
      .fontSize(9)
      .text(`Page ${i + 1} of ${pages.count}`, INCH, doc.page.height - INCH / 2 - 9, { width, align: "center" });
  }
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  return new Promise((resolve) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.end();
  });
}

type Timing = { median: number; bytes: number };

/** Medians of the two renderings, taken in turns so a busy machine slows both alike. */
async function timeBoth(a: () => Promise<Buffer>, b: () => Promise<Buffer>): Promise<[Timing, Timing]> {
  for (let i = 0; i < WARM_UPS; i++) {
    await a();
    await b();
  }
  const runs = [a, b].map((render) => ({ render, ms: [] as number[], bytes: 0 }));
  for (let i = 0; i < RUNS; i++) {
    for (const run of runs) {
      const start = performance.now();
      run.bytes = (await run.render()).length;
      run.ms.push(performance.now() - start);
    }
  }
  const median = (ms: number[]) => [...ms].sort((x, y) => x - y)[Math.floor(ms.length / 2)];
  const [ta, tb] = runs.map((r) => ({ median: median(r.ms), bytes: r.bytes }));
  return [ta, tb];
}

const pageCount = (pdf: Buffer) => (pdf.toString("latin1").match(/\/Type \/Page\b/g) ?? []).length;
const model = sampleLetter();
const fonts = await letterFonts();
const [reactPdf, floor] = await timeBoth(
  () => renderLetterPdf(model),
  () => pdfkitLetter(model, fonts),
);
const ratio = reactPdf.median / floor.median;
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;

console.log(
  `sample letter ${model.caseNumber}, ${RUNS} letters after ${WARM_UPS} warm-ups, NODE_ENV=${process.env.NODE_ENV}`,
);
console.log(
  `react-pdf: median ${reactPdf.median.toFixed(1)} ms/letter, ${(1000 / reactPdf.median).toFixed(1)} letters/s ` +
    `(${pageCount(await renderLetterPdf(model))} pages, ${kb(reactPdf.bytes)})`,
);
console.log(
  `pdfkit floor: median ${floor.median.toFixed(1)} ms/letter, ${(1000 / floor.median).toFixed(1)} letters/s ` +
    `(${pageCount(await pdfkitLetter(model, fonts))} pages, ${kb(floor.bytes)})`,
);
console.log(
  `ratio: ${ratio.toFixed(2)}x (goal <= ${GOAL_RATIO}x): ${ratio <= GOAL_RATIO ? "met" : "not met"}, ` +
    `goal < ${GOAL_MS} ms: ${reactPdf.median < GOAL_MS ? "met" : "not met"}`,
);
console.log(
  `font files read by the renderer: ${fontReads.length} (${[...new Set(fontReads.map((f) => path.basename(f)))].join(", ")})`,
);
