// Reading request bodies safely: the declared length is required and capped before any
// byte is read, and the read itself stops at the cap (a chunked body cannot exceed it).
import { AppError } from "../errors.ts";

const tooLarge = (limit: number) =>
  new AppError("VALIDATION", `The request is larger than the limit of ${Math.round(limit / 1024)} KB.`, {
    file: ["The file is larger than the upload limit."],
  });

/** The body, or null once it is longer than `limit` (the read stops there). */
export async function readBodyUpTo(body: ReadableStream<Uint8Array> | null, limit: number): Promise<Uint8Array | null> {
  if (!body) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

export async function readBodyCapped(request: Request, limit: number): Promise<Buffer> {
  const declared = request.headers.get("content-length");
  if (declared !== null && (!/^\d+$/.test(declared) || Number(declared) > limit)) throw tooLarge(limit);
  const bytes = await readBodyUpTo(request.body, limit);
  if (bytes === null) throw tooLarge(limit);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** A JSON body of at most `limit` bytes; anything unreadable is null (the schema then rejects it). */
export async function readJsonCapped(request: Request, limit = 256 * 1024): Promise<unknown> {
  const bytes = await readBodyCapped(request, limit);
  try {
    return JSON.parse(bytes.toString("utf8"));
  } catch {
    return null;
  }
}

/** Multipart form data of at most `limit` bytes, parsed after the cap was enforced. */
export async function readFormCapped(request: Request, limit: number): Promise<FormData | null> {
  const bytes = await readBodyCapped(request, limit);
  const type = request.headers.get("content-type") ?? "";
  return new Response(new Uint8Array(bytes), { headers: { "content-type": type } }).formData().catch(() => null);
}
