// Mentions: identifiers, the organisation directory (same entry, parents, aliases), people
// against organisations, bad input, and the mention index agreeing with the full comparison.
import {
  compareMentions,
  compareNames,
  prepareMention,
  type Mention,
  type MatchStrength,
} from "@/lib/identity/compare.ts";
import { buildMentionIndex, findMatches } from "@/lib/identity/mention-index.ts";

const org = (name: string, extra: Partial<Mention> = {}): Mention => ({ kind: "ORGANIZATION", name, ...extra });
const person = (name: string, extra: Partial<Mention> = {}): Mention => ({ kind: "PERSON", name, ...extra });
const compare = (a: Mention, b: Mention) => compareMentions(prepareMention(a), prepareMention(b));
const hasWords = (reason: string) => /\p{L}{3,}/u.test(reason) && reason.trim().length > 5;

describe("identifiers and the directory", () => {
  it.each<[string, Mention, Mention, MatchStrength, RegExp]>([
    [
      "same NPI spelled differently",
      person("John Smith", { identifier: "1234567890" }),
      person("Dr. Jane Doe", { identifier: "12345 67890" }),
      "STRONG",
      /identifier/,
    ],
    [
      "same FEIN with and without dash",
      org("Acme", { identifier: "12-3456789" }),
      org("Zenith", { identifier: "123456789" }),
      "STRONG",
      /identifier/,
    ],
    [
      "license number case",
      person("A B", { identifier: "a12345" }),
      person("C D", { identifier: "A-12345" }),
      "STRONG",
      /identifier/,
    ],
    [
      "different identifiers",
      org("Acme", { identifier: "12-3456789" }),
      org("Zenith", { identifier: "98-7654321" }),
      "DIFFERENT",
      /./,
    ],
    [
      "namesakes with other NPIs",
      person("John Smith", { identifier: "1111111111" }),
      person("John Smith", { identifier: "2222222222" }),
      "POSSIBLE",
      /identifiers differ/,
    ],
    [
      "identifiers of different types do not count",
      person("John Smith", { identifier: "1111111111" }),
      person("John Smith", { identifier: "A123456" }),
      "EXACT",
      /same name/i,
    ],
    [
      "same directory entry",
      org("Acme", { directoryId: "d1" }),
      org("Totally Other", { directoryId: "d1" }),
      "EXACT",
      /directory/,
    ],
    [
      "parent organisation",
      org("Fairfax Financial", { directoryId: "p" }),
      org("Zenith Insurance", { directoryId: "c", ancestorIds: ["p"] }),
      "STRONG",
      /Fairfax Financial is a parent organisation of Zenith Insurance/,
    ],
    [
      "grandparent",
      org("Zenith Insurance", { directoryId: "c", ancestorIds: ["x", "g"] }),
      org("Holding", { directoryId: "g" }),
      "STRONG",
      /Holding is a parent organisation/,
    ],
    [
      "sister organisations",
      org("Zenith CA", { directoryId: "a", ancestorIds: ["p"] }),
      org("Other NV", { directoryId: "b", ancestorIds: ["p"] }),
      "POSSIBLE",
      /same parent/,
    ],
    [
      "unrelated directory entries",
      org("Acme", { directoryId: "a" }),
      org("Zenith", { directoryId: "b" }),
      "DIFFERENT",
      /./,
    ],
    [
      "alias from the directory",
      org("Sunrise Holdings", { aliases: ["Sunrise Orthopedic Group"] }),
      org("Sunrise Ortho Grp"),
      "STRONG",
      /another name/i,
    ],
    [
      "alias exact",
      org("Blue Cross of California", { aliases: ["Anthem Blue Cross"] }),
      org("ANTHEM BLUE CROSS"),
      "STRONG",
      /another name/i,
    ],
    [
      "person in an organisation's name",
      person("John Smith"),
      org("John Smith MD Inc"),
      "POSSIBLE",
      /carries the person's name/,
    ],
    ["person and unrelated organisation", person("John Smith"), org("Acme Medical Group"), "DIFFERENT", /./],
  ])("%s: %s", (_, a, b, strength, reason) => {
    const verdict = compare(a, b);
    expect(verdict.strength).toBe(strength);
    expect(verdict.reason).toMatch(reason);
    expect(hasWords(verdict.reason)).toBe(true);
  });
});

describe("bad input", () => {
  const long = "Pacific Medical Group ".repeat(500); // ~11 kB
  it.each<[string, "PERSON" | "ORGANIZATION", string, string, MatchStrength]>([
    ["empty against a name", "ORGANIZATION", "", "Acme", "DIFFERENT"],
    ["empty against empty", "ORGANIZATION", "", "", "DIFFERENT"],
    ["whitespace against whitespace", "PERSON", "   ", "\t\n", "DIFFERENT"],
    ["punctuation only", "ORGANIZATION", "...", "---", "DIFFERENT"],
    ["one letter", "PERSON", "J", "J", "DIFFERENT"],
    ["titles only", "PERSON", "Dr.", "Dr.", "DIFFERENT"],
    ["degrees only", "PERSON", "M.D.", "John Smith, M.D.", "DIFFERENT"],
    ["one-letter organisation", "ORGANIZATION", "X", "X", "DIFFERENT"],
    ["Chinese, same", "PERSON", "王小明", "王小明", "EXACT"],
    ["Chinese, different", "PERSON", "王小明", "李华", "DIFFERENT"],
    ["Cyrillic, same", "PERSON", "Иван Петров", "иван петров", "EXACT"],
    ["Cyrillic, different", "PERSON", "Иван Петров", "Сергей Петров", "DIFFERENT"],
    ["Arabic, same", "ORGANIZATION", "شركة التأمين الوطنية", "شركة التأمين الوطنية", "EXACT"],
    ["Arabic against Latin", "ORGANIZATION", "شركة التأمين", "Acme Insurance", "DIFFERENT"],
    ["common-word names", "PERSON", "Will Young", "Rose Hill", "DIFFERENT"],
    ["common-word name alone", "PERSON", "Mark", "Mark", "POSSIBLE"],
    ["very long names", "ORGANIZATION", long, long, "EXACT"],
    ["very long against short", "ORGANIZATION", long, "Zenith", "DIFFERENT"],
  ])("%s", (_, kind, a, b, strength) => {
    const verdict = compareNames(kind, a, b);
    expect(verdict.strength).toBe(strength);
    expect(hasWords(verdict.reason)).toBe(true);
  });

  it("does not throw on values that are not strings", () => {
    const odd = { kind: "PERSON", name: null, aliases: [undefined], identifier: 5 } as unknown as Mention;
    expect(compareMentions(prepareMention(odd), prepareMention(person("John Smith"))).strength).toBe("DIFFERENT");
  });

  it("compares 10 kB names quickly", () => {
    const start = performance.now();
    for (let i = 0; i < 20; i++) compareNames("PERSON", "Smith ".repeat(2000), "John Smith ".repeat(1000));
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

describe("mention index", () => {
  const parties = [
    org("Pacific Claims Services, Inc."),
    org("State Compensation Insurance Fund"),
    org("Zenith Insurance Company", { identifier: "95-1234567" }),
    person("Robert J. Smith, M.D."),
    person("María García-López"),
    org("Bay Area Medical Group"),
    org("Acme Holdings dba Sunrise Orthopedic"),
    org("Fairfax Financial", { directoryId: "ff" }),
    person("Jonathan Schwartz"),
    org("Pacific Medical Group"),
  ].map(prepareMention);
  const index = buildMentionIndex(parties);

  it.each<[string, Mention, number, MatchStrength]>([
    ["abbreviation", org("Pacific Claims Svcs."), 0, "STRONG"],
    ["acronym", org("SCIF"), 1, "POSSIBLE"],
    ["initials inside a name", org("BAMG"), 5, "POSSIBLE"],
    ["distinctive word", org("Zenith"), 2, "POSSIBLE"],
    ["identifier", org("ZNAT", { identifier: "951234567" }), 2, "STRONG"],
    ["nickname", person("Bob Smith"), 3, "STRONG"],
    ["accents and order", person("Garcia-Lopez, Maria"), 4, "STRONG"],
    ["dba", org("Sunrise Ortho"), 6, "STRONG"],
    ["parent", org("Zenith National", { directoryId: "zn", ancestorIds: ["ff"] }), 7, "STRONG"],
    ["typo in a surname", person("Jonathan Schwatrz"), 8, "POSSIBLE"],
    ["typo in a common word", org("Pacific Medcal Group"), 9, "POSSIBLE"],
  ])("finds the party: %s", (_, mention, slot, strength) => {
    const matches = findMatches(index, prepareMention(mention));
    const hit = matches.find((m) => m.slot === slot);
    expect(hit?.verdict.strength).toBe(strength);
    expect(hasWords(hit!.verdict.reason)).toBe(true);
  });

  it("returns the strongest first and nothing for unrelated names", () => {
    const matches = findMatches(index, prepareMention(org("Zenith Insurance Co.", { identifier: "95-1234567" })));
    expect(matches[0]).toMatchObject({ slot: 2, verdict: { strength: "STRONG" } });
    expect(findMatches(index, prepareMention(org("Valley Medical Group")))).toEqual([]);
    expect(findMatches(index, prepareMention(person("Mary Jones")))).toEqual([]);
    expect(findMatches(index, prepareMention(org("")))).toEqual([]);
  });

  it("agrees with the full comparison of every pair", () => {
    const probes = [
      "Pacific Claims Svc",
      "Zenth Insurance",
      "Bob Smyth",
      "Maria Garcia",
      "Bay Area Med Grp",
      "Sunrise",
      "Pacific",
      "Medical Group",
      "Schwartz",
    ].flatMap((n) => [prepareMention(org(n)), prepareMention(person(n))]);
    for (const p of probes) {
      const found = new Set(findMatches(index, p).map((m) => m.slot));
      parties.forEach((party, slot) =>
        expect([p.name, slot, found.has(slot)]).toEqual([
          p.name,
          slot,
          compareMentions(party, p).strength !== "DIFFERENT",
        ]),
      );
    }
  });
});
