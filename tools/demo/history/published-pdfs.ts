// The PDF of each published decision of the demo history (the public search links to it,
// app/api/public/decisions/[publicationId]/pdf): a one-page copy with the decision's case
// number, date, outcome, reviewer specialty and items, saying that the full text is on the
// decision's page. Built here (tools/load/minimal-pdf.ts, a fraction of a millisecond each,
// where rendering the letter would take a second) and stored with its sha256, as the
// publication of a real letter stores its rendered copy.
import crypto from "node:crypto";
import type { LoadClient } from "../../load/load-client.ts";
import { minimalPdf } from "../../load/minimal-pdf.ts";

type Row = {
  id: string;
  case_number: string;
  version: number;
  outcome: string;
  decided: string;
  specialty: string;
  items: string[];
};

const OUTCOME: Record<string, string> = {
  UPHELD: "Upheld",
  OVERTURNED: "Overturned",
  PARTIALLY_OVERTURNED: "Partially overturned",
};

const clip = (line: string, max = 92) => (line.length > max ? `${line.slice(0, max - 3)}...` : line);

/** Pure: the PDF of one generated publication. */
export function publishedCopyPdf(row: Row): Buffer {
  const title = `Independent Medical Review Final Determination${row.version > 1 ? ` (amended, version ${row.version})` : ""}`;
  return minimalPdf(title, [
    "Published copy: identifying information removed.",
    `Case Number: ${row.case_number}`,
    `Date: ${row.decided}`,
    `Outcome: ${OUTCOME[row.outcome] ?? row.outcome}`,
    `Reviewer specialty: ${row.specialty}`,
    "",
    "Disputed items and decisions:",
    ...row.items.map((item) => clip(item)),
    "",
    "Demo history: a generated decision. Its full text is on the decision's page",
    `of the public search (/decisions/${row.case_number}).`,
  ]);
}

const CHUNK = 400;

/** Every generated publication without a PDF gets its own; returns how many. */
export async function writePublishedPdfs(client: LoadClient): Promise<number> {
  const { rows } = await client.query<Row>(`
    SELECT p."id", p."caseNumber" AS case_number, p."version", p."outcome"::text AS outcome,
           to_char(p."decisionDate", 'FMMonth FMDD, YYYY') AS decided, p."reviewerSpecialty" AS specialty,
           array_agg(di."ordinal" || '. ' || di."description" || ': ' || initcap(i."decision"::text) ORDER BY di."ordinal") AS items
      FROM "PublishedDecision" p
      JOIN "DeterminationItem" i ON i."determinationId" = p."determinationId"
      JOIN "DisputedItem" di ON di."id" = i."disputedItemId"
     WHERE p."pdf" IS NULL AND p."status" IN ('PUBLISHED', 'SUPERSEDED')
     GROUP BY p."id"
     ORDER BY p."caseNumber", p."version"`);
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK).map((row) => {
      const pdf = publishedCopyPdf(row);
      return { id: row.id, hex: pdf.toString("hex"), sha256: crypto.createHash("sha256").update(pdf).digest("hex") };
    });
    await client.query(
      `UPDATE "PublishedDecision" p SET "pdf" = decode(t.hex, 'hex'), "pdfSha256" = t.sha256
         FROM unnest($1::uuid[], $2::text[], $3::text[]) AS t(id, hex, sha256) WHERE p."id" = t.id`,
      [chunk.map((c) => c.id), chunk.map((c) => c.hex), chunk.map((c) => c.sha256)],
    );
  }
  return rows.length;
}
