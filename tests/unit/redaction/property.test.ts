// Property check: for 200 seeded random letters, names drawn from a list and written in a
// random form and disguise (reversed, upper or lower case, titles, credentials, initials,
// possessives, accents dropped or decomposed, no-break or zero-width spaces) are inserted into
// clinical sentences, with claim numbers and phones in random spellings. Redaction must give
// back exactly the sentence skeletons (each insertion cut out, nothing else touched) and the
// leak check must find nothing; before redaction it must find every insertion.
import { findLeaks } from "@/lib/redaction/leak-check.ts";
import { redactText } from "@/lib/redaction/redact.ts";
import { known, pick, rng } from "./fixtures.ts";

const FIRST = [
  "John",
  "María",
  "Mei-Ling",
  "Patrick",
  "Antonio",
  "Zoë",
  "Robert",
  "Anh",
  "Karen",
  "Luis",
  "Siobhán",
  "José",
];
/**
 * Surnames, and whether the surname alone is a form the leak check (findLeaks) knows. Ordinary
 * words ("Long", "Young") alone are removed by redaction only where capitalized, so the
 * sentences write them in lower case or in a compound ("Long-term").
 */
const LAST: [string, boolean][] = [
  ["Smith", true],
  ["García-López", true],
  ["O'Neil", true],
  ["de la Cruz", true],
  ["Nakamura", true],
  ["Hernández", true],
  ["Kowalski", true],
  ["Nguyen", true],
  ["Long", false],
  ["Young", false],
  ["Park", false],
  ["Bell", false],
  ["Do", false],
];
const SENTENCES = [
  "The patient was referred to {} who is recommending cervical facet joint diagnostic evaluation.",
  "Review of progress reports from 03/04/2013 to 07/03/2013 by {} shows failed conservative care.",
  "{} documented a positive straight leg raise at 40 degrees and 4+/5 strength at L5.",
  "Per {}, the 48-year-old male takes oxycodone 10/325 mg #180 and gabapentin 600 mg three times a day.",
  "The AME report from 10/27/2004 by {} references a cervical MRI from 07/30/2003.",
  "Long-term opioid therapy was continued by {} despite pain of 8/10.",
  "Decision based on MTUS ACOEM Chapter 8 Page(s): 174, as {} noted for C3-C4 and C4-C5.",
  "In young adults {} requested L4-L5 and L5-S1 transforaminal injections.",
  "Bell's palsy was ruled out by {} on 02/16/2012.",
  "Please park the request until {} sends the 272 pages of records.",
];
const NUMBER_SENTENCES = [
  "Claim {} was accepted on 10/14/2002.",
  "The adjuster can be reached at {} for the 52-year-old female.",
];
const CLAIM = "0042-7781-01";
const PHONE = "(510) 555-0100";

type Person = { first: string; middle: string; last: string; alone: boolean };
const stripAccents = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "");
const surnameInitial = (last: string) => (last.split(" ").pop() ?? last)[0].toUpperCase();

const FORMS: ((p: Person) => string | null)[] = [
  (p) => `${p.first} ${p.last}`,
  (p) => `${p.first} ${p.middle}. ${p.last}`,
  (p) => `Dr. ${p.first} ${p.last}, M.D.`,
  (p) => `${p.last}, ${p.first}`,
  (p) => `${p.last.toUpperCase()}, ${p.first.toUpperCase()} ${p.middle}.`,
  (p) => `${p.first.toLowerCase()} ${p.last.toLowerCase()}`,
  (p) => `Dr. ${p.last}`,
  (p) => `Mr. ${p.last}'s`,
  (p) => `DR. ${p.last.toUpperCase()}`,
  (p) => `${p.first[0]}. ${p.last}`,
  (p) => `${p.last}, MD`,
  (p) => `${p.first[0]}.${p.middle}.${surnameInitial(p.last)}.`,
  (p) => (p.alone ? p.last : null),
  (p) => (p.alone ? `${p.last}'s` : null),
  (p) => p.first,
];
const DISGUISES: ((s: string) => string)[] = [
  (s) => s,
  (s) => s,
  stripAccents,
  (s) => s.normalize("NFD"),
  (s) => s.replace(/ /g, "\u00A0"),
  (s) => `${s.slice(0, 1)}\u200B${s.slice(1)}`,
  (s) => s.replace(/'/g, "\u2019"),
];
const claimSpellings = [CLAIM, "0042 7781 01", "004277810 1", "0042.7781.01", "0042 - 7781 - 01"];
const phoneSpellings = [PHONE, "510-555-0100", "510.555.0100", "+1 510 555 0100", "5105550100", "(510)555-0100"];

function randomLetter(seed: number) {
  const random = rng(seed);
  const people: Person[] = Array.from({ length: 1 + Math.floor(random() * 3) }, () => {
    const [last, alone] = pick(random, LAST);
    return { first: pick(random, FIRST), middle: pick(random, ["Q", "A", "T"]), last, alone };
  });
  const parts: { written: string; skeleton: string }[] = [];
  const count = 2 + Math.floor(random() * 4);
  for (let i = 0; i < count; i++) {
    if (random() < 0.2) {
      const isClaim = random() < 0.5;
      const sentence = isClaim ? NUMBER_SENTENCES[0] : NUMBER_SENTENCES[1];
      const value = pick(random, isClaim ? claimSpellings : phoneSpellings);
      parts.push({ written: sentence.replace("{}", value), skeleton: sentence.replace("{}", "") });
      continue;
    }
    const person = pick(random, people);
    const forms = FORMS.map((f) => f(person)).filter((f): f is string => f !== null);
    const name = pick(random, DISGUISES)(pick(random, forms));
    const sentence = pick(random, SENTENCES);
    parts.push({ written: sentence.replace("{}", name), skeleton: sentence.replace("{}", "") });
  }
  const identifiers = known({
    keepCaseNumber: "CM13-0001234",
    people: people.map((p) => ({
      name: pick(random, [
        `${p.first} ${p.middle}. ${p.last}`,
        `${p.last}, ${p.first} ${p.middle}.`,
        `Dr. ${p.first} ${p.middle}. ${p.last}, MD`,
      ]),
    })),
    claimNumbers: [CLAIM],
    phones: [PHONE],
  });
  return {
    written: parts.map((p) => p.written).join("  "),
    skeleton: parts.map((p) => p.skeleton).join("  "),
    identifiers,
  };
}

describe("200 random letters", () => {
  const seeds = Array.from({ length: 200 }, (_, i) => i + 1);

  it.each(seeds)("seed %i: the skeleton comes back exactly, with no leak", (seed) => {
    const { written, skeleton, identifiers } = randomLetter(seed);
    const redacted = redactText(written, identifiers).text;
    expect(redacted).toBe(skeleton);
    expect(findLeaks(redacted, identifiers)).toEqual([]);
    expect(findLeaks(written, identifiers).length).toBeGreaterThan(0);
  });
});
