// React's own encoder and decoder of server action arguments (the copies Next.js runs), for
// tests/unit/page-request-guard.test.ts: run with `node --conditions=react-server` (React's
// server build refuses to load without it). Reads JSON on standard input:
//   { "encode": true }                     -> the payloads React's client writes for the kinds
//                                             of arguments this app's actions take
//   { "decode": [payload, ...] }          -> for each, whether React's server decodes it into
//                                             an argument list (Next.js answers 500 otherwise)
// A payload is { "text": "..." } or { "entries": [[name, value], ...] } where a value is a
// string or { "blob": "..." }.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const compiled = "../../node_modules/next/dist/compiled/react-server-dom-webpack/cjs";
const client = require(`${compiled}/react-server-dom-webpack-client.node.production.js`);
const server = require(`${compiled}/react-server-dom-webpack-server.node.production.js`);

const form = (fields) => {
  const data = new FormData();
  for (const [name, value] of fields) data.append(name, value);
  return data;
};

/** Arguments shaped like this app's: (previous state, form), plain objects, dates, undefined, lists. */
function samples() {
  const application = form([
    ["caseNumber", "CM24-0000001"],
    ["accessCode", "ABCD-1234"],
    ["items", "MRI"],
    ["items", "PT"],
    ["signed", "on"],
  ]);
  return [
    [],
    [null, application],
    [
      { ok: false, message: "Please correct the highlighted fields.", fieldErrors: { caseNumber: ["Required."] } },
      application,
    ],
    [
      {
        ok: true,
        data: { kind: "created", caseId: "3f1c2a9e-0000-4000-8000-000000000000", at: new Date(0) },
        message: undefined,
      },
      application,
    ],
    [
      {
        caseId: "3f1c2a9e-0000-4000-8000-000000000000",
        revision: 3,
        items: [{ decision: null, rationale: "Text with $ and $$." }],
        flag: true,
      },
    ],
    [{ userId: "3f1c2a9e-0000-4000-8000-000000000000", disabled: false, reason: "" }],
    [
      {
        values: [1, -0, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY],
        when: new Date("2024-02-29T12:00:00Z"),
        none: undefined,
      },
    ],
    [{ signed: true, items: ["a", "b"], text: "x".repeat(10_000) }],
  ];
}

async function serialize(args) {
  const encoded = await client.encodeReply(args);
  if (typeof encoded === "string") return { text: encoded };
  const entries = [];
  for (const [name, value] of encoded.entries())
    entries.push([name, typeof value === "string" ? value : { blob: await value.text() }]);
  return { entries };
}

async function decodes(payload) {
  const body =
    payload.text !== undefined
      ? payload.text
      : form(
          payload.entries.map(([name, value]) => [name, typeof value === "string" ? value : new Blob([value.blob])]),
        );
  try {
    const args = await server.decodeReply(body, {}, { temporaryReferences: server.createTemporaryReferenceSet() });
    return Array.isArray(args) && args.length <= 1000;
  } catch {
    return false;
  }
}

let input = "";
for await (const chunk of process.stdin) input += chunk;
const request = JSON.parse(input);
const answer = request.encode
  ? await Promise.all(samples().map(serialize))
  : await Promise.all(request.decode.map(decodes));
process.stdout.write(JSON.stringify(answer));
