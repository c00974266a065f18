// The cheaper forms findHits runs (matchers.ts): preconditions and, where no credential is
// written, the patterns without their credentials tail must find exactly what the full
// patterns find.
import { describe, expect, it } from "@jest/globals";
import type { KnownIdentifiers } from "@/lib/redaction/known-identifiers.ts";
import { knownLayerMatchers } from "@/lib/redaction/known-layer.ts";
import { buildMatchers, findHits, mayMatch, probeText, type Matcher } from "@/lib/redaction/matchers.ts";

const known = (names: string[]): KnownIdentifiers => ({
  keepCaseNumber: "CM24-0000001",
  people: names.map((name) => ({ name, role: "EMPLOYEE" })),
  organizations: ["Pacific Coast Builders, Inc."],
  claimNumbers: [],
  otherNumbers: [],
  addresses: [],
  phones: [],
  emails: [],
  datesOfBirth: [],
  ssns: [],
});

/** Every match of every full pattern, without the preconditions or the cheaper forms. */
function fullHits(text: string, matchers: Matcher[]) {
  const out: [number, number][] = [];
  for (const m of matchers) {
    const regex = new RegExp(m.regex.source, m.regex.flags);
    for (const x of text.matchAll(regex))
      if (x[0].length > 0 && !m.keep?.(x[0])) out.push([x.index, x.index + x[0].length]);
  }
  return out.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

const TEXTS = [
  "Robert Long was seen by Dr. Long; Bob Long and Long, Bob; LONG ROBERT; R. Long and Long, R. agreed. Long-term use.",
  "John Q. Smith saw Smith, John Q. and J.Q.S. and Mr. Smith's wife; Quincy was there. Pacific Coast and PCB called.",
  "Signed: John Smith, M.D., Jr. and Smith MD and SmithJr and Dr. Smith, Ph.D. and Robert Long, R.N. Long, MD.",
  "García-López, María said Maria Garcia Lopez, Esq. and Dr. Garcia-Lopez III met Nakamura; MRN 1234.",
  "Robert Long saw Dr. Long and SMITH JOHN and Smith\n  , John and LOPEZ   MARIA and Garcia-Lopez ,M. today",
  "Robert Long saw Dr. Long and Nakamura while Smith John waited",
  "Bob\tLong, Rob  Q. Long and Bobby problem; Long ,Bobby and Robbie\nLong",
  "R Long and J\tQ Smith and Smith,MD and Long , Jr. and Nakamura Ph.D. and K  Nakamura, Esq. MRN 12",
];

describe("findHits: the cheaper forms find what the full patterns find", () => {
  const matchers = [
    ...buildMatchers(known(["Robert Long", "John Q. Smith, M.D.", "Maria Garcia-Lopez", "Ken Nakamura"])),
    ...knownLayerMatchers(known(["Robert Long", "John Q. Smith, M.D.", "Maria Garcia-Lopez", "Ken Nakamura"])),
  ];
  for (const text of TEXTS) {
    it(`the same spans in ${JSON.stringify(text.slice(0, 40))}`, () => {
      const found = findHits(text, matchers)
        .map((h): [number, number] => [h.start, h.end])
        .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      expect(found).toEqual(fullHits(text, matchers));
    });
  }
  it("skips a pattern whose shape the text cannot hold", () => {
    const [, lastFirst, upper] = buildMatchers(known(["John Smith"])).filter((m) => m.value === "John Smith");
    const probe = probeText("John Smith and Dr. Smith");
    expect(mayMatch(lastFirst, probe)).toBe(false);
    expect(mayMatch(upper, probe)).toBe(false);
    expect(mayMatch(lastFirst, probeText("Smith , John"))).toBe(true);
    expect(mayMatch(upper, probeText("SMITH\tJOHN"))).toBe(true);
  });
  it("knows whether a credential is written", () => {
    expect(probeText("Dr. Smith saw the patient.").credentials).toBe(false);
    expect(probeText("John Smith, M.D.").credentials).toBe(true);
    expect(probeText("the MRN was noted").credentials).toBe(true);
  });
});
