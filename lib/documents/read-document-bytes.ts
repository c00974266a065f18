// The bytes of a stored document, wherever they live (database, disk or S3).
import type { Prisma } from "../db/generated/client.ts";
import { notFound } from "../errors.ts";
import { storageFor } from "./storage/storage.ts";

export async function readDocumentBytes(
  tx: Pick<Prisma.TransactionClient, "documentContent">,
  doc: { id: string; storageKey: string },
): Promise<Buffer> {
  if (doc.storageKey.startsWith("db:")) {
    const content = await tx.documentContent.findUnique({ where: { documentId: doc.id } });
    if (!content) throw notFound("Document");
    return Buffer.from(content.bytes);
  }
  const { storage, key } = storageFor(doc.storageKey);
  return storage.get(key);
}
