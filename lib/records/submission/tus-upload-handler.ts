// The resumable upload endpoint for parties (the tus protocol 1.0, @tus/server with
// @tus/file-store; app/api/party/uploads/[[...tus]]/route.ts). The route resolves the party
// from its session cookie; everything else happens here, in the server's hooks:
// - creation (POST): ./start-party-upload.ts binds the upload to that session and checks size,
//   count and rate; the upload's metadata gives only the file name and labels;
// - continuing (HEAD, PATCH): only the session that started the upload reaches it (anything
//   else is 404), and a PATCH carries at most `maxChunkBytes` with its Content-Length;
// - the last byte: ./finish-party-upload.ts checks and stores the file, answering the receipt
//   as JSON in the final response's body.
// Bytes in progress live in PARTY_UPLOAD_DIR (./storage/uploads-in-progress); the hourly sweep
// removes unfinished uploads (./sweep-party-uploads.ts). Locks are in memory: one server process.
import path from "node:path";
import crypto from "node:crypto";
import { MemoryLocker, Server, type Upload } from "@tus/server";
import { FileStore } from "@tus/file-store";
import { ZodError } from "zod";
import type { Actor } from "../../auth/actor.ts";
import { AppError } from "../../errors.ts";
import { failureFrom } from "../../action-result.ts";
import { errorStatus } from "../../http/error-status.ts";
import { finishPartyUpload } from "./finish-party-upload.ts";
import { ownOpenUpload, startPartyUpload } from "./start-party-upload.ts";
import { uploadLimits } from "./submission-rules.ts";
import { partyUploadDirectory } from "./upload-directory.ts";

export const PARTY_UPLOAD_PATH = "/api/party/uploads";

type Shared = { directory: string; store: FileStore; locker: MemoryLocker };
const globalShared = globalThis as unknown as { __imrPartyUploads?: Shared };

/** One file store and one locker per process and directory (module copies share them). */
function shared(): Shared {
  const directory = partyUploadDirectory();
  const current = globalShared.__imrPartyUploads;
  if (current && current.directory === directory) return current;
  const next = { directory, store: new FileStore({ directory }), locker: new MemoryLocker() };
  globalShared.__imrPartyUploads = next;
  return next;
}

/** A hook's refusal, as @tus/server sends it: the status and a JSON body in the routes' error shape. */
function tusError(error: unknown): { status_code: number; body: string } {
  // a label that does not parse: its own words, not the form's general ones
  const message = error instanceof ZodError ? error.issues[0].message : failureFrom(error).message;
  return { status_code: errorStatus(error), body: JSON.stringify({ ok: false, message }) };
}
const notFoundError = () => tusError(new AppError("NOT_FOUND", "Upload not found."));

function metadataOf(upload: Upload): Record<string, string | null | undefined> {
  return (upload.metadata ?? {}) as Record<string, string | null | undefined>;
}

/** Answers one tus request of the party (its session already resolved by the route). */
export async function handlePartyUpload(actor: Actor | null, request: Request): Promise<Response> {
  if (!actor || actor.kind !== "party")
    throw new AppError("UNAUTHENTICATED", "Open your case with its number and your access code first.");
  const party = actor;
  // concatenated uploads are not offered: a plain refusal rather than the server's 501
  if (request.headers.has("upload-concat"))
    throw new AppError("VALIDATION", "Send each file as one upload (no concatenation).");
  const limits = uploadLimits();
  const { store, locker, directory } = shared();
  const server = new Server({
    path: PARTY_UPLOAD_PATH,
    datastore: store,
    locker,
    relativeLocation: true,
    respectForwardedHeaders: false,
    // same-origin only: no Access-Control-Allow-Origin for anyone
    allowedOrigins: [],
    maxSize: limits.maxFileBytes,
    namingFunction: () => crypto.randomUUID(),
    async onIncomingRequest(req, uploadId) {
      const length = req.headers.get("content-length");
      const carriesData = req.method === "PATCH" || (req.method === "POST" && req.headers.get("content-type"));
      if (carriesData && (length === null || Number(length) > limits.maxChunkBytes))
        throw tusError(
          new AppError("VALIDATION", `Send the file in parts of at most ${limits.maxChunkBytes / 1024 / 1024} MB.`),
        );
      if (req.method === "POST") return;
      if (!(await ownOpenUpload(party, uploadId))) throw notFoundError();
    },
    async onUploadCreate(req, upload) {
      try {
        const metadata = metadataOf(upload);
        await startPartyUpload({
          actor: party,
          uploadId: upload.id,
          input: {
            byteSize: upload.sizeIsDeferred ? null : (upload.size ?? null),
            metadata: {
              filename: metadata.filename,
              kind: metadata.kind,
              documentDate: metadata.documentDate,
              author: metadata.author,
            },
          },
          limits,
        });
      } catch (error) {
        throw tusError(error);
      }
      // the labels are kept in the database; the file store keeps only the name
      return { metadata: { filename: metadataOf(upload).filename ?? null } };
    },
    async onUploadFinish(_req, upload) {
      try {
        const receipt = await finishPartyUpload({
          actor: party,
          uploadId: upload.id,
          filePath: path.join(directory, upload.id),
        });
        return {
          status_code: 200,
          headers: { "Content-Type": "application/json", "Cache-Control": "no-store" },
          body: JSON.stringify({ ok: true, data: { ...receipt, receivedAt: receipt.receivedAt.toISOString() } }),
        };
      } catch (error) {
        throw tusError(error);
      }
    },
  });
  const response = await server.handleWeb(request);
  response.headers.set("Cache-Control", "no-store");
  return response;
}
