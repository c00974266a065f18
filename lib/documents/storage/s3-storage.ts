// Document bytes in an S3-compatible bucket (AWS S3, MinIO, Ceph, R2) through the AWS SDK
// for JavaScript (@aws-sdk/client-s3): path-style requests to S3_ENDPOINT, signed by the SDK.
// The SDK is loaded on first use, so a deployment on disk storage never loads it.
import type { S3Client } from "@aws-sdk/client-s3";
import type { BlobStorage } from "./blob-storage.ts";

type S3Config = { endpoint: string; bucket: string; region: string; accessKeyId: string; secretAccessKey: string };

let sdkModule: Promise<typeof import("@aws-sdk/client-s3")> | undefined;
const sdk = () => (sdkModule ??= import("@aws-sdk/client-s3"));

// One client (and its pool of connections) per configuration, not one per request.
const clients = new Map<string, Promise<S3Client>>();

function clientFor(config: S3Config): Promise<S3Client> {
  const id = JSON.stringify([config.endpoint, config.region, config.accessKeyId, config.secretAccessKey]);
  let client = clients.get(id);
  if (!client) {
    client = sdk().then(({ S3Client }) => new S3Client({
      endpoint: config.endpoint,
      region: config.region,
      forcePathStyle: true,
      credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
      // checksum headers only where S3 requires them: many S3-compatible servers refuse the
      // newer ones; the body is still covered by the signed x-amz-content-sha256
      requestChecksumCalculation: "WHEN_REQUIRED",
      responseChecksumValidation: "WHEN_REQUIRED",
    }));
    clients.set(id, client);
  }
  return client;
}

type S3Failure = { name?: string; $metadata?: { httpStatusCode?: number } };
const statusOf = (error: unknown) => (error as S3Failure | null)?.$metadata?.httpStatusCode;

/** The not-found of the filesystem store (an error whose code is ENOENT), for a key that holds nothing. */
function missingObject(key: string, cause: unknown): Error {
  return Object.assign(new Error(`No stored object under ${key}`, { cause }), { code: "ENOENT" });
}

function storageFailure(method: string, error: unknown): Error {
  const name = (error as S3Failure | null)?.name ?? "Error";
  return new Error(`Object storage ${method} failed: ${name} (status ${statusOf(error) ?? "none"})`, { cause: error });
}

export function s3Storage(env: Record<string, string | undefined>): BlobStorage {
  const endpoint = env.S3_ENDPOINT, bucket = env.S3_BUCKET, accessKeyId = env.S3_ACCESS_KEY_ID, secretAccessKey = env.S3_SECRET_ACCESS_KEY;
  if (!endpoint || !bucket || !accessKeyId || !secretAccessKey) {
    throw new Error("DOCUMENT_STORAGE=s3 needs S3_ENDPOINT, S3_BUCKET, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY");
  }
  const config: S3Config = { endpoint, bucket, region: env.S3_REGION || "us-east-1", accessKeyId, secretAccessKey };

  return {
    scheme: "s3",
    async put(key, bytes) {
      const [client, { PutObjectCommand }] = await Promise.all([clientFor(config), sdk()]);
      try {
        await client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: bytes, ContentLength: bytes.length }));
      } catch (error) {
        throw storageFailure("PUT", error);
      }
    },
    async get(key) {
      const [client, { GetObjectCommand }] = await Promise.all([clientFor(config), sdk()]);
      try {
        const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
        return object.Body ? Buffer.from(await object.Body.transformToByteArray()) : Buffer.alloc(0);
      } catch (error) {
        // NoSuchKey, not any 404: a missing bucket is a configuration error, not a missing document
        if ((error as S3Failure | null)?.name === "NoSuchKey") throw missingObject(key, error);
        throw storageFailure("GET", error);
      }
    },
    async getRange(key, start, end) {
      const [client, { GetObjectCommand }] = await Promise.all([clientFor(config), sdk()]);
      try {
        const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key, Range: `bytes=${start}-${end}` }));
        return object.Body ? Buffer.from(await object.Body.transformToByteArray()) : Buffer.alloc(0);
      } catch (error) {
        if ((error as S3Failure | null)?.name === "NoSuchKey") throw missingObject(key, error);
        // a range past the end of the object: nothing there, as the filesystem store reads it
        if (statusOf(error) === 416) return Buffer.alloc(0);
        throw storageFailure("GET", error);
      }
    },
    async remove(key) {
      const [client, { DeleteObjectCommand }] = await Promise.all([clientFor(config), sdk()]);
      try {
        await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
      } catch (error) {
        // like the filesystem store (rm with force), removing what is not there is not an error
        if (statusOf(error) !== 404) throw storageFailure("DELETE", error);
      }
    },
  };
}
