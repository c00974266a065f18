// Intake prints a party's code letter while the code waits to be sent (its sealed copy is still
// kept, ./sealed-codes.ts): a PDF with the portal address, the case number and the code, in
// English and Spanish. Audited in the same transaction as the read; served no-store.
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { caseWhereForActor } from "../cases/case-access.ts";
import { organizationName } from "../config/organization.ts";
import { sha256Hex } from "../documents/store-document.ts";
import type { DownloadedFile } from "../documents/download-letter.ts";
import { conflict, notFound } from "../errors.ts";
import { formatCaliforniaLongDate } from "../format/dates.ts";
import { isUuid } from "../format/ids.ts";
import { portalLink } from "../notifications/message-texts.ts";
import { codeLetterModel } from "./code-letter/code-letter-model.ts";
import { renderCodeLetterPdf } from "./code-letter/code-letter-document.tsx";
import { partyRoleLabel } from "./party-role-labels.ts";
import { openAccessCode } from "./sealed-codes.ts";

export async function printCodeLetter({
  actor,
  caseId,
  partyId,
  now = new Date(),
}: {
  actor: Actor | null;
  caseId: unknown;
  partyId: unknown;
  now?: Date;
}): Promise<DownloadedFile> {
  const staff = requirePermission(actor, "parties.reissue_code");
  if (!isUuid(caseId) || !isUuid(partyId)) throw notFound("Party");
  return db().$transaction(async (tx) => {
    const party = await tx.party.findFirst({
      where: { id: partyId, caseId, case: caseWhereForActor(staff) },
      select: {
        id: true,
        role: true,
        name: true,
        address: true,
        caseId: true,
        case: { select: { caseNumber: true } },
        accessCode: { select: { sealedCode: true, sentAt: true, revokedAt: true } },
      },
    });
    if (!party) throw notFound("Party");
    const code =
      party.accessCode && !party.accessCode.sentAt && !party.accessCode.revokedAt
        ? openAccessCode(party.accessCode.sealedCode)
        : null;
    if (!code) throw conflict("This code was marked sent and is no longer kept. Issue a new code to print a letter.");
    const model = codeLetterModel({
      organizationName: organizationName(),
      date: formatCaliforniaLongDate(now),
      caseNumber: party.case.caseNumber,
      recipient: { role: partyRoleLabel(party.role), name: party.name, address: party.address },
      portalAddress: portalLink("/access"),
      code,
    });
    const bytes = await renderCodeLetterPdf(model);
    await recordAudit(tx, staff, {
      action: "party.code_letter_printed",
      entityType: "Party",
      entityId: party.id,
      caseId: party.caseId,
      payload: { partyId: party.id, partyRole: party.role },
    });
    return {
      fileName: `${party.case.caseNumber}-access-code-${party.role.toLowerCase().replace(/_/g, "-")}.pdf`,
      mimeType: "application/pdf",
      bytes,
      sha256: sha256Hex(bytes),
    };
  });
}
