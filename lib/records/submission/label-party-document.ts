// A party labels a document it sent (type, the date it bears, its author), until its
// submission is declared complete or the case stops taking records. Only its own document:
// any other is "not found". The change and its audit row (each field before and after) are
// written in one transaction.
import { z } from "zod";
import { db } from "../../db/client.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { Actor } from "../../auth/actor.ts";
import { conflict, notFound } from "../../errors.ts";
import { toIsoDate } from "../../format/dates.ts";
import { dateOrNull, documentLabels } from "./document-labels.ts";
import { openSubmittingParty } from "./submitting-party.ts";

export const labelPartyDocumentInput = documentLabels.extend({ documentId: z.uuid("Unknown document.") });

export const DECLARED_ALREADY = "The submission was declared complete; its documents can no longer be changed.";

export async function labelPartyDocument({ actor, input }: { actor: Actor | null; input: unknown }) {
  return db().$transaction(async (tx) => {
    const sender = await openSubmittingParty(tx, actor);
    const data = labelPartyDocumentInput.parse(input);
    const party = sender.actor;
    const doc = await tx.document.findFirst({
      where: { id: data.documentId, caseId: sender.caseId, submittedByPartyId: party.partyId },
      select: { id: true, kind: true, documentDate: true, author: true },
    });
    if (!doc) throw notFound("Document");
    const declared = await tx.recordsRequest.count({
      where: { caseId: sender.caseId, declaredCompleteByPartyId: party.partyId },
    });
    if (declared > 0) throw conflict(DECLARED_ALREADY);
    const after = {
      kind: data.kind ?? "OTHER",
      documentDate: data.documentDate ?? null,
      author: data.author ?? null,
    };
    const before = {
      kind: doc.kind as string,
      documentDate: doc.documentDate ? toIsoDate(doc.documentDate) : null,
      author: doc.author,
    };
    const changes = (Object.keys(after) as (keyof typeof after)[])
      .filter((field) => before[field] !== after[field])
      .map((field) => ({ field, before: before[field], after: after[field] }));
    if (changes.length === 0) return { documentId: doc.id, changed: 0 };
    await tx.document.update({
      where: { id: doc.id },
      data: { kind: after.kind, documentDate: dateOrNull(data.documentDate), author: after.author },
    });
    await recordAudit(tx, party, {
      action: "records.labelled",
      entityType: "Document",
      entityId: doc.id,
      caseId: sender.caseId,
      payload: { documentId: doc.id, changes, partyRole: sender.role },
    });
    return { documentId: doc.id, changed: changes.length };
  });
}
