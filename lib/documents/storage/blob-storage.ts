// What a storage back end for document bytes offers (disk-storage.ts, s3-storage.ts); the
// back end is chosen in storage.ts.
export type BlobStorage = {
  scheme: "disk" | "s3";
  put(key: string, bytes: Buffer): Promise<void>;
  /** Rejects with an error whose code is ENOENT when nothing is stored under the key. */
  get(key: string): Promise<Buffer>;
  /**
   * Bytes `start` to `end` (both included) without reading the rest of the object; fewer when
   * the object ends sooner. Rejects like get() when nothing is stored under the key.
   */
  getRange(key: string, start: number, end: number): Promise<Buffer>;
  /** Removing a key that holds nothing is not an error. */
  remove(key: string): Promise<void>;
};
