// Reads a rendered letter back: text per page (whitespace collapsed) and document info, with
// the app's own pdf.js (lib/reader/pdfjs-node.ts).
import { pageTextOf } from "@/lib/reader/page-text.ts";
import { openPdf } from "@/lib/reader/pdfjs-node.ts";

export type ReadLetter = {
  /** each page's text, running header and footer included */
  pages: string[];
  /** the body text of all pages, running header and footer removed */
  all: string;
  info: Record<string, unknown>;
};

const collapse = (s: string) => s.replace(/\s+/g, " ").trim();
const HEADER = /^Independent Medical Review Final Determination Case Number: \S+ /;
const FOOTER = / Page \d+ of \d+$/;

export async function readPdf(pdf: Buffer): Promise<ReadLetter> {
  const task = await openPdf(pdf);
  try {
    const doc = await task.promise;
    const text: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      text.push(pageTextOf(content.items as { str?: string; hasEOL?: boolean }[]));
    }
    const { info } = await doc.getMetadata();
    const pages = text.map(collapse);
    const body = pages.map((p) => p.replace(HEADER, "").replace(FOOTER, ""));
    return { pages, all: body.join(" "), info: info as Record<string, unknown> };
  } finally {
    await task.destroy();
  }
}
