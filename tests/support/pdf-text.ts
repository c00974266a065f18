// Reads a rendered letter back: text per page (whitespace collapsed) and document info.
import { extractText, getDocumentProxy } from "unpdf";

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
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(doc, { mergePages: false });
  const { info } = await doc.getMetadata();
  const pages = text.map(collapse);
  const body = pages.map((p) => p.replace(HEADER, "").replace(FOOTER, ""));
  return { pages, all: body.join(" "), info: info as Record<string, unknown> };
}
