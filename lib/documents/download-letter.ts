// Reading a letter (the final determination, or a notice to the parties): staff reach the
// letters of cases whose file they may open; a party reaches only the letters and notices of
// its own case. Every download is audited in the same transaction as the read.
import { z } from "zod";
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { documentInboxKey, markInboxOpened } from "../parties/party-inbox.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { caseFileWhereForActor } from "../cases/case-access.ts";
import { notFound } from "../errors.ts";

export type DownloadedFile = { fileName: string; mimeType: string; bytes: Buffer; sha256: string };

const documentId = z.uuid();

/** The documents that are letters to the parties: the final determination and the notices. */
export const LETTER_KINDS = ["DETERMINATION_LETTER", "NOTICE"] as const;

export async function downloadLetter({
  actor,
  documentId: rawId,
}: {
  actor: Actor | null;
  documentId: unknown;
}): Promise<DownloadedFile> {
  const parsed = documentId.safeParse(rawId);
  if (!parsed.success) throw notFound("Letter");
  const id = parsed.data;
  const caseWhere =
    actor?.kind === "party"
      ? { id: actor.caseId }
      : caseFileWhereForActor(requirePermission(actor, "letters.download"));

  const reader = actor!;
  return db().$transaction(async (tx) => {
    const doc = await tx.document.findFirst({
      where: { id, kind: { in: [...LETTER_KINDS] }, case: caseWhere },
      select: {
        id: true,
        caseId: true,
        fileName: true,
        mimeType: true,
        sha256: true,
        content: { select: { bytes: true } },
      },
    });
    if (!doc?.content) throw notFound("Letter");
    await recordAudit(tx, reader, {
      action: "letter.downloaded",
      entityType: "Document",
      entityId: doc.id,
      caseId: doc.caseId,
      payload: { documentId: doc.id, sha256: doc.sha256, by: reader.kind === "party" ? "party" : "staff" },
    });
    // a party's first reading takes the "new" marker off the item in its inbox
    if (reader.kind === "party") await markInboxOpened(tx, reader, documentInboxKey(doc.id));
    return {
      fileName: doc.fileName,
      mimeType: doc.mimeType,
      bytes: Buffer.from(doc.content.bytes),
      sha256: doc.sha256,
    };
  });
}
