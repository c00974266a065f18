import { renderLetterPdf } from "../lib/determinations/letter/render-letter.tsx";
import { sampleLetter } from "../lib/determinations/letter/sample-model.ts";
import { writeFileSync } from "node:fs";
import { readPdf } from "../tests/support/pdf-text.ts";
const m = sampleLetter(); if (process.env.DRAFT) { m.draft = true; m.amendment = { version: 2, reason: "Corrected the date of injury", originalIssuedOn: "August 13, 2013" }; }
const pdf = await renderLetterPdf(m); writeFileSync("/tmp/scratch/sample.pdf", pdf);
const r = await readPdf(pdf); console.log(r.pages.length); r.pages.forEach((p) => console.log("---", p));
