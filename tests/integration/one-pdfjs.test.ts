// One pdf.js in the server process: the checks a file passes at upload (lib/documents/file-content.ts)
// and the reader's text job (lib/reader/read-pages.ts) open PDFs with the same copy. Two copies of
// pdf.js in one process share a global worker slot (globalThis.pdfjsWorker) and the second took
// the first's worker of another version, so every text job after an upload check failed with
// "The PDF is damaged". Both orders, several rounds, in one process; and no second copy installed.
import fs from "node:fs";
import path from "node:path";
import { openPdf as checkPdf } from "@/lib/documents/file-content.ts";
import { openPdfPages } from "@/lib/reader/read-pages.ts";
import type { Ocr } from "@/lib/reader/ocr-worker.ts";
import { makePdf } from "@/tools/reader/make-pdfs.ts";

const noOcr = {} as Ocr; // pages here have a text layer, so OCR is never reached

async function readFirstPage(bytes: Buffer): Promise<string> {
  const pages = await openPdfPages(bytes);
  try {
    return (await pages.read(1, noOcr)).text;
  } finally {
    await pages.close();
  }
}

test.each([
  ["an upload check, then the reader", ["check", "read", "check", "read"]],
  ["the reader, then an upload check", ["read", "check", "read", "check"]],
])("%s: both read the same PDF in one process", async (_name, steps) => {
  const bytes = await makePdf([
    { text: "Utilization review denial of physical therapy, twelve visits." },
    { text: "Page two." },
  ]);
  for (const step of steps) {
    if (step === "check") expect(await checkPdf(bytes)).toEqual({ pages: 2 });
    else expect(await readFirstPage(bytes)).toContain("physical therapy");
  }
});

test("no package installs a second copy of pdf.js", () => {
  const lock = JSON.parse(fs.readFileSync(path.join(process.cwd(), "package-lock.json"), "utf8")) as {
    packages: Record<string, { version?: string }>;
  };
  const copies = Object.entries(lock.packages).filter(([where]) =>
    /(^|\/)node_modules\/(pdfjs-dist|unpdf)$/.test(where),
  );
  expect(copies.map(([where]) => where)).toEqual(["node_modules/pdfjs-dist"]);
});
