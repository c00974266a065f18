// What the proxy answers itself before Next.js sees a request to a page
// (lib/http/page-request-guard.ts, wired in proxy.ts): a state-changing request from another
// origin 403, a body over the server-action limit 413, a server action's body React could not
// decode 400. Checked against React's own encoder and decoder (the copies Next.js runs):
// everything React's client writes for this app's kinds of arguments passes, and nothing the
// guard lets through is something React's server fails to decode (which Next.js answers 500).
import { execFileSync } from "node:child_process";
import path from "node:path";
import { NextRequest } from "next/server";
import { proxy } from "@/proxy.ts";
import {
  MAX_DEPTH,
  SERVER_ACTION_BODY_LIMIT,
  UNREADABLE_MESSAGE,
  actionArgumentsProblem,
  pageBodyRefusal,
  pageRequestVerdict,
  readBodyUpTo,
  type BodyCheck,
} from "@/lib/http/page-request-guard.ts";

const ORIGIN = "http://127.0.0.1:3311";
const SAME = { host: "127.0.0.1:3311", origin: ORIGIN };
const getter = (headers: Record<string, string>) => (name: string) => headers[name.toLowerCase()] ?? null;
const verdict = (method: string, headers: Record<string, string>) =>
  pageRequestVerdict(method, getter(headers), { env: {} });

describe("the headers alone", () => {
  test.each<[string, string, Record<string, string>, { status: number } | BodyCheck]>([
    ["a page", "GET", { host: SAME.host }, "none"],
    [
      "a page from another site (a link)",
      "GET",
      { host: SAME.host, origin: "https://attacker.example", "sec-fetch-site": "cross-site" },
      "none",
    ],
    [
      "a server action from the page",
      "POST",
      { ...SAME, "next-action": "7f00", "content-type": "text/plain;charset=UTF-8", "content-length": "20" },
      "action-text",
    ],
    [
      "a server action with a form",
      "POST",
      { ...SAME, "next-action": "7f00", "content-type": "multipart/form-data; boundary=x" },
      "action-multipart",
    ],
    [
      "a form posted without JavaScript",
      "POST",
      { ...SAME, "content-type": "multipart/form-data; boundary=x" },
      "form",
    ],
    [
      "a server action from a browser that left Origin out",
      "POST",
      { host: SAME.host, "sec-fetch-site": "same-origin", "next-action": "7f00" },
      "action-text",
    ],
    [
      "a URL-encoded server action (Next.js answers 404 itself)",
      "POST",
      { ...SAME, "next-action": "7f00", "content-type": "application/x-www-form-urlencoded" },
      "none",
    ],
    ["some other POST to a page", "POST", { ...SAME, "content-type": "text/plain" }, "none"],
    [
      "a server action from another origin",
      "POST",
      { host: SAME.host, origin: "http://127.0.0.1:4000", "next-action": "7f00" },
      { status: 403 },
    ],
    [
      "a server action from a sandboxed frame (null Origin)",
      "POST",
      { host: SAME.host, origin: "null", "next-action": "7f00" },
      { status: 403 },
    ],
    [
      "a server action without Origin or Sec-Fetch-Site",
      "POST",
      { host: SAME.host, "next-action": "7f00" },
      { status: 403 },
    ],
    [
      "a form posted from another site",
      "POST",
      { host: SAME.host, origin: "https://attacker.example", "content-type": "multipart/form-data; boundary=x" },
      { status: 403 },
    ],
    ["a cross-site PUT", "PUT", { host: SAME.host, "sec-fetch-site": "cross-site" }, { status: 403 }],
    [
      "a body of 2 MB",
      "POST",
      { ...SAME, "next-action": "7f00", "content-length": String(2 * 1024 * 1024) },
      { status: 413 },
    ],
    [
      "a body one byte over the limit",
      "POST",
      { ...SAME, "next-action": "7f00", "content-length": String(SERVER_ACTION_BODY_LIMIT + 1) },
      { status: 413 },
    ],
    [
      "a body exactly at the limit",
      "POST",
      { ...SAME, "next-action": "7f00", "content-length": String(SERVER_ACTION_BODY_LIMIT) },
      "action-text",
    ],
    [
      "a body over the limit, not an action",
      "POST",
      { ...SAME, "content-type": "text/plain", "content-length": String(5 * 1024 * 1024) },
      { status: 413 },
    ],
    [
      "a length that is no number",
      "POST",
      { ...SAME, "next-action": "7f00", "content-length": "12abc" },
      { status: 400 },
    ],
    [
      "the origin is checked before the size",
      "POST",
      { host: SAME.host, origin: "null", "content-length": String(5 * 1024 * 1024) },
      { status: 403 },
    ],
  ])("%s", (_label, method, headers, expected) => {
    const result = verdict(method, headers);
    if (typeof expected === "string") expect(result).toEqual({ body: expected });
    else expect("refusal" in result && result.refusal.status).toBe(expected.status);
  });

  test("the limit is next.config.js's serverActions.bodySizeLimit", async () => {
    type Config = { experimental?: { serverActions?: { bodySizeLimit?: unknown } } };
    const { default: config } = (await import(path.join(process.cwd(), "next.config.js"))) as { default: Config };
    expect(config.experimental?.serverActions?.bodySizeLimit).toBe(SERVER_ACTION_BODY_LIMIT);
  });
});

describe("a server action's arguments", () => {
  const text = (body: string) => actionArgumentsProblem(body, (key) => (key === "0" ? body : null));
  test.each([
    ["no arguments", "[]"],
    ["plain values", '[{"a":1,"b":[true,null,"x"]},"y",3]'],
    [
      "escaped dollar, undefined, dates, numbers",
      '["$$x","$undefined","$D2024-01-01T00:00:00.000Z","$NaN","$-0","$Infinity","$-Infinity","$n12345678901234567890"]',
    ],
    ["a temporary reference", '["$T"]'],
    ["an empty form", '["$K1"]'],
    ["a value written earlier in the same part", '[{"a":{"b":1}},"$0:0:a"]'],
  ])("accepted: %s", (_label, body) => {
    expect(text(body)).toBeNull();
  });

  test.each([
    ["plain text", "hello"],
    ["empty", ""],
    ["a JSON object", '{"caseNumber":"CM24-0000001"}'],
    ["a JSON string", '"draft"'],
    ["a number", "42"],
    ["null", "null"],
    ["truncated JSON", '[{"a":'],
    ["a reference to a part that is not there", '["$1"]'],
    ["a promise of a part that is not there", '["$@1"]'],
    ["a map of something that is not a list of entries", '["$Q0"]'],
    ["a file that is not there", '["$B1"]'],
    ["a server reference", '["$h1"]'],
    ["a typed array", '["$A1"]'],
    ["a stream", '["$R1"]'],
    ["a bare dollar", '["$"]'],
    ["a malformed big integer", '["$n12x"]'],
    ["a path to nothing", '["$0:zz"]'],
    ["too many arguments", JSON.stringify(new Array(1001).fill(0))],
    [`nested deeper than ${MAX_DEPTH}`, `${"[".repeat(MAX_DEPTH + 2)}${"]".repeat(MAX_DEPTH + 2)}`],
    ["nested 300,000 deep", `${"[".repeat(300_000)}${"]".repeat(300_000)}`],
  ])("refused: %s", (_label, body) => {
    expect(text(body)).not.toBeNull();
  });

  test("a multipart body: part 0 holds the list, references must find their parts", async () => {
    const multipart = (fields: [string, string | Blob][]) => {
      const form = new FormData();
      for (const [name, value] of fields) form.append(name, value);
      const response = new Response(form);
      return {
        contentType: response.headers.get("content-type"),
        body: response.arrayBuffer().then((b) => new Uint8Array(b)),
      };
    };
    const check = async (fields: [string, string | Blob][]) => {
      const { contentType, body } = multipart(fields);
      return pageBodyRefusal("action-multipart", contentType, await body);
    };
    expect(
      await check([
        ["_1_caseNumber", "CM24-0000001"],
        ["0", '[null,"$K1"]'],
      ]),
    ).toBeNull();
    expect(
      await check([
        ["0", '["$B1"]'],
        ["1", new Blob(["%PDF-1.4"])],
      ]),
    ).toBeNull();
    expect(
      await check([
        ["0", '["$Q1"]'],
        ["1", '[["a",1]]'],
      ]),
    ).toBeNull();
    expect(
      await check([
        ["0", '["$Q1"]'],
        ["1", '"not entries"'],
      ]),
    ).toMatchObject({ status: 400 });
    expect(
      await check([
        ["0", '["$1"]'],
        ["1", "not json"],
      ]),
    ).toMatchObject({ status: 400 });
    expect(
      await check([
        ["0", '["$B1"]'],
        ["1", "a string, not a file"],
      ]),
    ).toMatchObject({ status: 400 });
    expect(await check([["caseNumber", "CM24-0000001"]])).toEqual({ status: 400, message: UNREADABLE_MESSAGE });
    expect(await check([["0", new Blob(["[]"])]])).toMatchObject({ status: 400 });
    expect(
      await pageBodyRefusal(
        "action-multipart",
        "multipart/form-data; boundary=abc",
        new TextEncoder().encode("--xyz\r\ngarbage"),
      ),
    ).toMatchObject({ status: 400 });
    expect(
      await pageBodyRefusal("form", "multipart/form-data; boundary=abc", new TextEncoder().encode("--xyz\r\ngarbage")),
    ).toMatchObject({ status: 400 });
    const { contentType, body } = multipart([
      ["$ACTION_ID_7f00", ""],
      ["caseNumber", "x"],
    ]);
    expect(await pageBodyRefusal("form", contentType, await body)).toBeNull();
  });

  test("a body that turned out longer than the limit while it was read is 413", async () => {
    const stream = new Blob([new Uint8Array(SERVER_ACTION_BODY_LIMIT + 10)]).stream();
    const bytes = await readBodyUpTo(stream, SERVER_ACTION_BODY_LIMIT);
    expect(bytes).toBeNull();
    expect(await pageBodyRefusal("action-text", "text/plain", bytes)).toMatchObject({ status: 413 });
    expect(await readBodyUpTo(new Blob(["[1]"]).stream(), SERVER_ACTION_BODY_LIMIT)).toEqual(
      new TextEncoder().encode("[1]"),
    );
  });
});

describe("against React's own encoder and decoder", () => {
  type Payload = { text: string } | { entries: [string, string | { blob: string }][] };
  const react = (request: object): unknown =>
    JSON.parse(
      execFileSync(
        process.execPath,
        ["--conditions=react-server", path.join(process.cwd(), "tests/support/react-reply.mjs")],
        { input: JSON.stringify(request), encoding: "utf8" },
      ),
    );
  const guard = (payload: Payload): string | null => {
    if ("text" in payload) return actionArgumentsProblem(payload.text, (key) => (key === "0" ? payload.text : null));
    const parts = new Map(
      payload.entries.map(([name, value]) => [name, typeof value === "string" ? value : new Blob([value.blob])]),
    );
    const root = parts.get("0");
    return typeof root === "string" ? actionArgumentsProblem(root, (key) => parts.get(key) ?? null) : "no part 0";
  };

  test("every payload React's client writes for this app's kinds of arguments passes", () => {
    const encoded = react({ encode: true }) as Payload[];
    expect(encoded.length).toBeGreaterThan(5);
    expect(encoded.map((payload) => guard(payload))).toEqual(encoded.map(() => null));
  });

  test("nothing the guard lets through fails in React's decoder", () => {
    const texts = [
      "[]",
      "[1]",
      '["$$x"]',
      '["$undefined","$NaN","$-0","$Infinity","$-Infinity"]',
      '["$Dnot a date"]',
      '["$n123"]',
      '["$T"]',
      '["$K1"]',
      '["$0"]',
      '[{"a":{"b":1}},"$0:0:a"]',
      "hello",
      "",
      "{}",
      '"x"',
      "42",
      "null",
      '["$1"]',
      '["$@1"]',
      '["$Q0"]',
      '["$W0"]',
      '["$i0"]',
      '["$B1"]',
      '["$h1"]',
      '["$A1"]',
      '["$R1"]',
      '["$X1"]',
      '["$"]',
      '["$n12x"]',
      '["$0:zz"]',
      '["$0:0:zz"]',
      '["$Z1"]',
      '["$-x"]',
      '[{"then":"$0"}]',
    ];
    const forms: [string, string | { blob: string }][][] = [
      [
        ["0", '["$1"]'],
        ["1", '{"a":1}'],
      ],
      [
        ["0", '["$Q1"]'],
        ["1", '[["a",1]]'],
      ],
      [
        ["0", '["$Q1"]'],
        ["1", '["a"]'],
      ],
      [
        ["0", '["$W1"]'],
        ["1", "[1,2]"],
      ],
      [
        ["0", '["$i1"]'],
        ["1", "[1,2]"],
      ],
      [
        ["0", '["$@1"]'],
        ["1", '"x"'],
      ],
      [
        ["0", '["$B1"]'],
        ["1", { blob: "%PDF" }],
      ],
      [
        ["0", '["$B1"]'],
        ["1", "text"],
      ],
      [
        ["0", '["$1"]'],
        ["1", "not json"],
      ],
      [
        ["0", '["$1:a"]'],
        ["1", '{"a":1}'],
      ],
      [
        ["0", '["$1:b"]'],
        ["1", '{"a":1}'],
      ],
      [
        ["0", '["$2"]'],
        ["1", "{}"],
      ],
      [
        ["0", '["$1"]'],
        ["1", '["$2"]'],
        ["2", "7"],
      ],
      [
        ["0", '["$1"]'],
        ["1", '["$3"]'],
      ],
    ];
    const payloads: Payload[] = [...texts.map((text) => ({ text })), ...forms.map((entries) => ({ entries }))];
    const decodes = react({ decode: payloads }) as boolean[];
    const letThrough = payloads.filter((payload) => guard(payload) === null);
    const failing = letThrough.filter((payload) => !decodes[payloads.indexOf(payload)]);
    expect(failing).toEqual([]);
    // and the check is not vacuous: most of the malformed ones are refused
    expect(letThrough.length).toBeGreaterThan(10);
    expect(payloads.length - letThrough.length).toBeGreaterThan(20);
  });
});

describe("the proxy", () => {
  const request = (method: string, headers: Record<string, string>, body?: BodyInit) =>
    new NextRequest(`${ORIGIN}/intake/cases/new`, { method, headers, body, duplex: "half" } as ConstructorParameters<
      typeof NextRequest
    >[1]);

  test("answers a foreign, null or missing Origin on a server action with 403, before Next.js", async () => {
    for (const origin of ["https://attacker.example", "null", undefined]) {
      const headers: Record<string, string> = {
        host: SAME.host,
        "next-action": "7f00",
        "content-type": "text/plain;charset=UTF-8",
        ...(origin ? { origin } : {}),
      };
      const response = await proxy(request("POST", headers, "[]"));
      expect(response.status).toBe(403);
      expect(response.headers.get("x-middleware-next")).toBeNull();
    }
  });

  test("answers a body over the limit with 413 and an undecodable one with 400", async () => {
    const big = await proxy(
      request(
        "POST",
        { ...SAME, "next-action": "7f00", "content-length": String(2 * 1024 * 1024) },
        "x".repeat(2 * 1024 * 1024),
      ),
    );
    expect(big.status).toBe(413);
    expect(await big.text()).toBe("The request is larger than the limit of 1 MB for a form, so nothing was changed.");
    const chunked = await proxy(
      request(
        "POST",
        { ...SAME, "next-action": "7f00" },
        new Blob([new Uint8Array(SERVER_ACTION_BODY_LIMIT + 1)]).stream(),
      ),
    );
    expect(chunked.status).toBe(413);
    const garbled = await proxy(
      request("POST", { ...SAME, "next-action": "7f00", "content-type": "text/plain;charset=UTF-8" }, "not a list"),
    );
    expect(garbled.status).toBe(400);
    expect(await garbled.text()).toBe(UNREADABLE_MESSAGE);
  });

  test("lets a same-origin server action and every page through, with the nonce policy", async () => {
    for (const response of [
      await proxy(
        request(
          "POST",
          { ...SAME, "next-action": "7f00", "content-type": "text/plain;charset=UTF-8" },
          '[{"caseId":"x"}]',
        ),
      ),
      await proxy(request("GET", { host: SAME.host })),
    ]) {
      expect(response.headers.get("x-middleware-next")).toBe("1");
      expect(response.headers.get("content-security-policy")).toMatch(/'nonce-/);
    }
  });
});
