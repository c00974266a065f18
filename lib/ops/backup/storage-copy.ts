// The disk document store (DOCUMENT_STORAGE=disk) in and out of a backup: each file copied
// by its storage key, hashed while it is copied, written atomically (temp file + rename)
// and readable by its owner only, as lib/documents/storage/disk-storage.ts writes them.
import crypto from "node:crypto";
import fs from "node:fs";
import fsp from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { Transform } from "node:stream";

/** The folder the disk store uses: DOCUMENT_STORAGE_DIR, or ./storage/documents (as disk-storage.ts resolves it). */
export function diskStorageRoot(env: Record<string, string | undefined>, cwd = process.cwd()): string {
  return path.resolve(cwd, env.DOCUMENT_STORAGE_DIR?.trim() || path.join("storage", "documents"));
}

/** The file of a disk key under a root, refusing a key the disk store would refuse (so no path leaves the root). */
export function diskFile(root: string, key: string): string {
  if (!/^[a-z0-9/_-]+$/i.test(key) || key.includes("..") || key.startsWith("/"))
    throw new Error(`Invalid disk storage key ${JSON.stringify(key)}`);
  return path.join(root, ...key.split("/"));
}

export type Copied = { bytes: number; sha256: string };

/** Copies a file, returning the size and sha256 of what was copied. Rejects with ENOENT when the source is missing. */
export async function copyFileHashed(from: string, to: string): Promise<Copied> {
  await fsp.mkdir(path.dirname(to), { recursive: true });
  const temp = `${to}.${process.pid}.${crypto.randomBytes(4).toString("hex")}.tmp`;
  const hash = crypto.createHash("sha256");
  let bytes = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      bytes += chunk.length;
      done(null, chunk);
    },
  });
  try {
    await pipeline(fs.createReadStream(from), tap, fs.createWriteStream(temp, { mode: 0o600 }));
    await fsp.rename(temp, to);
  } catch (error) {
    await fsp.rm(temp, { force: true });
    throw error;
  }
  return { bytes, sha256: hash.digest("hex") };
}

export const isMissing = (error: unknown) => (error as NodeJS.ErrnoException | null)?.code === "ENOENT";
