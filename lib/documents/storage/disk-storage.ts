// Document bytes on the local disk, one file per key, written atomically (temp + rename).
import fs from "node:fs/promises";
import path from "node:path";
import type { BlobStorage } from "./blob-storage.ts";

export function diskStorage(env: Record<string, string | undefined>): BlobStorage {
  const root = env.DOCUMENT_STORAGE_DIR?.trim() || path.join(process.cwd(), "storage", "documents");
  const fileOf = (key: string) => {
    if (!/^[a-z0-9/_-]+$/i.test(key) || key.includes("..")) throw new Error("Invalid storage key");
    return path.join(root, key);
  };
  return {
    scheme: "disk",
    async put(key, bytes) {
      const file = fileOf(key);
      await fs.mkdir(path.dirname(file), { recursive: true });
      const temp = `${file}.${process.pid}.tmp`;
      await fs.writeFile(temp, bytes, { mode: 0o600 });
      await fs.rename(temp, file);
    },
    get: (key) => fs.readFile(fileOf(key)),
    async getRange(key, start, end) {
      const file = await fs.open(fileOf(key), "r");
      try {
        const buffer = Buffer.alloc(Math.max(0, end - start + 1));
        const { bytesRead } = await file.read(buffer, 0, buffer.length, start);
        return buffer.subarray(0, bytesRead);
      } finally {
        await file.close();
      }
    },
    remove: (key) => fs.rm(fileOf(key), { force: true }),
  };
}
