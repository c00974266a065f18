// The shared PDF every generated document points at is a real one-page PDF: its header,
// page count and text read back as the app and a PDF reader see them.
import { countPdfPages, isPdf } from "@/lib/documents/pdf-pages.ts";
import { minimalPdf } from "@/tools/load/minimal-pdf.ts";
import { readPdf } from "../../support/pdf-text.ts";

test("one page with the title and lines, parentheses and backslashes escaped", async () => {
  const pdf = minimalPdf("Final (generated) letter", ["Line one \\ two", "Ünïcode becomes ?"]);
  expect(isPdf(pdf)).toBe(true);
  expect(countPdfPages(pdf)).toBe(1);
  const read = await readPdf(pdf);
  expect(read.pages).toHaveLength(1);
  expect(read.pages[0]).toContain("Final (generated) letter");
  expect(read.pages[0]).toContain("Line one \\ two");
  expect(read.info.Title).toBe("Final (generated) letter");
});

test("the cross-reference table points at each object", () => {
  const text = minimalPdf("T", ["a"]).toString("latin1");
  const xref = text.slice(text.indexOf("xref\n"));
  const offsets = [...xref.matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
  expect(offsets).toHaveLength(6);
  offsets.forEach((offset, i) => expect(text.slice(offset, offset + 8)).toBe(`${i + 1} 0 obj\n`));
  expect(Number(text.match(/startxref\n(\d+)/)![1])).toBe(text.indexOf("xref\n"));
});
