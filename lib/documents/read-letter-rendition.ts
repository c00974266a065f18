// Reading a letter or notice as a web page (the accessible version of its PDF, drawn from
// the model the PDF was drawn from). Reach is that of the PDF (./download-letter.ts): staff
// with letters.download, for cases whose file they may open; a party, only the letters and
// notices of its own case. Every read is audited in the same transaction as the read, as
// the in-browser viewer's reads are ("document.viewed", with the form read). A document out
// of reach, missing, or without a model to render is "not found", all alike.
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { documentInboxKey, markInboxOpened } from "../parties/party-inbox.ts";
import type { Actor, PartyActor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { caseFileWhereForActor } from "../cases/case-access.ts";
import { Prisma } from "../db/generated/client.ts";
import { notFound } from "../errors.ts";
import { isUuid } from "../format/ids.ts";
import { parseRenditionModel, type RenditionModel } from "./rendition-model.ts";
import { LETTER_KINDS } from "./download-letter.ts";

export type LetterRendition = {
  documentId: string;
  caseId: string;
  caseNumber: string;
  kind: (typeof LETTER_KINDS)[number];
  title: string;
  fileName: string;
  sha256: string;
  rendition: RenditionModel;
};

/** A letter or notice with its web version, for whoever may read its PDF. */
export async function readLetterRendition({
  actor,
  documentId,
}: {
  actor: Actor | null;
  documentId: unknown;
}): Promise<LetterRendition> {
  if (!isUuid(documentId)) throw notFound("Letter");
  const caseWhere: Prisma.CaseWhereInput =
    actor?.kind === "party"
      ? { id: actor.caseId }
      : caseFileWhereForActor(requirePermission(actor, "letters.download"));
  const reader = actor!;
  return db().$transaction(async (tx) => {
    const doc = await tx.document.findFirst({
      where: { id: documentId, kind: { in: [...LETTER_KINDS] }, case: caseWhere },
      select: {
        id: true,
        caseId: true,
        kind: true,
        title: true,
        fileName: true,
        sha256: true,
        renditionModel: true,
        case: { select: { caseNumber: true } },
      },
    });
    const rendition = parseRenditionModel(doc?.renditionModel);
    if (!doc || !rendition) throw notFound("Letter");
    // Built apart from the call: the payload of "document.viewed", and the form it was read in.
    const payload = {
      documentId: doc.id,
      kind: doc.kind,
      form: "web page",
      by: reader.kind === "party" ? "party" : "staff",
    };
    await recordAudit(tx, reader, {
      action: "document.viewed",
      entityType: "Document",
      entityId: doc.id,
      caseId: doc.caseId,
      payload,
    });
    // a party's first reading takes the "new" marker off the item in its inbox
    if (reader.kind === "party") await markInboxOpened(tx, reader, documentInboxKey(doc.id));
    return {
      documentId: doc.id,
      caseId: doc.caseId,
      caseNumber: doc.case.caseNumber,
      kind: doc.kind as LetterRendition["kind"],
      title: doc.title,
      fileName: doc.fileName,
      sha256: doc.sha256,
      rendition,
    };
  });
}

/**
 * Which of these letters and notices have a web version. For lists of documents the caller
 * has already been allowed to see (a case page, the party's own case): reads nothing else.
 */
export async function documentsWithRendition(
  documentIds: readonly (string | null | undefined)[],
): Promise<Set<string>> {
  const ids = [...new Set(documentIds.filter((id): id is string => isUuid(id)))];
  if (ids.length === 0) return new Set();
  // in SQL: asked on every staff case page, where Prisma's per-query compilation costs more than the read
  const found = await db().$queryRaw<{ id: string }[]>`SELECT "id"::text AS "id" FROM "Document"
    WHERE "id" IN (${Prisma.join(ids.map((id) => Prisma.sql`${id}::uuid`))})
      AND "kind"::text IN (${Prisma.join([...LETTER_KINDS])}) AND "renditionModel" IS NOT NULL`;
  return new Set(found.map((d) => d.id));
}

/** The party's own letters and notices with a web version (the party case page's links). */
export async function partyRenditions(party: PartyActor): Promise<Set<string>> {
  const found = await db().document.findMany({
    where: { caseId: party.caseId, kind: { in: [...LETTER_KINDS] }, renditionModel: { not: Prisma.DbNull } },
    select: { id: true },
  });
  return new Set(found.map((d) => d.id));
}
