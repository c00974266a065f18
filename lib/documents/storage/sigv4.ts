// AWS Signature Version 4 for S3-compatible object storage (AWS S3, MinIO, Ceph, R2):
// enough to PUT, GET and DELETE one object, with no SDK.
import crypto from "node:crypto";

const sha256 = (data: string | Buffer) => crypto.createHash("sha256").update(data).digest("hex");
const hmac = (key: Buffer | string, data: string) => crypto.createHmac("sha256", key).update(data).digest();

export type SignInput = {
  method: string;
  host: string;
  /** the URI path, already encoded */
  path: string;
  headers?: Record<string, string>;
  payloadHash: string;
  /** YYYYMMDDTHHMMSSZ */
  amzDate: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
};

export function signS3Request(input: SignInput): Record<string, string> {
  const headers: Record<string, string> = {
    ...Object.fromEntries(Object.entries(input.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v.trim()])),
    host: input.host,
    "x-amz-content-sha256": input.payloadHash,
    "x-amz-date": input.amzDate,
  };
  const names = Object.keys(headers).sort();
  const canonical = [input.method, input.path, "", ...names.map((n) => `${n}:${headers[n]}`), "", names.join(";"), input.payloadHash].join("\n");
  const day = input.amzDate.slice(0, 8);
  const scope = `${day}/${input.region}/s3/aws4_request`;
  const toSign = ["AWS4-HMAC-SHA256", input.amzDate, scope, sha256(canonical)].join("\n");
  const key = hmac(hmac(hmac(hmac(`AWS4${input.secretAccessKey}`, day), input.region), "s3"), "aws4_request");
  const signature = crypto.createHmac("sha256", key).update(toSign).digest("hex");
  return {
    ...headers,
    authorization: `AWS4-HMAC-SHA256 Credential=${input.accessKeyId}/${scope},SignedHeaders=${names.join(";")},Signature=${signature}`,
  };
}

export const payloadHashOf = (body: Buffer | null) => sha256(body ?? "");
