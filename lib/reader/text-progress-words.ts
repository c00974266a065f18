// A document's text progress in words, with the tone of its badge: "Text ready", "Reading
// text: 120 of 300 pages (OCR)", "No text could be read". Pure (tested table-driven).
import type { DocumentTextProgress } from "./text-progress.ts";

export type ProgressWords = { badge: string; tone: "gray" | "blue" | "green" | "amber" | "red"; detail: string | null };

const pagesOf = (n: number) => (n === 1 ? "1 page" : `${n} pages`);

export function textProgressWords(p: Omit<DocumentTextProgress, "documentId">): ProgressWords {
  switch (p.status) {
    case "NOT_APPLICABLE":
      return { badge: "Generated", tone: "gray", detail: "A letter or notice from the portal: no text to read." };
    case "PENDING":
      return { badge: "Text waiting", tone: "gray", detail: "Reading text: waiting to start." };
    case "RUNNING": {
      const total = p.pageCount ? ` of ${p.pageCount}` : "";
      const ocr = p.ocrPagesDone ? ` (OCR: ${pagesOf(p.ocrPagesDone)})` : "";
      return { badge: "Reading text", tone: "blue", detail: `Reading text: ${p.textPagesDone}${total} pages${ocr}.` };
    }
    case "FAILED":
      return { badge: "No text", tone: "red", detail: `No text could be read. ${p.textError ?? ""}`.trim() };
    case "DONE": {
      if (p.textError && p.textPagesDone > 0 && /any of its/.test(p.textError))
        return { badge: "No text", tone: "red", detail: `No text could be read. ${p.textError}` };
      const ocr = p.ocrPagesDone ? `, ${pagesOf(p.ocrPagesDone)} by OCR` : "";
      const detail = `Text ready: ${pagesOf(p.textPagesDone)}${ocr}.${p.textError ? ` ${p.textError}` : ""}`;
      return { badge: p.textError ? "Text partly ready" : "Text ready", tone: p.textError ? "amber" : "green", detail };
    }
  }
}
