// Party access codes: 16 look-alike-free characters in four groups, stored as SHA-256.
import { createHash } from "node:crypto";
import { generateAccessCode, hashAccessCode, normalizeAccessCode } from "@/lib/parties/access-codes.ts";

const FORMAT = /^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/;
const LOOK_ALIKES = /[ILO01]/;

describe("generateAccessCode", () => {
  const codes = Array.from({ length: 1000 }, () => generateAccessCode());

  it("formats every code as four groups of four allowed characters", () => {
    expect(codes.filter((code) => !FORMAT.test(code))).toEqual([]);
    expect(codes.filter((code) => LOOK_ALIKES.test(code))).toEqual([]);
    expect(codes.every((code) => code.length === 19)).toBe(true);
  });

  it("generates 1000 distinct codes", () => {
    expect(new Set(codes).size).toBe(1000);
  });

  it("uses all 31 characters of the alphabet across 1000 codes", () => {
    const seen = new Set(codes.join("").replace(/-/g, ""));
    expect(seen.size).toBe(31);
  });
});

describe("normalizeAccessCode", () => {
  it.each([
    ["ABCD-EFGH-JKMN-PQRS", "ABCDEFGHJKMNPQRS"],
    ["abcd efgh jkmn pqrs", "ABCDEFGHJKMNPQRS"],
    ["  abcd-efgh-jkmn-pqrs\n", "ABCDEFGHJKMNPQRS"],
    ["ABCD—EFGH.JKMN_PQRS", "ABCDEFGHJKMNPQRS"],
    ["", ""],
  ])("%j -> %j", (input, expected) => {
    expect(normalizeAccessCode(input)).toBe(expected);
  });
});

describe("hashAccessCode", () => {
  const code = "ABCD-EFGH-JKMN-PQRS";
  const hash = hashAccessCode(code);

  it("is the SHA-256 hex digest of the normalized code", () => {
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(createHash("sha256").update("ABCDEFGHJKMNPQRS").digest("hex"));
  });

  it.each([
    "abcd-efgh-jkmn-pqrs",
    "ABCDEFGHJKMNPQRS",
    "abcd efgh jkmn pqrs",
    " AbCd-EfGh JkMn-PqRs ",
    "ABCD--EFGH--JKMN--PQRS",
  ])("is the same for %j", (variant) => {
    expect(hashAccessCode(variant)).toBe(hash);
  });

  it.each(["ABCD-EFGH-JKMN-PQRT", "ABCD-EFGH-JKMN-PQR", "BCDA-EFGH-JKMN-PQRS", ""])("differs for %j", (other) => {
    expect(hashAccessCode(other)).not.toBe(hash);
  });

  it("hashes generated codes to distinct 64-hex values", () => {
    const hashes = Array.from({ length: 50 }, () => hashAccessCode(generateAccessCode()));
    expect(new Set(hashes).size).toBe(50);
    expect(hashes.every((h) => /^[0-9a-f]{64}$/.test(h))).toBe(true);
  });
});
