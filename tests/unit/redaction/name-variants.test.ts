// The written forms of a person's name that redaction removes, and the ordinary words it must
// leave alone. Each row: the name as the case records it, a sentence,
// and the sentence as published (the name cut out, the spaces around it kept).
import { parsePersonName } from "@/lib/redaction/person-name.ts";
import { personVariants } from "@/lib/redaction/name-variants.ts";
import { redactText } from "@/lib/redaction/redact.ts";
import { known } from "./fixtures.ts";

const redactPerson = (name: string, text: string) =>
  redactText(text, known({ keepCaseNumber: "CM24-0000001", people: [{ name }] })).text;

describe("parsePersonName", () => {
  it.each([
    ["Dr. John Q. Smith, M.D.", { given: ["John", "Q."], particles: [], core: ["Smith"] }],
    ["SMITH, JOHN Q.", { given: ["JOHN", "Q."], particles: [], core: ["SMITH"] }],
    ["María de la Cruz", { given: ["Maria"], particles: ["de", "la"], core: ["Cruz"] }],
    ["de la Cruz, Antonio", { given: ["Antonio"], particles: ["de", "la"], core: ["Cruz"] }],
    ["Juan García-López Jr.", { given: ["Juan"], particles: [], core: ["Garcia-Lopez"] }],
    ["Patrick O’Neil, DO", { given: ["Patrick"], particles: [], core: ["O'Neil"] }],
    ["Anh Do", { given: ["Anh"], particles: [], core: ["Do"] }],
    ["Dr. Luis T. Do, MD", { given: ["Luis", "T."], particles: [], core: ["Do"] }],
    ["LUIS T. DO", { given: ["LUIS", "T."], particles: [], core: ["DO"] }],
    ["John Smith DO", { given: ["John"], particles: [], core: ["Smith"] }],
    ["John Smith, D.O., FACS", { given: ["John"], particles: [], core: ["Smith"] }],
    ["Daniel Page, PharmD", { given: ["Daniel"], particles: [], core: ["Page"] }],
    ["Madonna", { given: [], particles: [], core: ["Madonna"] }],
  ])("%j", (name, parts) => {
    expect(parsePersonName(name)).toEqual(parts);
  });
});

describe("personVariants: every form of the name goes", () => {
  it.each([
    ["John Q. Smith, M.D.", "referred to John Smith who", "referred to  who"],
    ["John Q. Smith, M.D.", "referred to John Q. Smith, M.D. who", "referred to  who"],
    ["John Q. Smith, M.D.", "referred to John Quincy Smith who", "referred to  who"],
    ["John Q. Smith, M.D.", "referred to Dr. John Smith, MD, who", "referred to , who"],
    ["John Q. Smith, M.D.", "referred to JOHN SMITH who", "referred to  who"],
    ["John Q. Smith, M.D.", "referred to john smith who", "referred to  who"],
    ["John Q. Smith, M.D.", "per SMITH, JOHN Q. report", "per  report"],
    ["John Q. Smith, M.D.", "per Smith, John report", "per  report"],
    ["John Q. Smith, M.D.", "per Smith, J. report", "per  report"],
    ["John Q. Smith, M.D.", "per SMITH JOHN report", "per  report"],
    ["John Q. Smith, M.D.", "per Dr. Smith report", "per  report"],
    ["John Q. Smith, M.D.", "per Dr Smith report", "per  report"],
    ["John Q. Smith, M.D.", "per DR. SMITH report", "per  report"],
    ["John Q. Smith, M.D.", "per dr. smith report", "per  report"],
    ["John Q. Smith, M.D.", "per Mr. Smith report", "per  report"],
    ["John Q. Smith, M.D.", "per J. Smith report", "per  report"],
    ["John Q. Smith, M.D.", "per J Smith report", "per  report"],
    ["John Q. Smith, M.D.", "per Smith, MD report", "per  report"],
    ["John Q. Smith, M.D.", "per Smith M.D. report", "per  report"],
    ["John Q. Smith, M.D.", "per Smith's report", "per  report"],
    ["John Q. Smith, M.D.", "per Smith report", "per  report"],
    ["John Q. Smith, M.D.", "per SMITH report", "per  report"],
    ["John Q. Smith, M.D.", "per J.S. report", "per  report"],
    ["John Q. Smith, M.D.", "per J.Q.S. report", "per  report"],
    ["John Q. Smith, M.D.", "per John report", "per  report"],
    ["John Q. Smith, M.D.", "per Jo\u200Bhn\u00A0Smith report", "per  report"],
    ["Juan García-López", "per García-López report", "per  report"],
    ["Juan García-López", "per Garcia Lopez report", "per  report"],
    ["Juan García-López", "per Dr. García report", "per  report"],
    ["Juan García-López", "per Lopez report", "per  report"],
    ["Juan García-López", "per GARCIA-LOPEZ, JUAN report", "per  report"],
    ["Juan García-López", "per Juan Garci\u0301a-Lo\u0301pez report", "per  report"],
    ["María de la Cruz", "per María de la Cruz report", "per  report"],
    ["María de la Cruz", "per Ms. De La Cruz report", "per  report"],
    ["María de la Cruz", "per Ms. Cruz report", "per  report"],
    ["María de la Cruz", "per DE LA CRUZ, MARIA report", "per  report"],
    ["Patrick O'Neil", "per O'Neil report", "per  report"],
    ["Patrick O'Neil", "per O’Neil’s report", "per  report"],
    ["Patrick O'Neil", "per ONeil report", "per  report"],
    ["Patrick O'Neil", "per Dr. O'NEIL report", "per  report"],
    ["Robert Long", "per Mr. Long report", "per  report"],
    ["Robert Long", "per Robert Long report", "per  report"],
    ["Robert Long", "per LONG, ROBERT report", "per  report"],
    ["Robert Long", "per R. Long report", "per  report"],
    ["Anna Long", "per A. Long report", "per  report"],
    ["Anna Long", "per Long, A. report", "per  report"],
    ["Robert Long", "per Long, M.D. report", "per  report"],
    ["Anh Do", "per Dr. Do report", "per  report"],
    ["Anh Do", "per Anh Do report", "per  report"],
  ])("%s: %j -> %j", (name, text, expected) => {
    expect(redactPerson(name, text)).toBe(expected);
  });
});

describe("personVariants: ordinary and clinical words stay", () => {
  it.each([
    ["Robert Long", "Long-term opioid therapy is not recommended."],
    ["Robert Long", "He walked a long distance; LONG-TERM use was discussed."],
    ["Anna Long", "A Long-term study showed benefit; a long walk."],
    ["Sarah Young", "young patients were excluded."],
    ["Grace Park", "Please park the request until records arrive."],
    ["Henry Walker", "A walker was provided after surgery."],
    ["Mary Burns", "burns over the left forearm healed."],
    ["Kevin Hand", "hand surgery consult; the hand chapter of ODG."],
    ["Thomas Case", "clinical case summary: case reviewed."],
    ["Frank Wade", "There was frank blood; wade into the details."],
    ["Will Young", "He will continue; a young adult."],
    ["Alice Bell", "History of Bell's palsy."],
    ["Daniel Page", "Decision based on MTUS ACOEM Chapter 8 Page(s): 174."],
    ["John Smith", "The patient saw a blacksmith and a smith."],
    ["John Smith", "Smithson and Johnson reported."],
    ["Anh Do", "Do not exceed 100 mg. DO NOT REFILL."],
    ["Li Ng", "Li-ion battery; Ng tube placed."],
  ])("%s: %j", (name, text) => {
    expect(redactPerson(name, text)).toBe(text);
  });

  it.each([
    // A known party's name word that is also an ordinary word goes wherever it is written
    // capitalized or in capitals, even where it is the ordinary word (it cannot be told apart);
    // lower case, hyphenated compounds, "Page(s)" and the allow-list's clinical terms stay.
    ["Frank Wade", "Frank reports pain; Mr. Wade declined; frank blood.", " reports pain;  declined; frank blood."],
    ["Frank Wade", "WADE, FRANK was seen. Wade's symptoms; WADE noted.", " was seen.  symptoms;  noted."],
    ["Will Young", "Will was seen. He will continue; a young adult.", " was seen. He will continue; a young adult."],
    ["Will Young", "Young adults were excluded; Long-term use.", " adults were excluded; Long-term use."],
    [
      "Patience Brooks",
      "At the visit Patience reported sleep; Brooks agreed; patience is advised.",
      "At the visit  reported sleep;  agreed; patience is advised.",
    ],
    [
      "Anna Long",
      "A Long-term study showed benefit; Long, I think, is the word.",
      "A Long-term study showed benefit; , I think, is the word.",
    ],
    ["Sarah Young", "Young patients were excluded.", " patients were excluded."],
    ["Grace Park", "Park the request until records arrive.", " the request until records arrive."],
    ["Henry Walker", "Walker was provided after surgery.", " was provided after surgery."],
    ["Mary Burns", "Burns over the left forearm healed.", " over the left forearm healed."],
    ["Kevin Hand", "Hand surgery consult; Hand Chapter of ODG.", " surgery consult;  Chapter of ODG."],
    ["Thomas Case", "CLINICAL CASE SUMMARY: Case reviewed.", "CLINICAL  SUMMARY:  reviewed."],
    [
      "Daniel Page",
      "Decision based on MTUS ACOEM Chapter 8 Page(s): 174; Page 46.",
      "Decision based on MTUS ACOEM Chapter 8 Page(s): 174;  46.",
    ],
    ["Alice Bell", "History of Bell's palsy; Bell reported pain.", "History of Bell's palsy;  reported pain."],
    [
      "Thomas Hawkins",
      "Hawkins test was positive; Thomas test negative; Hawkins agreed.",
      "Hawkins test was positive; Thomas test negative;  agreed.",
    ],
    ["Jo Bednar", "At the visit Jo reported better sleep.", "At the visit  reported better sleep."],
  ])("a known party's common-word name goes when capitalized: %s: %j -> %j", (name, text, expected) => {
    expect(redactPerson(name, text)).toBe(expected);
  });

  it("returns one regex source per form, with an example of the form", () => {
    const variants = personVariants("John Q. Smith, M.D.");
    expect(variants.map((v) => v.form)).toEqual([
      "John Q. Smith",
      "Smith, John",
      "SMITH JOHN",
      "J. Smith",
      "J Smith",
      "Smith, J.",
      "J.S.",
      "Dr. Smith",
      "Smith, M.D.",
      "Smith",
      "John",
    ]);
    for (const v of variants) expect(() => new RegExp(v.source, "gu")).not.toThrow();
    expect(personVariants("Robert Long").map((v) => v.form)).not.toContain("Long");
  });
});
