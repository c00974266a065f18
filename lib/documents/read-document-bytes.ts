// The bytes of a stored document, wherever they live (database, disk or S3): all of them, or
// one range (the viewer reads a long PDF in pieces).
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

/** Bytes `start` to `end` (both included) of a stored document, without reading the rest. */
export async function readDocumentRange(
  tx: Pick<Prisma.TransactionClient, "$queryRaw">,
  doc: { id: string; storageKey: string },
  start: number,
  end: number,
): Promise<Buffer> {
  if (doc.storageKey.startsWith("db:")) {
    const rows = await tx.$queryRaw<{ part: Uint8Array }[]>`
      SELECT substring("bytes" FROM ${start + 1}::int FOR ${end - start + 1}::int) AS "part"
        FROM "DocumentContent" WHERE "documentId" = ${doc.id}::uuid`;
    if (!rows[0]) throw notFound("Document");
    return Buffer.from(rows[0].part);
  }
  const { storage, key } = storageFor(doc.storageKey);
  return storage.getRange(key, start, end);
}
