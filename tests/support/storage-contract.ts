// What every document store (lib/documents/storage) must do, run against each back end:
// the bytes read back are the bytes stored, a key that holds nothing is a not-found with
// the filesystem's code (ENOENT), removing is idempotent, and a large object survives.
import crypto from "node:crypto";
import type { BlobStorage } from "@/lib/documents/storage/blob-storage.ts";

const sha256 = (bytes: Buffer) => crypto.createHash("sha256").update(bytes).digest("hex");

export function describeStorageContract(label: string, storage: () => BlobStorage, scheme: BlobStorage["scheme"]) {
  describe(`${label}: the document storage contract`, () => {
    const key = (name: string) => `${crypto.randomUUID()}/${name}`;

    it(`names its scheme "${scheme}"`, () => {
      expect(storage().scheme).toBe(scheme);
    });

    it("reads back the bytes it stored, checksum for checksum", async () => {
      const bytes = crypto.randomBytes(64 * 1024);
      const k = key("document");
      await storage().put(k, bytes);
      const read = await storage().get(k);
      expect(Buffer.isBuffer(read)).toBe(true);
      expect(read.length).toBe(bytes.length);
      expect(sha256(read)).toBe(sha256(bytes));
    });

    it("reads a range of bytes, both ends included, and fewer where the object ends", async () => {
      const bytes = crypto.randomBytes(200 * 1024 + 3);
      const k = key("ranged");
      await storage().put(k, bytes);
      expect(Buffer.compare(await storage().getRange(k, 0, 0), bytes.subarray(0, 1))).toBe(0);
      expect(Buffer.compare(await storage().getRange(k, 65_536, 131_071), bytes.subarray(65_536, 131_072))).toBe(0);
      const tail = await storage().getRange(k, bytes.length - 10, bytes.length + 1000);
      expect(Buffer.compare(tail, bytes.subarray(bytes.length - 10))).toBe(0);
      await expect(storage().getRange(key("never-stored"), 0, 9)).rejects.toMatchObject({ code: "ENOENT" });
    });

    it("stores an empty object", async () => {
      const k = key("empty");
      await storage().put(k, Buffer.alloc(0));
      expect((await storage().get(k)).length).toBe(0);
    });

    it("replaces the bytes when the same key is stored again", async () => {
      const k = key("replaced");
      await storage().put(k, Buffer.from("first version"));
      await storage().put(k, Buffer.from("second"));
      expect((await storage().get(k)).toString()).toBe("second");
    });

    it("answers a key that holds nothing with a not-found (ENOENT)", async () => {
      await expect(storage().get(key("never-stored"))).rejects.toMatchObject({ code: "ENOENT" });
    });

    it("removes an object, and removing it again is not an error", async () => {
      const k = key("removed");
      await storage().put(k, Buffer.from("short-lived"));
      await storage().remove(k);
      await expect(storage().get(k)).rejects.toMatchObject({ code: "ENOENT" });
      await expect(storage().remove(k)).resolves.toBeUndefined();
      await expect(storage().remove(key("never-stored"))).resolves.toBeUndefined();
    });

    it("keeps a large object (5 MB and a few bytes) whole", async () => {
      const bytes = crypto.randomBytes(5 * 1024 * 1024 + 7);
      const k = key("large");
      await storage().put(k, bytes);
      const read = await storage().get(k);
      expect(read.length).toBe(bytes.length);
      expect(sha256(read)).toBe(sha256(bytes));
    });

    it("keeps keys that differ only in case, dashes, underscores and depth apart", async () => {
      const base = crypto.randomUUID();
      const keys = [
        `${base}/Load_Notice-A9`,
        `${base}/load_notice-a9`,
        `${base}/load-notice_a9`,
        `${base}/deep/er/still_Deeper-9/x`,
      ];
      await Promise.all(keys.map((k) => storage().put(k, Buffer.from(k))));
      for (const k of keys) expect((await storage().get(k)).toString()).toBe(k);
    });
  });
}
