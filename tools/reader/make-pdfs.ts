// PDFs for the reader's tests and benchmark, built with pdfkit: pages of text (a text layer),
// pages that are only a picture of text (what a scan or a fax is: no text layer, OCR needed),
// an encrypted PDF, a damaged one and one with no pages.
import { createCanvas } from "@napi-rs/canvas";
import PDFDocument from "pdfkit";

export type PageSpec = { text: string } | { image: Buffer };

/** A picture of lines of text, black on white, as a scanner would give it (PNG). */
export function textImage(lines: string[], { width = 1275, lineHeight = 46, fontPx = 30 } = {}): Buffer {
  const height = Math.max(200, 80 + lines.length * lineHeight);
  const canvas = createCanvas(width, height);
  const g = canvas.getContext("2d");
  g.fillStyle = "#ffffff";
  g.fillRect(0, 0, width, height);
  g.fillStyle = "#000000";
  g.font = `${fontPx}px sans-serif`;
  lines.forEach((line, i) => g.fillText(line, 50, 60 + i * lineHeight));
  return canvas.toBuffer("image/png");
}

/** A PDF of the given pages (US letter); with `userPassword`, encrypted so that it cannot be opened without it. */
export function makePdf(pages: PageSpec[], options: { userPassword?: string } = {}): Promise<Buffer> {
  const doc = new PDFDocument({ autoFirstPage: false, compress: true, ...options });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  for (const page of pages) {
    doc.addPage({ size: "LETTER", margin: 54 });
    if ("text" in page) doc.fontSize(11).text(page.text, { width: 504 });
    else doc.image(page.image, 54, 54, { width: 504 });
  }
  doc.end();
  return done;
}

/** Looks like a PDF (its header) but is not one. */
export function damagedPdf(): Buffer {
  return Buffer.from("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n%% torn off here\n");
}

/** A well-formed PDF whose page tree has no pages. */
export function zeroPagePdf(): Buffer {
  const objects = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>"];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}
