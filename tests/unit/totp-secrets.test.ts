// Secrets around two-factor sign-in: the TOTP secret sealed at rest (AES-256-GCM keyed
// from the server secret), recovery codes, and the proof that keeps a session after a
// password change.
import { openSecret, sealSecret } from "@/lib/auth/secret-box.ts";
import {
  generateRecoveryCodes,
  hashRecoveryCode,
  looksLikeRecoveryCode,
  normalizeRecoveryCode,
} from "@/lib/auth/recovery-codes.ts";
import { issueResumeProof, RESUME_PROOF_TTL_MS, resumedVersion } from "@/lib/auth/session-resume.ts";

const KEY = "unit-test-secret-unit-test-secret-unit";
let saved: string | undefined;
beforeAll(() => {
  saved = process.env.NEXTAUTH_SECRET;
  process.env.NEXTAUTH_SECRET = KEY;
});
afterAll(() => {
  if (saved === undefined) delete process.env.NEXTAUTH_SECRET;
  else process.env.NEXTAUTH_SECRET = saved;
});

describe("secret box", () => {
  it("opens what it sealed, and the sealed text does not contain the secret", () => {
    const sealed = sealSecret("JBSWY3DPEHPK3PXP", "totp-secret");
    expect(sealed).not.toContain("JBSWY3DPEHPK3PXP");
    expect(sealed.startsWith("v1.")).toBe(true);
    expect(openSecret(sealed, "totp-secret")).toBe("JBSWY3DPEHPK3PXP");
    expect(sealSecret("JBSWY3DPEHPK3PXP", "totp-secret")).not.toBe(sealed); // fresh IV each time
  });

  it("refuses another purpose, a tampered value, another server secret and garbage", () => {
    const sealed = sealSecret("JBSWY3DPEHPK3PXP", "totp-secret");
    expect(openSecret(sealed, "totp-enrolment")).toBeNull();
    const parts = sealed.split(".");
    const body = Buffer.from(parts[3], "base64url");
    body[0] ^= 1;
    expect(openSecret([parts[0], parts[1], parts[2], body.toString("base64url")].join("."), "totp-secret")).toBeNull();
    process.env.NEXTAUTH_SECRET = `${KEY}-rotated`;
    expect(openSecret(sealed, "totp-secret")).toBeNull();
    process.env.NEXTAUTH_SECRET = KEY;
    expect(openSecret("not-sealed", "totp-secret")).toBeNull();
    expect(openSecret("v1.a.b.c", "totp-secret")).toBeNull();
  });
});

describe("recovery codes", () => {
  it("are ten distinct codes of four groups of four", () => {
    const codes = generateRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) {
      expect(code).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
      expect(code).not.toMatch(/[ilo01]/);
      expect(looksLikeRecoveryCode(code)).toBe(true);
    }
  });

  it.each([
    ["upper case", (c: string) => c.toUpperCase()],
    ["spaces instead of dashes", (c: string) => c.replace(/-/g, " ")],
    ["no separators", (c: string) => c.replace(/-/g, "")],
  ])("hash the same when typed with %s", (_label, typed) => {
    const [code] = generateRecoveryCodes(1);
    expect(hashRecoveryCode(typed(code))).toBe(hashRecoveryCode(code));
    expect(normalizeRecoveryCode(typed(code))).toHaveLength(16);
  });

  it("are told apart from 6-digit app codes", () => {
    expect(looksLikeRecoveryCode("123456")).toBe(false);
    expect(looksLikeRecoveryCode("abcd-efgh-jkmn-pqr")).toBe(false);
  });
});

describe("session resume proof", () => {
  const token = { uid: "5b1f3c1e-0d8a-4a51-9d1b-2f2f8d2f0a11", sv: 4 };
  const now = 1_800_000_000_000;

  it("moves the token that held the old version to the new one", () => {
    expect(resumedVersion(token, issueResumeProof(token.uid, 4, 5, now), now + 1000)).toBe(5);
  });

  // Proofs are made inside each test: the server secret is set for the tests (beforeAll), not while the table is read.
  it.each([
    [
      "another user's token",
      { ...token, uid: "0e7f709a-0000-4000-8000-000000000000" },
      () => issueResumeProof(token.uid, 4, 5, now),
      now,
    ],
    ["a token of another version", { ...token, sv: 3 }, () => issueResumeProof(token.uid, 4, 5, now), now],
    ["a proof for another target version", token, () => ({ ...issueResumeProof(token.uid, 4, 5, now), sv: 6 }), now],
    ["an expired proof", token, () => issueResumeProof(token.uid, 4, 5, now), now + RESUME_PROOF_TTL_MS + 1],
    ["a forged proof", token, () => ({ sv: 5, issuedAt: now, proof: "x".repeat(43) }), now],
    ["no proof", token, () => null, now],
  ])("refuses %s", (_label, holder, data, at) => {
    expect(resumedVersion(holder, data(), at)).toBeNull();
  });
});
