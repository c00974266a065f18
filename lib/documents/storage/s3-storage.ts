// Document bytes in an S3-compatible bucket (path-style URLs), signed with SigV4.
import { payloadHashOf, signS3Request } from "./sigv4.ts";
import type { BlobStorage } from "./storage.ts";

export function s3Storage(env: Record<string, string | undefined>): BlobStorage {
  const endpoint = env.S3_ENDPOINT, bucket = env.S3_BUCKET, accessKeyId = env.S3_ACCESS_KEY_ID, secretAccessKey = env.S3_SECRET_ACCESS_KEY;
  if (!endpoint || !bucket || !accessKeyId || !secretAccessKey) {
    throw new Error("DOCUMENT_STORAGE=s3 needs S3_ENDPOINT, S3_BUCKET, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY");
  }
  const region = env.S3_REGION || "us-east-1";
  const base = new URL(endpoint);

  async function send(method: "PUT" | "GET" | "DELETE", key: string, body: Buffer | null): Promise<Response> {
    const path = `/${encodeURIComponent(bucket!)}/${key.split("/").map(encodeURIComponent).join("/")}`;
    const amzDate = new Date().toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
    const headers = signS3Request({ method, host: base.host, path, payloadHash: payloadHashOf(body), amzDate, region, accessKeyId: accessKeyId!, secretAccessKey: secretAccessKey! });
    delete headers.host;
    const response = await fetch(new URL(path, base), { method, headers, body: body ? new Uint8Array(body) : undefined });
    if (!response.ok && !(method === "DELETE" && response.status === 404)) {
      throw new Error(`Object storage ${method} failed with status ${response.status}`);
    }
    return response;
  }

  return {
    scheme: "s3",
    put: async (key, bytes) => void (await send("PUT", key, bytes)),
    get: async (key) => Buffer.from(await (await send("GET", key, null)).arrayBuffer()),
    remove: async (key) => void (await send("DELETE", key, null)),
  };
}
