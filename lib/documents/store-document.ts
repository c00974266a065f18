// Stores a document's bytes with its sha256 and a metadata row. The default backend keeps
// the bytes in the database, inside the caller's transaction, so a document exists fully
// or not at all.
import crypto from "node:crypto";
import type { Prisma } from "../db/generated/client.ts";
import type { DocumentKind } from "../db/generated/enums.ts";
import type { RenditionModel } from "./rendition-model.ts";

export type NewDocument = {
  caseId: string;
  kind: DocumentKind;
  title: string;
  fileName: string;
  mimeType: string;
  bytes: Buffer;
  pageCount?: number;
  documentDate?: Date;
  /** a letter or notice: the model its PDF was drawn from (read back with parseRenditionModel) */
  renditionModel?: RenditionModel;
};

export function sha256Hex(bytes: Buffer): string {
  return crypto.createHash("sha256").update(bytes).digest("hex");
}

export async function storeDocument(tx: Prisma.TransactionClient, doc: NewDocument) {
  const id = crypto.randomUUID();
  return tx.document.create({
    data: {
      id,
      caseId: doc.caseId,
      kind: doc.kind,
      title: doc.title,
      fileName: doc.fileName,
      mimeType: doc.mimeType,
      byteSize: doc.bytes.length,
      sha256: sha256Hex(doc.bytes),
      pageCount: doc.pageCount ?? null,
      documentDate: doc.documentDate ?? null,
      ...(doc.renditionModel ? { renditionModel: doc.renditionModel as unknown as Prisma.InputJsonValue } : {}),
      storageKey: `db:${id}`,
      // a letter or notice drawn by the portal: its model is its text (the reader does not OCR it)
      textStatus: "NOT_APPLICABLE",
      content: { create: { bytes: new Uint8Array(doc.bytes) } },
    },
    select: { id: true, sha256: true },
  });
}
