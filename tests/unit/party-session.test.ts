// The party's HMAC-signed session cookie. The secret comes from the environment
// (lib/config/secret.ts: NEXTAUTH_SECRET, else IMR_AUTH_SECRET, else data/auth-secret).
import crypto from "node:crypto";
import { decodePartySession, encodePartySession, type PartySession } from "@/lib/parties/party-session.ts";

const SECRET = "unit-test-party-secret";
delete process.env.NEXTAUTH_SECRET;
process.env.IMR_AUTH_SECRET = SECRET;

const NOW = Date.UTC(2025, 5, 1, 12, 0, 0);
const session: PartySession = { partyId: "party-1", caseId: "case-1", expiresAt: NOW + 4 * 3600_000 };

const b64 = (text: string) => Buffer.from(text).toString("base64url");
const hmac = (body: string, key = `party:${SECRET}`) => crypto.createHmac("sha256", key).update(body).digest("base64url");
const signed = (payload: string) => `${b64(payload)}.${hmac(b64(payload))}`;

describe("encodePartySession", () => {
  it("writes the JSON body in base64url, then its HMAC-SHA256 under party:<secret>", () => {
    const value = encodePartySession(session);
    const [body, signature, ...rest] = value.split(".");
    expect(rest).toEqual([]);
    expect(JSON.parse(Buffer.from(body, "base64url").toString("utf8"))).toEqual(session);
    expect(signature).toBe(hmac(body));
    expect(value).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
  });
});

describe("decodePartySession", () => {
  it("round-trips a session", () => {
    expect(decodePartySession(encodePartySession(session), NOW)).toEqual(session);
  });

  it("round-trips ids with non-ASCII characters", () => {
    const s = { ...session, partyId: "pärty-ü-1" };
    expect(decodePartySession(encodePartySession(s), NOW)).toEqual(s);
  });

  it.each([
    ["one millisecond before expiry", session.expiresAt - 1, true],
    ["at the expiry instant", session.expiresAt, false],
    ["after expiry", session.expiresAt + 60_000, false],
  ])("%s: accepted %s", (_label, now, accepted) => {
    expect(decodePartySession(encodePartySession(session), now)).toEqual(accepted ? session : null);
  });

  it("uses the current time by default", () => {
    expect(decodePartySession(encodePartySession({ ...session, expiresAt: Date.now() - 1000 }))).toBeNull();
    const fresh = { ...session, expiresAt: Date.now() + 60_000 };
    expect(decodePartySession(encodePartySession(fresh))).toEqual(fresh);
  });

  it("rejects a body changed under the original signature", () => {
    const [, signature] = encodePartySession(session).split(".");
    const forged = `${b64(JSON.stringify({ ...session, caseId: "case-2" }))}.${signature}`;
    expect(decodePartySession(forged, NOW)).toBeNull();
  });

  it("rejects an extended expiry under the original signature", () => {
    const [, signature] = encodePartySession(session).split(".");
    const forged = `${b64(JSON.stringify({ ...session, expiresAt: NOW + 365 * 86_400_000 }))}.${signature}`;
    expect(decodePartySession(forged, NOW)).toBeNull();
  });

  it.each([
    ["last character changed", (sig: string) => sig.slice(0, -1) + (sig.endsWith("A") ? "B" : "A")],
    ["first character changed", (sig: string) => (sig.startsWith("A") ? "B" : "A") + sig.slice(1)],
    ["truncated", (sig: string) => sig.slice(0, -1)],
    ["extended", (sig: string) => sig + "A"],
    ["empty", () => ""],
  ])("rejects a signature %s", (_label, tamper) => {
    const [body, signature] = encodePartySession(session).split(".");
    expect(decodePartySession(`${body}.${tamper(signature)}`, NOW)).toBeNull();
  });

  it("rejects a session signed with another secret", () => {
    const body = b64(JSON.stringify(session));
    expect(decodePartySession(`${body}.${hmac(body, "party:some-other-secret")}`, NOW)).toBeNull();
    expect(decodePartySession(`${body}.${hmac(body, SECRET)}`, NOW)).toBeNull();
  });

  it.each([
    ["undefined", undefined],
    ["empty", ""],
    ["no dot", "abcdef"],
    ["only a dot", "."],
    ["no signature", `${b64(JSON.stringify(session))}.`],
    ["no body", `.${hmac("")}`],
    ["random text", "hello.world"],
  ])("rejects garbage: %s", (_label, value) => {
    expect(decodePartySession(value, NOW)).toBeNull();
  });

  it.each([
    ["not JSON", "not json at all"],
    ["JSON null", "null"],
    ["missing partyId", JSON.stringify({ caseId: "case-1", expiresAt: NOW + 1000 })],
    ["numeric caseId", JSON.stringify({ partyId: "p", caseId: 7, expiresAt: NOW + 1000 })],
    ["missing expiresAt", JSON.stringify({ partyId: "p", caseId: "c" })],
  ])("rejects a correctly signed but malformed payload: %s", (_label, payload) => {
    expect(decodePartySession(signed(payload), NOW)).toBeNull();
  });
});

describe("crafted cookies", () => {
  it.each([
    ["a non-ASCII signature of the right length", () => `${b64(JSON.stringify(session))}.${"é".repeat(43)}`],
    ["a valid cookie with a third part", () => `${signed(JSON.stringify(session))}.extra`],
  ])("%s is rejected without throwing", (_label, make) => {
    expect(decodePartySession(make(), NOW)).toBeNull();
  });
});
