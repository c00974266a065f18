// Documents in an S3-compatible bucket (DOCUMENT_STORAGE=s3) are not copied into a backup:
// the bucket is protected by its own versioning and replication. A backup lists the object
// keys the database refers to with their sha256 (s3-objects.jsonl), and a restore checks
// that each object is there with its size (HEAD), or, on request, downloads it and compares
// its sha256. The SDK is loaded only when a document lives in S3.
import type { S3Client } from "@aws-sdk/client-s3";
import { storageFor } from "../../documents/storage/storage.ts";
import { sha256Hex } from "../../documents/store-document.ts";
import { redactUrl } from "./redact.ts";

export const S3_NOTE =
  "Objects in S3 are not copied into this backup: the bucket must be protected by its own versioning and replication. " +
  "s3-objects.jsonl lists every object key the database refers to with its sha256 and size, so that a restore can check the bucket.";

type Env = Record<string, string | undefined>;

export function s3Description(env: Env): { bucket: string | null; endpoint: string | null } {
  return { bucket: env.S3_BUCKET ?? null, endpoint: env.S3_ENDPOINT ? redactUrl(env.S3_ENDPOINT) : null };
}

export type S3Checker = {
  check(key: string, expected: { sha256: string; byteSize: number }): Promise<string | null>;
  close(): void;
};

/** "head": the object exists with the row's size; "content": its bytes hash to the row's sha256. */
export async function s3Checker(env: Env, mode: "head" | "content"): Promise<S3Checker> {
  const {
    S3_ENDPOINT: endpoint,
    S3_BUCKET: bucket,
    S3_ACCESS_KEY_ID: accessKeyId,
    S3_SECRET_ACCESS_KEY: secretAccessKey,
  } = env;
  if (!endpoint || !bucket || !accessKeyId || !secretAccessKey) {
    throw new Error(
      "Documents are stored in S3, but S3_ENDPOINT, S3_BUCKET, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY are not all set (or restore with --s3=skip)",
    );
  }
  if (mode === "content") {
    return {
      async check(key, expected) {
        try {
          const bytes = await storageFor(`s3:${key}`, env).storage.get(key);
          if (bytes.length !== expected.byteSize)
            return `object is ${bytes.length} bytes, the row says ${expected.byteSize}`;
          return sha256Hex(bytes) === expected.sha256 ? null : "object sha256 differs from the row's sha256";
        } catch (error) {
          return (error as NodeJS.ErrnoException).code === "ENOENT"
            ? "object missing from the bucket"
            : (error as Error).message;
        }
      },
      close() {},
    };
  }
  const { S3Client: Client, HeadObjectCommand } = await import("@aws-sdk/client-s3");
  const client: S3Client = new Client({
    endpoint,
    region: env.S3_REGION || "us-east-1",
    forcePathStyle: true,
    credentials: { accessKeyId, secretAccessKey },
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
  return {
    async check(key, expected) {
      try {
        const head = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
        return head.ContentLength === expected.byteSize
          ? null
          : `object is ${head.ContentLength} bytes, the row says ${expected.byteSize}`;
      } catch (error) {
        const failure = error as { name?: string; $metadata?: { httpStatusCode?: number } };
        if (failure.name === "NotFound" || failure.$metadata?.httpStatusCode === 404)
          return "object missing from the bucket";
        return `HEAD failed: ${failure.name ?? "Error"} (status ${failure.$metadata?.httpStatusCode ?? "none"})`;
      }
    },
    close: () => client.destroy(),
  };
}
