// What proxy.ts answers itself, before Next.js sees a request to a page. Next.js runs a
// server action for any POST to a page that carries a `Next-Action` header (a fetch from
// the page's own script) or a multipart form (the same form without JavaScript), and turns
// what it cannot handle into a 500: an Origin that does not match the host, a body over the
// server-action limit, a body it cannot decode into an argument list. So:
// - any method other than GET and HEAD must come from this site's own pages (./same-origin.ts:
//   a foreign, null or missing Origin is refused with 403; Next.js itself would let a missing
//   Origin through);
// - a declared Content-Length over the limit is refused with 413, and so is a body that turns
//   out longer while it is read (a chunked one); a Content-Length that is no number with 400;
// - the body of a possible server action is looked at (it is at most the limit, and Next.js
//   has buffered it for the proxy anyway) and refused with 400 unless it is what React's
//   client sends: for a fetch action, a JSON list of arguments (as text, or as field "0" of
//   a multipart form) whose "$" references point at parts that are there, of the right kind,
//   nested at most MAX_DEPTH deep; for a form without JavaScript, a multipart body that parses.
// React's own decoder checks much more (a crafted payload that passes here may still fail
// there); this stops everything a client that is not React sends by mistake or at random.
// API routes never come here (the proxy's matcher leaves /api/ out): they check for
// themselves (./state-changing-route.ts).
import { CROSS_SITE_MESSAGE, isStateChanging, sameOriginVerdict, type Env, type HeaderGetter } from "./same-origin.ts";

/**
 * Server actions' body limit: serverActions.bodySizeLimit in next.config.js (Next.js's
 * default, 1 MB, written out there); tests/unit/page-request-guard.test.ts keeps the two equal.
 */
export const SERVER_ACTION_BODY_LIMIT = 1024 * 1024;
/** How deep a server action's arguments may nest (the app's forms nest a few levels). */
export const MAX_DEPTH = 64;
/** Next.js refuses (with a 500) more arguments than this. */
const MAX_ARGUMENTS = 1000;

export type PageRefusal = { status: 400 | 403 | 413; message: string };
/** What must be looked at in the body: nothing, a fetch action's arguments (text or multipart), or a form posted without JavaScript. */
export type BodyCheck = "none" | "action-text" | "action-multipart" | "form";

export const UNREADABLE_MESSAGE =
  "The request could not be read, so nothing was changed. Reload the page and try again.";
const sizeOf = (bytes: number) =>
  bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MB` : `${Math.round(bytes / 1024)} KB`;
const tooLarge = (limit: number): PageRefusal => ({
  status: 413,
  message: `The request is larger than the limit of ${sizeOf(limit)} for a form, so nothing was changed.`,
});
const unreadable: PageRefusal = { status: 400, message: UNREADABLE_MESSAGE };

/** The decision the headers alone allow: a refusal, or which check the body still needs. */
export function pageRequestVerdict(
  method: string,
  get: HeaderGetter,
  { env = process.env, limit = SERVER_ACTION_BODY_LIMIT }: { env?: Env; limit?: number } = {},
): { refusal: PageRefusal } | { body: BodyCheck } {
  if (!isStateChanging(method)) return { body: "none" };
  if (!sameOriginVerdict(method, get, env).ok) return { refusal: { status: 403, message: CROSS_SITE_MESSAGE } };
  const declared = get("content-length")?.trim() ?? null;
  if (declared !== null && !/^\d+$/.test(declared)) return { refusal: unreadable };
  if (declared !== null && Number(declared) > limit) return { refusal: tooLarge(limit) };
  if (method.toUpperCase() !== "POST") return { body: "none" };
  // as Next.js tells them apart (next/dist/server/lib/server-action-request-meta.js)
  const contentType = get("content-type");
  const multipart = contentType?.startsWith("multipart/form-data") ?? false;
  if (get("next-action") !== null) {
    if (contentType === "application/x-www-form-urlencoded") return { body: "none" }; // Next.js answers 404
    return { body: multipart ? "action-multipart" : "action-text" };
  }
  return { body: multipart ? "form" : "none" };
}

export { readBodyUpTo } from "./request-body.ts";

/** The refusal for a body the check says Next.js could not handle, or null. */
export async function pageBodyRefusal(
  check: BodyCheck,
  contentType: string | null,
  bytes: Uint8Array | null,
  limit = SERVER_ACTION_BODY_LIMIT,
): Promise<PageRefusal | null> {
  if (check === "none") return null;
  if (bytes === null) return tooLarge(limit);
  if (check === "action-text") {
    const text = new TextDecoder().decode(bytes);
    return actionArgumentsProblem(text, (key) => (key === "0" ? text : null)) ? unreadable : null;
  }
  const form = await new Response(new Blob([bytes as BlobPart]), { headers: { "content-type": contentType ?? "" } })
    .formData()
    .catch(() => null);
  if (!form) return unreadable;
  if (check === "form") return null;
  const root = form.get("0");
  if (typeof root !== "string") return unreadable;
  return actionArgumentsProblem(root, (key) => form.get(key)) ? unreadable : null;
}

type Part = string | Blob | null;
type Pending = { value: unknown; depth: number };
const CONSTANTS = new Set(["$undefined", "$NaN", "$Infinity", "$-Infinity", "$-0"]);

/**
 * Why a server action's arguments, as React's client encodes them (`root`: the JSON of part
 * "0"; `part(key)`: the other parts of a multipart body), could not be decoded; null when
 * they look decodable. Only the references React's client writes for this app's arguments
 * are accepted: escaped "$", undefined, NaN, infinities, -0, dates, big integers, temporary
 * references, form data ($K), blobs ($B), and references to other parts ($n, $@n, $Qn,
 * $Wn, $in) that exist and hold JSON of the right shape.
 */
export function actionArgumentsProblem(root: string, part: (key: string) => Part): string | null {
  let args: unknown;
  try {
    args = JSON.parse(root);
  } catch {
    return "the arguments are not JSON";
  }
  if (!Array.isArray(args)) return "the arguments are not a list";
  if (args.length > MAX_ARGUMENTS) return "too many arguments";
  const pending: Pending[] = [{ value: args, depth: 0 }];
  const parsedParts = new Map<string, unknown>([["0", args]]);
  while (pending.length > 0) {
    const { value, depth } = pending.pop()!;
    if (depth > MAX_DEPTH) return "nested too deeply";
    if (Array.isArray(value)) {
      for (const item of value) pending.push({ value: item, depth: depth + 1 });
    } else if (value !== null && typeof value === "object") {
      for (const item of Object.values(value)) pending.push({ value: item, depth: depth + 1 });
    } else if (typeof value === "string" && value.startsWith("$")) {
      const problem = referenceProblem(value, part, parsedParts, (found) =>
        pending.push({ value: found, depth: depth + 1 }),
      );
      if (problem) return problem;
    }
  }
  return null;
}

function referenceProblem(
  value: string,
  part: (key: string) => Part,
  parsedParts: Map<string, unknown>,
  walk: (value: unknown) => void,
): string | null {
  const tag = value[1];
  if (tag === "$" || CONSTANTS.has(value) || tag === "D" || tag === "T") return null;
  if (tag === "n") return /^-?\d{1,300}$/.test(value.slice(2)) ? null : `a malformed number ${value.slice(0, 20)}`;
  if (tag === "K")
    return /^[0-9a-f]+$/.test(value.slice(2)) ? null : `a malformed form reference ${value.slice(0, 20)}`;
  if (tag === "B") {
    const id = /^\$B([0-9a-f]+)$/.exec(value)?.[1];
    return id !== undefined && part(String(parseInt(id, 16))) instanceof Blob
      ? null
      : `a missing file ${value.slice(0, 20)}`;
  }
  const outlined = /^\$([@QWi]?)([0-9a-f]+)(:.*)?$/s.exec(value);
  if (!outlined) return `an unsupported reference ${value.slice(0, 20)}`;
  const [, kind, id, path] = outlined;
  if (kind && path) return `a reference with a path ${value.slice(0, 20)}`;
  const key = String(parseInt(id, 16));
  let model: unknown;
  if (parsedParts.has(key)) {
    model = parsedParts.get(key);
  } else {
    const text = part(key);
    if (typeof text !== "string") return `a reference to a missing part ${value.slice(0, 20)}`;
    try {
      model = JSON.parse(text);
    } catch {
      return `part ${key} is not JSON`;
    }
    parsedParts.set(key, model);
    walk(model);
  }
  if ((kind === "Q" || kind === "W" || kind === "i") && !Array.isArray(model)) return `part ${key} is not a list`;
  if (kind === "Q" && !(model as unknown[]).every((entry) => Array.isArray(entry)))
    return `part ${key} is not a list of entries`;
  // "$0:items:2": a value written earlier in part 0, found by its own keys
  let node = model;
  for (const segment of path ? path.slice(1).split(":") : []) {
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, segment))
      return `a reference to nothing ${value.slice(0, 20)}`;
    node = (node as Record<string, unknown>)[segment];
  }
  return null;
}
