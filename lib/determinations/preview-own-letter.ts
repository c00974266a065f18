// The reviewer previews their own determination's letter exactly as it would be issued, marked
// DRAFT, rendered on request and never stored (the renderer QA's preview uses): the open draft as
// last saved, or, once submitted, the copy they sent (read only while it is in QA). Only the
// reviewer's own determination of a case whose file is open to them; audited as a read.
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { caseFileWhereForActor } from "../cases/case-access.ts";
import { notFound } from "../errors.ts";
import type { DownloadedFile } from "../documents/download-letter.ts";
import { sha256Hex } from "../documents/store-document.ts";
import { isUuid } from "../format/ids.ts";
import { renderDeterminationLetter } from "./render-determination-letter.ts";

export async function previewOwnLetter({
  actor,
  caseId,
  now = new Date(),
}: {
  actor: Actor | null;
  caseId: string;
  now?: Date;
}): Promise<DownloadedFile> {
  const reviewer = requirePermission(actor, "determinations.draft");
  if (!isUuid(caseId) || !reviewer.reviewerId) throw notFound("Case");
  const determination = await db().determination.findFirst({
    where: {
      caseId,
      reviewerId: reviewer.reviewerId,
      status: { in: ["DRAFT", "RETURNED", "SUBMITTED", "APPROVED"] },
      case: caseFileWhereForActor(reviewer),
    },
    orderBy: { version: "desc" },
    select: { id: true, case: { select: { caseNumber: true } } },
  });
  if (!determination) throw notFound("Case");
  const bytes = await renderDeterminationLetter(db(), determination.id, { draft: true, issuedAt: now });
  await recordAudit(db(), reviewer, {
    action: "letter.draft_previewed",
    entityType: "Determination",
    entityId: determination.id,
    caseId,
    payload: { determinationId: determination.id },
  });
  return {
    fileName: `${determination.case.caseNumber}-draft-letter.pdf`,
    mimeType: "application/pdf",
    bytes,
    sha256: sha256Hex(bytes),
  };
}
