// Writes tests/fixtures/reader/scanned-page.png once: a small picture of a few lines of a
// medical report, the "scan" the OCR test reads (npx tsx tools/reader/make-scanned-fixture.ts).
import fs from "node:fs";
import path from "node:path";
import { textImage } from "./make-pdfs.ts";

const SCANNED_PAGE_LINES = [
  "PRIMARY TREATING PHYSICIAN PROGRESS REPORT",
  "Diagnosis: lumbar radiculopathy at L5-S1.",
  "Request: physical therapy twice weekly for six weeks.",
];

const file = path.join(process.cwd(), "tests", "fixtures", "reader", "scanned-page.png");
fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(file, textImage(SCANNED_PAGE_LINES, { width: 1100 }));
console.log(`wrote ${path.relative(process.cwd(), file)} (${fs.statSync(file).size} bytes)`);
