// Where uploaded document bytes live. The backend is chosen by environment:
//   DOCUMENT_STORAGE=disk (default)  files under DOCUMENT_STORAGE_DIR (./storage/documents)
//   DOCUMENT_STORAGE=s3              an S3-compatible bucket (S3_ENDPOINT, S3_BUCKET, S3_REGION,
//                                    S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY), through the AWS SDK
// Keys carry their backend ("disk:...", "s3:..."); letters stay in the database ("db:...").
import type { BlobStorage } from "./blob-storage.ts";
import { diskStorage } from "./disk-storage.ts";
import { s3Storage } from "./s3-storage.ts";

export type { BlobStorage } from "./blob-storage.ts";

export function configuredStorage(env: Record<string, string | undefined> = process.env): BlobStorage {
  return env.DOCUMENT_STORAGE === "s3" ? s3Storage(env) : diskStorage(env);
}

export function storageFor(storageKey: string, env: Record<string, string | undefined> = process.env): { storage: BlobStorage; key: string } {
  const [scheme, ...rest] = storageKey.split(":");
  const key = rest.join(":");
  if (scheme === "disk") return { storage: diskStorage(env), key };
  if (scheme === "s3") return { storage: s3Storage(env), key };
  throw new Error(`No blob storage for key scheme ${scheme}`);
}
