// The party's cookie: the id of its session row, HMAC-signed, so a forged or garbled value
// is refused before any query. The secret comes from the environment (lib/config/secret.ts:
// NEXTAUTH_SECRET, else IMR_AUTH_SECRET, else data/auth-secret). Whether the session still
// holds is the database's answer (tests/integration/party-access.test.ts).
import crypto from "node:crypto";
import { decodePartySessionCookie, encodePartySessionCookie, partyCookieOptions } from "@/lib/parties/party-session.ts";

const SECRET = "unit-test-party-secret";
delete process.env.NEXTAUTH_SECRET;
process.env.IMR_AUTH_SECRET = SECRET;

const ID = "6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b";
const OTHER_ID = "6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4c";

const hmac = (body: string, key = `party-session:${SECRET}`) =>
  crypto.createHmac("sha256", key).update(body).digest("base64url");
const b64 = (text: string) => Buffer.from(text).toString("base64url");

describe("encodePartySessionCookie", () => {
  it("writes the session id, then its HMAC-SHA256 under party-session:<secret>", () => {
    const value = encodePartySessionCookie(ID);
    expect(value).toBe(`${ID}.${hmac(ID)}`);
    expect(value).toMatch(/^[0-9a-f-]{36}\.[A-Za-z0-9_-]{43}$/);
  });

  it("carries nothing but the id", () => {
    expect(encodePartySessionCookie(ID).split(".")[0]).toBe(ID);
  });

  it.each([
    ["upper case", ID.toUpperCase()],
    ["not a uuid", "party-1"],
    ["empty", ""],
  ])("refuses to sign an id that is %s", (_label, id) => {
    expect(() => encodePartySessionCookie(id)).toThrow();
  });
});

describe("decodePartySessionCookie", () => {
  it("round-trips a session id", () => {
    expect(decodePartySessionCookie(encodePartySessionCookie(ID))).toBe(ID);
  });

  it("rejects another id under the original signature", () => {
    const [, signature] = encodePartySessionCookie(ID).split(".");
    expect(decodePartySessionCookie(`${OTHER_ID}.${signature}`)).toBeNull();
  });

  it.each([
    ["last character changed", (sig: string) => sig.slice(0, -1) + (sig.endsWith("A") ? "B" : "A")],
    ["first character changed", (sig: string) => (sig.startsWith("A") ? "B" : "A") + sig.slice(1)],
    ["truncated", (sig: string) => sig.slice(0, -1)],
    ["extended", (sig: string) => sig + "A"],
    ["empty", () => ""],
  ])("rejects a signature %s", (_label, tamper) => {
    const [id, signature] = encodePartySessionCookie(ID).split(".");
    expect(decodePartySessionCookie(`${id}.${tamper(signature)}`)).toBeNull();
  });

  it("rejects an id signed with another secret or another purpose", () => {
    expect(decodePartySessionCookie(`${ID}.${hmac(ID, "party-session:some-other-secret")}`)).toBeNull();
    expect(decodePartySessionCookie(`${ID}.${hmac(ID, `party:${SECRET}`)}`)).toBeNull();
    expect(decodePartySessionCookie(`${ID}.${hmac(ID, SECRET)}`)).toBeNull();
  });

  it("rejects a cookie of the earlier format (a signed JSON body naming party and case)", () => {
    const body = b64(JSON.stringify({ partyId: ID, caseId: OTHER_ID, expiresAt: Date.now() + 3_600_000 }));
    expect(decodePartySessionCookie(`${body}.${hmac(body, `party:${SECRET}`)}`)).toBeNull();
  });

  it.each([
    ["undefined", undefined],
    ["null", null],
    ["empty", ""],
    ["no dot", "abcdef"],
    ["only a dot", "."],
    ["no signature", `${ID}.`],
    ["no id", `.${hmac("")}`],
    ["random text", "hello.world"],
    ["an upper-case id signed as given", `${ID.toUpperCase()}.${hmac(ID.toUpperCase())}`],
    ["a non-uuid id of the same length signed as given", `${"x".repeat(36)}.${hmac("x".repeat(36))}`],
    ["a valid cookie with a third part", `${ID}.${hmac(ID)}.extra`],
    ["a valid cookie with spaces around", ` ${ID}.${hmac(ID)} `],
    ["a non-ASCII signature of the right length", `${ID}.${"é".repeat(43)}`],
    ["a very long value", "a".repeat(100_000)],
  ])("rejects garbage without throwing: %s", (_label, value) => {
    expect(decodePartySessionCookie(value)).toBeNull();
  });
});

describe("partyCookieOptions", () => {
  const env = { ...process.env };
  afterEach(() => {
    process.env = { ...env };
  });

  it("is HttpOnly, SameSite=Lax, for the whole site, until the session expires", () => {
    const expiresAt = new Date("2030-01-01T00:00:00Z");
    expect(partyCookieOptions(expiresAt)).toMatchObject({
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      expires: expiresAt,
    });
  });

  it("is Secure in production unless IMR_INSECURE_COOKIES=1", () => {
    Object.assign(process.env, { NODE_ENV: "production" });
    delete process.env.IMR_INSECURE_COOKIES;
    expect(partyCookieOptions(new Date()).secure).toBe(true);
    process.env.IMR_INSECURE_COOKIES = "1";
    expect(partyCookieOptions(new Date()).secure).toBe(false);
    Object.assign(process.env, { NODE_ENV: "test" });
    delete process.env.IMR_INSECURE_COOKIES;
    expect(partyCookieOptions(new Date()).secure).toBe(false);
  });
});
