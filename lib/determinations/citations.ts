// Page citations in the reviewer's text: "(Primary treating physician's report, 03/14/2024, p. 7)"
// names a document of the case file by its title and date and one of its pages. The reader
// inserts them ("Cite"); at submit the server reads them back from the clinical summary and
// the rationales, so that a cited document is one the letter lists as reviewed. Pure.
import { formatDate } from "../format/dates.ts";

export type CitableDocument = { id: string; title: string; documentDate: Date | string | null };

export type Citation = {
  documentId: string;
  pageNumber: number;
  /** the citation as written, and where it starts in the text */
  text: string;
  index: number;
};

/** The date as a citation writes it: the document's calendar date (MM/DD/YYYY), or "undated". */
export function citationDate(documentDate: Date | string | null): string {
  if (documentDate === null) return "undated";
  return formatDate(typeof documentDate === "string" ? new Date(documentDate) : documentDate);
}

/** The citation of one page of a document, as the reader inserts it. */
export function formatCitation(document: CitableDocument, pageNumber: number): string {
  return `(${cleanTitle(document.title)}, ${citationDate(document.documentDate)}, p. ${pageNumber})`;
}

/** A title as it can stand inside a citation: no parentheses, one space between words. */
function cleanTitle(title: string): string {
  return title.replace(/[()]/g, " ").replace(/\s+/g, " ").trim();
}

const normalize = (title: string) => cleanTitle(title).toLocaleLowerCase("en-US");

// "(<title>, <MM/DD/YYYY | undated>, p. <n>)"; "pp. 3-4" and "pp. 3–4" cite a range (its first page is kept)
const CITATION = /\(([^()]+?),\s*(\d{2}\/\d{2}\/\d{4}|undated),\s*pp?\.\s*(\d{1,5})(?:\s*[-–]\s*\d{1,5})?\)/gi;

/**
 * Every citation in the text that names a document of the case file (title, compared without
 * regard to case, spacing or parentheses, and date both agreeing). A parenthesis that looks
 * like a citation but names no document of the file is returned in `unknown`.
 */
export function parseCitations(
  text: string,
  documents: readonly CitableDocument[],
): { citations: Citation[]; unknown: string[] } {
  const byKey = new Map<string, string>();
  for (const doc of documents) byKey.set(`${normalize(doc.title)}|${citationDate(doc.documentDate)}`, doc.id);
  const citations: Citation[] = [];
  const unknown: string[] = [];
  for (const match of text.matchAll(CITATION)) {
    const [whole, title, date, page] = match;
    const documentId = byKey.get(`${normalize(title)}|${date.toLowerCase()}`);
    if (documentId) citations.push({ documentId, pageNumber: Number(page), text: whole, index: match.index });
    else unknown.push(whole);
  }
  return { citations, unknown };
}

/** The documents cited anywhere in the given texts, each once. */
export function citedDocumentIds(texts: readonly string[], documents: readonly CitableDocument[]): Set<string> {
  const ids = new Set<string>();
  for (const text of texts) for (const c of parseCitations(text, documents).citations) ids.add(c.documentId);
  return ids;
}
