// The QA reader's preview of a submitted determination: the letter as it would be issued,
// marked DRAFT, rendered on request and never stored. Audited as a read.
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { notFound } from "../errors.ts";
import type { DownloadedFile } from "../documents/download-letter.ts";
import { renderDeterminationLetter } from "../determinations/render-determination-letter.ts";
import { sha256Hex } from "../documents/store-document.ts";
import { isUuid } from "../format/ids.ts";

export async function previewLetter({
  actor,
  determinationId,
}: {
  actor: Actor | null;
  determinationId: string;
}): Promise<DownloadedFile> {
  const reader = requirePermission(actor, "qa.read");
  if (!isUuid(determinationId)) throw notFound("Determination");
  const determination = await db().determination.findFirst({
    where: { id: determinationId, status: "SUBMITTED" },
    select: { caseId: true, case: { select: { caseNumber: true } } },
  });
  if (!determination) throw notFound("Determination");
  const bytes = await renderDeterminationLetter(db(), determinationId, { draft: true, issuedAt: new Date() });
  await recordAudit(db(), reader, {
    action: "letter.previewed",
    entityType: "Determination",
    entityId: determinationId,
    caseId: determination.caseId,
    payload: { determinationId },
  });
  return {
    fileName: `${determination.case.caseNumber}-draft-letter.pdf`,
    mimeType: "application/pdf",
    bytes,
    sha256: sha256Hex(bytes),
  };
}
