// Name normalization used to match a reviewer's affiliations against the parties of a case.
import { normalizeName } from "@/lib/matching/normalize-name.ts";

describe("normalizeName", () => {
  it.each([
    ["Acme Insurance Co.", "ACME INSURANCE COMPANY"],
    ["Acme Insurance, Inc.", "acme insurance"],
    ["The Acme Corporation", "ACME CORP"],
    ["Acme Holdings LLC", "acme holdings"],
    ["Dr. John Smith, MD", "SMITH, JOHN"],
    ["Dr John Smith MD PhD", "Smith John"],
    ["John Smith, DO", "Smith John"],
    ["Mr. John Smith Jr.", "john smith"],
    ["José Núñez", "JOSE NUNEZ"],
    ["Françoise Müller-Brandt", "FRANCOISE MULLER BRANDT"],
    ["Smith & Jones", "Smith and Jones"],
    ["Smith&Jones", "SMITH AND JONES"],
    ["  Pacific   Orthopedics  ", "pacific orthopedics"],
    ["O'Brien Medical Group", "O BRIEN MEDICAL GROUP"],
    ["St. Mary's Surgery Center", "ST MARYS SURGERY CENTER"],
    ["St. Mary’s Surgery Center", "St Marys Surgery Center"],
  ])("%j matches %j", (a, b) => {
    expect(normalizeName(a)).toBe(normalizeName(b));
  });

  it.each([
    ["Acme Insurance Co.", "Acme Assurance Co."],
    ["John Smith", "Jane Smith"],
    ["John Smith", "John Smithson"],
    ["Smith & Jones", "Smith Jones"],
    ["Pacific Orthopedics", "Pacific Orthopedics Group"],
    ["Clinic 1", "Clinic 2"],
    ["St. Mary's Surgery Center", "St. Mary Surgery Center"],
  ])("%j stays different from %j", (a, b) => {
    expect(normalizeName(a)).not.toBe(normalizeName(b));
  });

  it.each([
    ["Acme Insurance Co.", "acme insurance"],
    ["Dr. John Smith, MD", "john smith"],
    ["SMITH, JOHN", "john smith"],
    ["José Núñez", "jose nunez"],
    ["Smith & Jones", "and jones smith"],
    ["Clinic 24", "24 clinic"],
    ["Smith Smith", "smith"],
    ["", ""],
    ["   ", ""],
    ["The Company, Inc.", ""],
    ["---", ""],
  ])("%j normalizes to exactly %j", (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });
});

describe("dotted degrees and company forms", () => {
  it.each([
    ["Dr. John Smith, M.D.", "SMITH, JOHN"],
    ["John Smith, D.O.", "John Smith"],
    ["Jane Roe, Ph.D.", "ROE, JANE"],
    ["Acme Holdings L.L.C.", "ACME HOLDINGS"],
  ])("%s matches %s", (a, b) => {
    expect(normalizeName(a)).toBe(normalizeName(b));
  });
});
