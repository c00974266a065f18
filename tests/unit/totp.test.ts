// RFC 6238 (TOTP) and RFC 4226 (HOTP) test vectors, the ±1 step window, base32 (RFC 4648)
// and the otpauth:// URI.
import { URI } from "otpauth";
import {
  base32Decode,
  base32Encode,
  generateTotpSecret,
  hotp,
  matchTotp,
  otpauthUri,
  timeStep,
  totpAt,
} from "@/lib/auth/totp.ts";

const ascii = (text: string) => Buffer.from(text, "ascii");
const SHA1_SECRET = ascii("12345678901234567890");
const SHA256_SECRET = ascii("12345678901234567890123456789012");
const SHA512_SECRET = ascii("1234567890123456789012345678901234567890123456789012345678901234");

describe("RFC 6238 Appendix B vectors (8 digits)", () => {
  it.each([
    [59, "94287082", "46119246", "90693936"],
    [1111111109, "07081804", "68084774", "25091201"],
    [1111111111, "14050471", "67062674", "99943326"],
    [1234567890, "89005924", "91819424", "93441116"],
    [2000000000, "69279037", "90698825", "38618901"],
    [20000000000, "65353130", "77737706", "47863826"],
  ])("T = %i s", (seconds, sha1, sha256, sha512) => {
    const at = seconds * 1000;
    expect(totpAt(SHA1_SECRET, at, 8, "sha1")).toBe(sha1);
    expect(totpAt(SHA256_SECRET, at, 8, "sha256")).toBe(sha256);
    expect(totpAt(SHA512_SECRET, at, 8, "sha512")).toBe(sha512);
  });

  it("uses SHA-1 and 6 digits by default (the last 6 digits of the 8-digit vector)", () => {
    expect(totpAt(SHA1_SECRET, 59_000)).toBe("287082");
    expect(totpAt(SHA1_SECRET, 1111111109_000)).toBe("081804");
  });
});

describe("RFC 4226 Appendix D HOTP vectors", () => {
  it.each([
    [0, "755224"],
    [1, "287082"],
    [2, "359152"],
    [3, "969429"],
    [4, "338314"],
    [5, "254676"],
    [6, "287922"],
    [7, "162583"],
    [8, "399871"],
    [9, "520489"],
  ])("counter %i -> %s", (counter, code) => {
    expect(hotp(SHA1_SECRET, counter)).toBe(code);
  });
});

describe("matchTotp: one step either side of the clock", () => {
  const now = 1_700_000_015_000;
  const step = timeStep(now);
  const codeAt = (offset: number) => hotp(SHA1_SECRET, step + offset);

  it.each([
    ["the current step", 0, step],
    ["the step before (clock behind)", -1, step - 1],
    ["the step after (clock ahead)", 1, step + 1],
    ["two steps before", -2, null],
    ["two steps after", 2, null],
  ])("a code of %s", (_label, offset, expected) => {
    expect(matchTotp(SHA1_SECRET, codeAt(offset), now)).toBe(expected);
  });

  it.each([
    ["empty", ""],
    ["five digits", "12345"],
    ["seven digits", "1234567"],
    ["letters", "abcdef"],
    ["a recovery code", "abcd-efgh-jkmn-pqrs"],
  ])("refuses %s", (_label, code) => {
    expect(matchTotp(SHA1_SECRET, code, now)).toBeNull();
  });

  it("accepts the code with a space in the middle, as apps show it", () => {
    const code = codeAt(0);
    expect(matchTotp(SHA1_SECRET, `${code.slice(0, 3)} ${code.slice(3)}`, now)).toBe(step);
  });

  it("refuses the right code under another secret", () => {
    expect(matchTotp(SHA256_SECRET, codeAt(0), now)).toBeNull();
  });
});

describe("base32 (RFC 4648 section 10, without padding)", () => {
  it.each([
    ["", ""],
    ["f", "MY"],
    ["fo", "MZXQ"],
    ["foo", "MZXW6"],
    ["foob", "MZXW6YQ"],
    ["fooba", "MZXW6YTB"],
    ["foobar", "MZXW6YTBOI"],
  ])("%j <-> %s", (text, encoded) => {
    expect(base32Encode(ascii(text))).toBe(encoded);
    expect(base32Decode(encoded)?.toString("ascii")).toBe(text);
  });

  it("decodes lower case, spaces, dashes and padding", () => {
    expect(base32Decode("mzxw 6ytb-oi======")?.toString("ascii")).toBe("foobar");
  });

  it("refuses characters outside the alphabet", () => {
    expect(base32Decode("MZXW1")).toBeNull();
    expect(base32Decode("MZXW8")).toBeNull();
  });

  it("round-trips a generated 20-byte secret", () => {
    const secret = generateTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(base32Decode(secret)).toHaveLength(20);
    expect(base32Encode(base32Decode(secret)!)).toBe(secret);
    expect(generateTotpSecret()).not.toBe(secret);
  });
});

describe("otpauthUri", () => {
  it("names the issuer and account and carries the parameters", () => {
    const uri = new URL(otpauthUri("JBSWY3DPEHPK3PXP", "ana.ruiz@example.org"));
    expect(uri.protocol).toBe("otpauth:");
    expect(uri.host).toBe("totp");
    expect(decodeURIComponent(uri.pathname)).toBe("/IMR Portal:ana.ruiz@example.org");
    expect(uri.searchParams.get("secret")).toBe("JBSWY3DPEHPK3PXP");
    expect(uri.searchParams.get("issuer")).toBe("IMR Portal");
    expect(uri.searchParams.get("algorithm")).toBe("SHA1");
    expect(uri.searchParams.get("digits")).toBe("6");
    expect(uri.searchParams.get("period")).toBe("30");
    expect(uri.href).toContain("issuer=IMR%20Portal");
  });

  it("is read back by an authenticator's parser, which then shows the codes the portal accepts", () => {
    const secret = generateTotpSecret();
    const app = URI.parse(otpauthUri(secret, "ana.ruiz@example.org"));
    expect(app.issuer).toBe("IMR Portal");
    expect(app.label).toBe("ana.ruiz@example.org");
    const now = 1_700_000_015_000;
    const shown = app.generate({ timestamp: now });
    expect(matchTotp(base32Decode(secret)!, shown, now)).toBe(timeStep(now));
  });
});
