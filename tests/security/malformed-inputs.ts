// Seeded generator of malformed inputs for the fuzz tests. Each input is a valid input with
// at least one corruption that no schema may accept (a wrong type, an impossible date, a
// malformed or foreign id, a 1 MB string, a list 50 times too long, a missing id...)
// plus up to two more that are harmless alone (extra fields, prototype-pollution keys,
// unicode: right-to-left marks, zero-width, emoji, NUL, lone surrogates). So every input
// must be refused, clearly, with nothing written.
import { seededRandom } from "../support/seeded-random.ts";

export type Malformed = { label: string; input: unknown };
/**
 * A real id the caller must not be able to use. `kind` names the record ("user", "party",
 * "case", ...): it is never put in a field named after its own kind ("userId"), where it
 * could be a legitimate choice, unless the kind is "notYours" (a record out of the caller's
 * reach, refused in any field).
 */
export type ForeignId = { id: string; kind: string };
const fieldKind = (path: Path) => String(path[path.length - 1] ?? "").replace(/Id$/, "");
type Path = (string | number)[];
type Leaf = { path: Path; value: unknown };

/** 1 MB */
export const HUGE = "A".repeat(1024 * 1024);
export const UNICODE_SAMPLES = [
  "\u202Eevil\u202C",
  "zero\u200Bwidth\u200D\uFEFF",
  "🩺👩🏽‍⚕️🇺🇸",
  "nul\u0000byte",
  "lone\uD800surrogate",
  "\uDC00",
  "e\u0301\u0301\u0301",
  "שלום عربى",
  "𝕌𝕟𝕚𝕔𝕠𝕕𝕖",
  "\r\n\t\u000b\u000c",
  "' OR 1=1 --",
  "<script>alert(1)</script>",
  "${7*7}{{7*7}}",
  "%00%0d%0a",
];
/**
 * Query-string values as they travel in a URL (already percent-encoded, sent as they are):
 * NUL alone, in a word and repeated; an overlong NUL; a lone surrogate as UTF-8 bytes and in
 * JavaScript's %u form; bytes that are no UTF-8; broken escapes; controls; very long values.
 * Every list and search must answer each with "no match" or a 4xx, never a 5xx.
 */
export const MALFORMED_QUERY_VALUES: readonly [label: string, encoded: string][] = [
  ["NUL", "%00"],
  ["NUL inside a word", "a%00b"],
  ["NULs around a case number", "%00CM24-0000001%00"],
  ["an overlong NUL", "%C0%80"],
  ["a lone surrogate in UTF-8", "%ED%A0%80"],
  ["a lone surrogate in %u form", "%uD800"],
  ["a byte that is no UTF-8", "%FF%FE"],
  ["a bare percent sign", "%"],
  ["a broken escape", "%E0%A4%A"],
  ["controls", "%01%08%1B%5B31m%7F"],
  ["CR LF and tab", "a%0D%0Ab%09c"],
  ["LIKE wildcards and a backslash", "%25_%5C"],
  ["a 4,000-character value", "x".repeat(4000)],
  ["1,000 NULs", "%00".repeat(1000)],
];

const POLLUTION_KEYS = ["__proto__", "constructor", "prototype"];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const CHOICE = /^[A-Z][A-Z_]+$/;

const BAD_UUIDS = [
  "not-a-uuid",
  "",
  "00000000-0000-0000-0000-000000000000",
  "123e4567-e89b-12d3-a456-42661417400",
  "123e4567-e89b-12d3-a456-4266141740000",
  "' OR '1'='1",
  "../../etc/passwd",
  "{{uuid}}",
];
const BAD_DATES = [
  "2024-02-30",
  "2024-13-01",
  "31/12/2024",
  "0000-00-00",
  "2024-1-1",
  "yesterday",
  "2024-02-29T25:00:00Z",
];
const WRONG_FOR_STRING: unknown[] = [12345, -1.5, Number.NaN, {}, { $gt: "" }, { toString: "x" }, [[1]]];
const WRONG_FOR_NUMBER: unknown[] = [
  "abc",
  {},
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  1e308,
  -1,
  2.5,
  "1e999",
  { valueOf: 3 },
];
const WRONG_FOR_BOOLEAN: unknown[] = [2, {}, null, [true], -0.5];
const WRONG_FOR_LIST: unknown[] = [42, {}, { 0: "a" }, Number.NaN];
const WRONG_FOR_OBJECT: unknown[] = ["x", 42, [], true, Number.NaN];
const WRONG_ROOTS: unknown[] = [null, undefined, "", '{"caseId":', 42, true, [], [null], Number.NaN, HUGE];

function leaves(value: unknown, path: Path = []): Leaf[] {
  if (Array.isArray(value)) return [{ path, value }, ...value.flatMap((item, i) => leaves(item, [...path, i]))];
  if (value && typeof value === "object")
    return [{ path, value }, ...Object.entries(value).flatMap(([key, item]) => leaves(item, [...path, key]))];
  return [{ path, value }];
}

function setAt(root: unknown, path: Path, value: unknown, remove = false): unknown {
  if (path.length === 0) return value;
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (remove && Array.isArray(node)) node.splice(Number(last), 1);
  else if (remove) delete node[last];
  else node[last] = value;
  return root;
}

type Pick = <T>(items: readonly T[]) => T;
/** weight: how often it is drawn relative to others (the costly ones less often) */
type Corruption = { label: string; apply: (input: unknown) => unknown; weight?: number };

/** Corruptions that make any input invalid, for the leaves of this valid input. */
function hardCorruptions(valid: unknown, pick: Pick, foreign: readonly ForeignId[]): Corruption[] {
  const out: Corruption[] = [];
  const at = (leaf: Leaf, label: string, make: () => unknown, remove = false, weight = 1) =>
    out.push({
      label: `${label} at ${leaf.path.join(".") || "(root)"}`,
      apply: (input) => setAt(input, leaf.path, make(), remove),
      weight,
    });
  for (const leaf of leaves(valid)) {
    if (leaf.path.length === 0) continue;
    const v = leaf.value;
    if (typeof v === "string" && UUID.test(v)) {
      at(leaf, "malformed id", () => pick(BAD_UUIDS));
      // these two reach the database: drawn less often, so the whole run stays quick
      const foreignIds = foreign
        .filter((f) => f.kind === "notYours" || f.kind !== fieldKind(leaf.path))
        .map((f) => f.id);
      if (foreignIds.length) at(leaf, "someone else's id", () => pick(foreignIds), false, 0.5);
      at(leaf, "unknown id", () => crypto.randomUUID(), false, 0.3);
      at(leaf, "missing id", () => undefined, true);
    } else if (typeof v === "string" && DATE.test(v)) {
      at(leaf, "impossible date", () => pick(BAD_DATES));
    } else if (typeof v === "string" && CHOICE.test(v)) {
      at(leaf, "unknown choice", () => pick(["NOT_A_CHOICE", "DROP TABLE", "ZZ"]));
    }
    if (typeof v === "string") {
      at(leaf, "1 MB string", () => HUGE + pick(UNICODE_SAMPLES), false, 0.3);
      at(leaf, "wrong type for a string", () => pick(WRONG_FOR_STRING));
    } else if (typeof v === "number") {
      at(leaf, "wrong number", () => pick(WRONG_FOR_NUMBER));
    } else if (typeof v === "boolean") {
      at(leaf, "wrong type for a flag", () => pick(WRONG_FOR_BOOLEAN));
    } else if (Array.isArray(v)) {
      at(leaf, "wrong type for a list", () => pick(WRONG_FOR_LIST));
      // 50 times any list's limit; the same item over and over (the schema parses each)
      if (v.length) at(leaf, "1,000 items", () => new Array(1000).fill(v[0]), false, 0.3);
    } else if (v && typeof v === "object") {
      at(leaf, "wrong type for an object", () => pick(WRONG_FOR_OBJECT));
    }
  }
  out.push({ label: "not an object at all", apply: () => pick(WRONG_ROOTS) });
  return out;
}

/** Changes that are harmless alone: the schema must still refuse the input for its other fault. */
function softCorruptions(valid: unknown, pick: Pick, random: () => number): Corruption[] {
  const strings = leaves(valid).filter(
    (l) => typeof l.value === "string" && !UUID.test(l.value) && !DATE.test(l.value) && !CHOICE.test(l.value),
  );
  const objects = leaves(valid).filter((l) => l.value && typeof l.value === "object" && !Array.isArray(l.value));
  const out: Corruption[] = [
    {
      label: "extra field",
      apply: (input) => {
        const target = objects.length ? pick(objects) : null;
        const key = pick([
          "isAdmin",
          "role",
          "actor",
          "userId",
          "$where",
          "\u0000key",
          "k".repeat(10_000),
          "🔑",
          "status",
          "id",
        ]);
        if (target && input && typeof input === "object")
          (nodeAt(input, target.path) as Record<string, unknown>)[key] = pick([
            true,
            "ADMIN",
            { $ne: null },
            HUGE.slice(0, 1000),
            1,
          ]);
        return input;
      },
    },
    {
      label: "prototype-pollution key",
      apply: (input) => {
        const target = objects.length ? pick(objects) : null;
        if (target && input && typeof input === "object") {
          Object.defineProperty(nodeAt(input, target.path), pick(POLLUTION_KEYS), {
            value: JSON.parse('{"polluted":"yes","isAdmin":true}'),
            enumerable: true,
            configurable: true,
            writable: true,
          });
        }
        return input;
      },
    },
  ];
  if (strings.length) {
    out.push({
      label: "unicode",
      apply: (input) => {
        const leaf = pick(strings);
        return setAt(input, leaf.path, `${leaf.value}${pick(UNICODE_SAMPLES)}`);
      },
    });
    out.push({
      label: "padding",
      apply: (input) => {
        const leaf = pick(strings);
        return setAt(input, leaf.path, `${" \t".repeat(Math.floor(random() * 50))}${leaf.value}\u00a0`);
      },
    });
  }
  return out;
}

function nodeAt(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], root);
}

function weightedPick(items: Corruption[], random: () => number): Corruption {
  let left = random() * items.reduce((sum, c) => sum + (c.weight ?? 1), 0);
  for (const item of items) {
    left -= item.weight ?? 1;
    if (left <= 0) return item;
  }
  return items[items.length - 1];
}

/** `count` malformed variants of `valid`, the same on every run for the same seed. */
export function malformedInputs(
  valid: unknown,
  { count = 1000, seed = 1, foreignIds = [] as readonly ForeignId[] } = {},
): Malformed[] {
  const random = seededRandom(seed);
  const pick: Pick = (items) => items[Math.floor(random() * items.length)];
  const hard = hardCorruptions(valid, pick, foreignIds);
  const soft = softCorruptions(valid, pick, random);
  return Array.from({ length: count }, () => {
    // soft ones first: a hard one applied last is never overwritten
    const extras = Array.from({ length: Math.floor(random() * 3) }, () => pick(soft)).filter(Boolean);
    const fault = weightedPick(hard, random);
    let input: unknown = structuredClone(valid);
    for (const extra of extras) input = extra.apply(input);
    input = fault.apply(input);
    return { label: [fault.label, ...extras.map((e) => e.label)].join(" + "), input };
  });
}

/**
 * Malformed requests to a server action (sent with its `Next-Action` id to a page that serves
 * it): bodies React's client never writes, an oversize body, a broken multipart form, and a
 * well-formed empty argument list from a foreign, null or missing Origin. Those with a
 * `status` the proxy answers itself; the others (a list of the wrong arguments) reach the
 * action, which must answer with its own refusal. None may ever be answered with a 5xx. No
 * first argument here is a valid draft of the new-case form (a flat map of texts), so the
 * intake user's saved draft is never overwritten.
 */
export type MalformedActionRequest = {
  label: string;
  origin: "own" | "foreign" | "null" | "none";
  contentType?: string;
  body: string;
  status?: 400 | 403 | 413;
};
const TEXT = "text/plain;charset=UTF-8";
const multipart = (fields: [string, string][]) =>
  fields
    .map(([name, value]) => `--fuzz\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
    .join("") + "--fuzz--\r\n";
export const MALFORMED_ACTION_REQUESTS: readonly MalformedActionRequest[] = [
  {
    label: "plain text",
    origin: "own",
    contentType: TEXT,
    body: "caseNumber=CM24-0000001&accessCode=ABCD-1234",
    status: 400,
  },
  { label: "an empty body", origin: "own", contentType: TEXT, body: "", status: 400 },
  { label: "no content type, plain text", origin: "own", body: "hello", status: 400 },
  {
    label: "a JSON object instead of the list of arguments",
    origin: "own",
    contentType: TEXT,
    body: '{"caseNumber":"CM24-0000001","accessCode":"ABCD-1234"}',
    status: 400,
  },
  { label: "a JSON string", origin: "own", contentType: TEXT, body: '"draft"', status: 400 },
  { label: "JSON null", origin: "own", contentType: TEXT, body: "null", status: 400 },
  { label: "truncated JSON", origin: "own", contentType: TEXT, body: '[{"caseId":', status: 400 },
  { label: "a reference to a part that is not there", origin: "own", contentType: TEXT, body: '["$1"]', status: 400 },
  { label: "a map of nothing", origin: "own", contentType: TEXT, body: '["$Q0"]', status: 400 },
  { label: "a malformed big integer", origin: "own", contentType: TEXT, body: '["$n12x"]', status: 400 },
  {
    label: "nested 100 deep",
    origin: "own",
    contentType: TEXT,
    body: `${"[".repeat(100)}${"]".repeat(100)}`,
    status: 400,
  },
  {
    label: "1,001 arguments",
    origin: "own",
    contentType: TEXT,
    body: JSON.stringify(new Array(1001).fill(0)),
    status: 400,
  },
  { label: "2 MB", origin: "own", contentType: TEXT, body: `["${"x".repeat(2 * 1024 * 1024)}"]`, status: 413 },
  {
    label: "a broken multipart form",
    origin: "own",
    contentType: "multipart/form-data; boundary=abc",
    body: "--xyz\r\ngarbage",
    status: 400,
  },
  {
    label: "a multipart form without the list of arguments",
    origin: "own",
    contentType: "multipart/form-data; boundary=fuzz",
    body: multipart([["caseNumber", "CM24-0000001"]]),
    status: 400,
  },
  {
    label: "a multipart form whose list is not JSON",
    origin: "own",
    contentType: "multipart/form-data; boundary=fuzz",
    body: multipart([["0", "[null,"]]),
    status: 400,
  },
  {
    label: "arguments of the wrong shape",
    origin: "own",
    contentType: TEXT,
    body: '[{"fuzz":{"nested":null},"isAdmin":true}]',
  },
  { label: "numbers for arguments", origin: "own", contentType: TEXT, body: "[1,2,3]" },
  { label: "no arguments", origin: "own", contentType: TEXT, body: "[]" },
  { label: "text where the form belongs", origin: "own", contentType: TEXT, body: '[null,"caseNumber=CM24-0000001"]' },
  {
    label: "an object where the form belongs",
    origin: "own",
    contentType: TEXT,
    body: '[{"ok":false,"message":"x","fieldErrors":{"caseNumber":["Required."]}},{"caseNumber":"CM24-0000001","accessCode":{"$gt":""}}]',
  },
  {
    label: "a multipart form of the wrong fields",
    origin: "own",
    contentType: "multipart/form-data; boundary=fuzz",
    body: multipart([
      ["_1_fuzz", "x"],
      ["0", '[{"fuzz":{"nested":null}},"$K1"]'],
    ]),
  },
  { label: "from another origin", origin: "foreign", contentType: TEXT, body: "[]", status: 403 },
  { label: "from a null Origin", origin: "null", contentType: TEXT, body: "[]", status: 403 },
  { label: "without Origin (not a browser)", origin: "none", contentType: TEXT, body: "[]", status: 403 },
  {
    label: "2 MB from another origin",
    origin: "foreign",
    contentType: TEXT,
    body: "x".repeat(2 * 1024 * 1024),
    status: 403,
  },
];
