// DWC IMR case numbers: CM + two-digit year + "-" + seven-digit sequence.
import { CASE_NUMBER_PATTERN, formatCaseNumber, normalizeCaseNumber } from "@/lib/cases/case-number.ts";

describe("formatCaseNumber", () => {
  it.each([
    [2024, 1, "CM24-0000001"],
    [2024, 12345, "CM24-0012345"],
    [2025, 9_999_999, "CM25-9999999"],
    [2000, 42, "CM00-0000042"],
    [2009, 1_000_000, "CM09-1000000"],
    [2099, 7, "CM99-0000007"],
    [2100, 7, "CM00-0000007"],
    [1999, 5, "CM99-0000005"],
  ])("year %i, sequence %i -> %s", (year, sequence, expected) => {
    const formatted = formatCaseNumber(year, sequence);
    expect(formatted).toBe(expected);
    expect(formatted).toMatch(CASE_NUMBER_PATTERN);
  });

  it.each([0, -1, 10_000_000, 123_456_789])("rejects sequence %i", (sequence) => {
    expect(() => formatCaseNumber(2024, sequence)).toThrow(`Case sequence out of range: ${sequence}`);
  });
});

describe("CASE_NUMBER_PATTERN", () => {
  it.each([
    ["CM24-0012345", true],
    ["cm24-0012345", false],
    ["CM24-012345", false],
    ["CM24-00123456", false],
    ["CM2024-0012345", false],
    ["CM240012345", false],
    [" CM24-0012345", false],
    ["CX24-0012345", false],
  ])("%j matches: %s", (value, matches) => {
    expect(CASE_NUMBER_PATTERN.test(value)).toBe(matches);
  });
});

describe("normalizeCaseNumber", () => {
  it.each([
    ["CM24-0012345", "CM24-0012345"],
    ["cm24-0012345", "CM24-0012345"],
    ["  Cm24-0012345\n", "CM24-0012345"],
    ["CM24 - 0012345", "CM24-0012345"],
    ["c m 2 4-0012345", "CM24-0012345"],
    ["\tcm24-\t0012345 ", "CM24-0012345"],
    ["", ""],
  ])("%j -> %j", (input, expected) => {
    expect(normalizeCaseNumber(input)).toBe(expected);
  });

  it("keeps other characters, so a mistyped number still fails the pattern", () => {
    expect(normalizeCaseNumber("CM24_0012345")).toBe("CM24_0012345");
    expect(CASE_NUMBER_PATTERN.test(normalizeCaseNumber("CM24_0012345"))).toBe(false);
  });
});

describe("non-integer sequences", () => {
  it.each([NaN, 1.5, Infinity])("%p throws", (sequence) => {
    expect(() => formatCaseNumber(2024, sequence)).toThrow(/out of range/);
  });
});
