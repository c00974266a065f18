// The S3 document store (DOCUMENT_STORAGE=s3, lib/documents/storage/s3-storage.ts) against a
// real S3 protocol server: s3rver, in-process on a free port, keeping its objects in a
// temporary folder. s3rver parses SigV4 but does not check it, so a small front checks each
// request's signature (with the SDK's own signer, keyed by the server's secret) before
// passing it on: a store with the wrong secret is refused as AWS would refuse it.
import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { CreateBucketCommand, HeadObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { SignatureV4 } from "@smithy/signature-v4";
import S3rver from "s3rver";
import { s3Storage } from "@/lib/documents/storage/s3-storage.ts";
import { storageFor } from "@/lib/documents/storage/storage.ts";
import { describeStorageContract } from "@/tests/support/storage-contract.ts";

// s3rver's one account
const ACCESS_KEY_ID = "S3RVER";
const SECRET_ACCESS_KEY = "S3RVER";
const BUCKET = "imr-documents";
const REGION = "us-west-1";

type Hashable = string | ArrayBuffer | ArrayBufferView;
const bytesOf = (data: Hashable) =>
  typeof data === "string"
    ? Buffer.from(data)
    : ArrayBuffer.isView(data)
      ? Buffer.from(data.buffer, data.byteOffset, data.byteLength)
      : Buffer.from(data);

class Sha256 {
  private readonly hash: crypto.Hash | crypto.Hmac;
  constructor(secret?: Hashable) {
    this.hash = secret === undefined ? crypto.createHash("sha256") : crypto.createHmac("sha256", bytesOf(secret));
  }
  update(data: Hashable) {
    this.hash.update(bytesOf(data));
  }
  async digest() {
    return new Uint8Array(this.hash.digest());
  }
}

const AUTHORIZATION =
  /^AWS4-HMAC-SHA256 Credential=([^/]+)\/\d{8}\/([^/]+)\/s3\/aws4_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=[0-9a-f]{64}$/;

/** Signs the request again as the server would and compares: true when the client held the secret. */
async function signedWithServerSecret(req: http.IncomingMessage): Promise<boolean> {
  const authorization = req.headers.authorization ?? "";
  const parts = AUTHORIZATION.exec(authorization);
  const amzDate = req.headers["x-amz-date"];
  if (!parts || typeof amzDate !== "string" || parts[1] !== ACCESS_KEY_ID) return false;
  const [, accessKeyId, region, signedHeaders] = parts;
  const headers = Object.fromEntries(signedHeaders.split(";").map((name) => [name, String(req.headers[name] ?? "")]));
  const [rawPath, rawQuery = ""] = (req.url ?? "/").split("?");
  const query: Record<string, string> = {};
  new URLSearchParams(rawQuery).forEach((value, name) => (query[name] = value));
  const signingDate = new Date(amzDate.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, "$1-$2-$3T$4:$5:$6Z"));
  // S3 signs the path as sent (already encoded), not encoded twice
  const signer = new SignatureV4({
    service: "s3",
    region,
    credentials: { accessKeyId, secretAccessKey: SECRET_ACCESS_KEY },
    sha256: Sha256,
    uriEscapePath: false,
  });
  const signed = await signer.sign(
    { method: req.method ?? "GET", protocol: "http:", hostname: "127.0.0.1", path: rawPath, query, headers },
    { signingDate },
  );
  return signed.headers.authorization === authorization;
}

const refusal = `<?xml version="1.0" encoding="UTF-8"?>
<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided.</Message></Error>`;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "imr-s3rver-"));
const s3rver = new S3rver({ directory: dir, silent: true });
const handle = s3rver.callback();
const seenSignatures: string[] = [];
const server = http.createServer((req, res) => {
  signedWithServerSecret(req).then(
    (ok) => {
      seenSignatures.push(ok ? "valid" : "refused");
      if (ok) return handle(req, res);
      req.resume();
      res.writeHead(403, { "content-type": "application/xml" }).end(refusal);
    },
    (error: unknown) => res.writeHead(500).end(String(error)),
  );
});

let env: Record<string, string | undefined> = {};

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  env = {
    DOCUMENT_STORAGE: "s3",
    S3_ENDPOINT: endpoint,
    S3_BUCKET: BUCKET,
    S3_REGION: REGION,
    S3_ACCESS_KEY_ID: ACCESS_KEY_ID,
    S3_SECRET_ACCESS_KEY: SECRET_ACCESS_KEY,
  };
  const admin = new S3Client({
    endpoint,
    region: REGION,
    forcePathStyle: true,
    credentials: { accessKeyId: ACCESS_KEY_ID, secretAccessKey: SECRET_ACCESS_KEY },
  });
  await admin.send(new CreateBucketCommand({ Bucket: BUCKET }));
  admin.destroy();
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  fs.rmSync(dir, { recursive: true, force: true });
});

describeStorageContract("s3", () => s3Storage(env), "s3");

describe("s3 storage beyond the contract", () => {
  it("keeps keys with characters the filesystem store refuses (spaces, accents, +, %, &, =, ?, #, quotes)", async () => {
    const storage = s3Storage(env);
    const base = crypto.randomUUID();
    const keys = [
      `${base}/a b`,
      `${base}/résumé ü.pdf`,
      `${base}/1+1=2`,
      `${base}/100% & more`,
      `${base}/what?#frag`,
      `${base}/it's "quoted" (really)!`,
      `${base}/tilde~star*`,
    ];
    for (const key of keys) await storage.put(key, Buffer.from(key));
    for (const key of keys) expect((await storage.get(key)).toString()).toBe(key);
    await expect(storage.get(`${base}/a+b`)).rejects.toMatchObject({ code: "ENOENT" });
  });

  it("stores under the exact key in the configured bucket", async () => {
    const key = `${crypto.randomUUID()}/exact key+1`;
    await s3Storage(env).put(key, Buffer.from("0123456789"));
    const admin = new S3Client({
      endpoint: env.S3_ENDPOINT,
      region: REGION,
      forcePathStyle: true,
      credentials: { accessKeyId: ACCESS_KEY_ID, secretAccessKey: SECRET_ACCESS_KEY },
    });
    const head = await admin.send(new HeadObjectCommand({ Bucket: BUCKET, Key: key }));
    admin.destroy();
    expect(head.ContentLength).toBe(10);
  });

  it("is reached through its storage key prefix (s3:...)", async () => {
    const key = `${crypto.randomUUID()}/by-prefix`;
    await s3Storage(env).put(key, Buffer.from("found by prefix"));
    const { storage, key: inner } = storageFor(`s3:${key}`, env);
    expect(storage.scheme).toBe("s3");
    expect((await storage.get(inner)).toString()).toBe("found by prefix");
  });

  it("signs every request with the configured secret, and a wrong secret is refused, not taken for a missing document", async () => {
    expect(seenSignatures.length).toBeGreaterThan(0);
    expect(seenSignatures).not.toContain("refused");
    const wrong = s3Storage({ ...env, S3_SECRET_ACCESS_KEY: "not-the-secret" });
    const key = `${crypto.randomUUID()}/guarded`;
    await expect(wrong.put(key, Buffer.from("x"))).rejects.toThrow(
      "Object storage PUT failed: SignatureDoesNotMatch (status 403)",
    );
    const refused = wrong.get(key);
    await expect(refused).rejects.toThrow("Object storage GET failed: SignatureDoesNotMatch (status 403)");
    await expect(refused).rejects.not.toMatchObject({ code: "ENOENT" });
    await expect(wrong.remove(key)).rejects.toThrow(/DELETE failed: SignatureDoesNotMatch/);
    expect(seenSignatures).toContain("refused");
  });

  it("does not take a missing bucket for a missing document", async () => {
    const storage = s3Storage({ ...env, S3_BUCKET: "no-such-bucket" });
    const missing = storage.get("any/key");
    await expect(missing).rejects.toThrow(/GET failed: NoSuchBucket \(status 404\)/);
    await expect(missing).rejects.not.toMatchObject({ code: "ENOENT" });
  });

  it("names the settings it needs when one is missing", () => {
    expect(() => s3Storage({ ...env, S3_BUCKET: "" })).toThrow(
      "DOCUMENT_STORAGE=s3 needs S3_ENDPOINT, S3_BUCKET, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY",
    );
  });
});
