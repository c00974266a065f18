// The PDF of a published decision, for anyone (no sign-in): only a PUBLISHED copy; anything
// else, a malformed id included, is "not found".
import { dbRead } from "../db/read-client.ts";
import type { DownloadedFile } from "../documents/download-letter.ts";
import { notFound } from "../errors.ts";
import { isUuid } from "../format/ids.ts";

export async function publishedPdf(publicationId: unknown): Promise<DownloadedFile> {
  if (!isUuid(publicationId)) throw notFound("Published decision");
  const row = await dbRead().publishedDecision.findFirst({
    where: { id: publicationId, status: "PUBLISHED" },
    select: { caseNumber: true, version: true, pdf: true, pdfSha256: true },
  });
  if (!row?.pdf || !row.pdfSha256) throw notFound("Published decision");
  return {
    fileName: `${row.caseNumber}-published-decision${row.version > 1 ? `-v${row.version}` : ""}.pdf`,
    mimeType: "application/pdf",
    bytes: Buffer.from(row.pdf),
    sha256: row.pdfSha256,
  };
}

/** The public PDF link of a publication. */
export const publishedPdfPath = (publicationId: string) => `/api/public/decisions/${publicationId}/pdf`;
