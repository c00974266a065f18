// The known layer of redaction beyond the name variants of name-variants.ts (IMR-DOMAIN 11):
// - a person's given name by its nicknames (lib/identity/nicknames.ts): "Bob Long", "Long, Bob",
//   "Mr. Bob Long" for Robert Long, and "Bob" alone when it is no ordinary word;
// - a distinctive name also in lower case ("garcia-lopez reports"), when the word is no English
//   word the name finder's dictionary knows ("smith", "will" and "young" are; "nakamura" is not);
// - an organization by the distinctive words of its name ("Pacific Coast" of "Pacific Coast
//   Builders, Inc.") and by its initials ("PCB", "GSC"), capitals only;
// - a known street by its name without the house number ("lives on Harbor Blvd").
import { nicknamesOf } from "../identity/nicknames.ts";
import {
  isCommonWord,
  isGenericOrganizationListWord,
  isGenericOrganizationWord,
  isOrdinaryNameWord,
} from "./common-words.ts";
import { anyCase, capitalized, foldString, WORD_END, WORD_START } from "./fold.ts";
import type { KnownIdentifiers } from "./known-identifiers.ts";
import { isKnownWord } from "./lexicon.ts";
import { lazyMatcher, personReason, type Matcher } from "./matchers.ts";
import { isMedicalTerm } from "./medical-terms.ts";
import { CREDENTIAL_TAIL, followedBy, needleOf, tokenPattern } from "./name-variants.ts";
import { organizationWords } from "./organization-variants.ts";
import { isInitial, letterCount, parsePersonName } from "./person-name.ts";

const STREET_SUFFIX = `(?:${["Street", "St", "Avenue", "Ave", "Av", "Boulevard", "Blvd", "Road", "Rd", "Drive", "Dr", "Lane", "Ln", "Way", "Court", "Ct", "Place", "Pl", "Parkway", "Pkwy", "Highway", "Hwy", "Circle", "Cir", "Terrace", "Ter", "Trail", "Trl", "Plaza", "Loop"].map(anyCase).join("|")})\\.?`;
const wrap = (body: string) => `${WORD_START}(?:${body})${WORD_END}`;
const POSSESSIVE = "(?:'[sS]?)?";
const SUFFIXES = CREDENTIAL_TAIL;
const TITLE = `(?:(?:[Dd][Rr]|[Mm][Rr][Ss]?|[Mm][Ss]|[Mm]iss|DR|MRS?|MS)\\.?\\s*)?`;

/**
 * A known name word that is also an ordinary word, capitalized or in capitals, alone: not in
 * lower case, not part of a hyphenated compound ("Long-term"), not "Page(s)".
 */
const ordinaryWord = (word: string) => `(?<!\\p{L}-)${capitalized(word)}${POSSESSIVE}(?!-\\p{L}|\\(s\\))`;

/** A word that may stand alone as a name, capitalized. */
const distinctive = (word: string) =>
  letterCount(word) >= 3 && !isCommonWord(word.replace(/'/g, "")) && !isMedicalTerm(word);
/** A word that may stand alone as a name in lower case too. */
const distinctiveLower = (word: string) =>
  letterCount(word) >= 4 &&
  distinctive(word) &&
  word.split(/[-']/).every((part) => part.length === 0 || !isKnownWord(part));

// Clinical and administrative abbreviations an organization's initials must not remove.
const ABBREVIATIONS = new Set(
  `ACE ADL AME APM BID CBC CPT CRP CSF DME DOR DVT EKG EMG ESI ESR FCE HEP HTN IMR LBP MMI MRI MTUS NCV NSAID ODG PMR PRN PQME
  PTP QID QME RFA ROM SLR TENS TID TTD UPD UR USA ICD NPI DOB SSN WCAB EAMS CMS SOAP PPD TPD GAF BMI PCP PTSD ADHD COPD CAD CHF
  MVA ICU ER ED OR PT OT DC NP PA RN MD DO CA USPS ASAP FYI NOS NOC CRPS RSD OA RA SI SIJ TMJ CTS THA TKA ACL PCL MCL LCL
  AC TFCC IME UCLA USC VA`.split(/\s+/),
);

export function knownLayerMatchers(known: KnownIdentifiers): Matcher[] {
  const list: Matcher[] = [];
  // each pattern with the lower-case pieces one of which every match holds (matchers.ts)
  // (and, where given, a second list one of which every match holds too: a nickname)
  const add = (
    kind: Matcher["kind"],
    value: string,
    body: string,
    reason: string,
    needles: string[],
    also?: string[],
    precheck?: (lower: string) => boolean,
  ) =>
    list.push(
      lazyMatcher(
        {
          kind,
          value,
          reason,
          needles: needles.some((n) => n.length === 0) ? undefined : needles,
          ...(also && also.every((n) => n.length > 0) ? { alsoNeedles: also } : {}),
          ...(precheck ? { precheck } : {}),
        },
        wrap(body),
      ),
    );

  for (const person of known.people) {
    const name = parsePersonName(person.name ?? "");
    if (!name) continue;
    const reason = personReason(person.role);
    const { given, core, particles } = name;
    const surnameWords = core.flatMap((t) => t.split(/[-\s]+/)).filter(Boolean);
    const surnameNeedles = core.map(needleOf);
    const distinctiveSurname = surnameWords.some(distinctive);
    const particle = particles.length
      ? `(?:${particles.map((p) => anyCase(p.replace(/\.$/, "")) + "\\.?").join("\\s+")}\\s+)?`
      : "";
    const surname = particle + core.map((t) => tokenPattern(t, distinctiveSurname ? "any" : "cap")).join("[\\s-]+");
    const middle = "(?:\\s+\\p{Lu}\\.?|\\s+\\p{Lu}\\p{Ll}+){0,2}";
    const first = given[0] !== undefined && !isInitial(given[0]) ? given[0] : undefined;
    if (first) {
      for (const nick of nicknamesOf(first)) {
        if (nick.length < 2) continue;
        const why = `${reason} (nickname of ${first})`;
        const mode = distinctiveSurname ? "any" : "cap";
        // the nickname is followed by white space (a middle name or the surname); the surname by a comma
        const nickEnd = nick.toLowerCase().split(/[-']+/).filter(Boolean).pop() ?? "";
        const surnameEnds = surnameWords.map((w) => w.toLowerCase().split("'").filter(Boolean).pop() ?? "");
        add(
          "person",
          person.name,
          `${TITLE}${tokenPattern(nick, mode)}${middle}\\s+${surname}${SUFFIXES}${POSSESSIVE}`,
          why,
          surnameNeedles,
          [needleOf(nick)],
          (lower) => followedBy(lower, [nickEnd], 1, ""),
        );
        add(
          "person",
          person.name,
          `${surname}\\s*,\\s*${tokenPattern(nick, mode)}`,
          why,
          surnameNeedles,
          [needleOf(nick)],
          (lower) => followedBy(lower, surnameEnds, 0, ","),
        );
        if (distinctive(nick) && !isKnownWord(nick))
          add("person", person.name, `${capitalized(nick)}${POSSESSIVE}`, why, [nick.toLowerCase()]);
      }
    }
    // a name word that is an ordinary word, capitalized or in capitals, wherever it stands:
    // "Frank reports", "Will was seen", "Green's symptoms", "WADE" (not "frank blood", "will
    // continue", "Long-term", "Page(s)"; not "Bell's palsy": the allow-list keeps the clinical term)
    // (a given name of two letters too: "Jo reported")
    const nameWords = [
      ...surnameWords.map((w) => [w, 3] as const),
      ...given.filter((g) => !isInitial(g)).map((w) => [w, 2] as const),
    ];
    for (const [word, least] of nameWords.flatMap(([w, least]) => w.split("-").map((part) => [part, least] as const))) {
      if (letterCount(word) >= least && !distinctive(word))
        add("person", person.name, ordinaryWord(word), `${reason} (a name that is also a word)`, [word.toLowerCase()]);
    }
    // lower case, for words no English dictionary holds
    const words = [...surnameWords, ...given.filter((g) => !isInitial(g))];
    for (const word of words) {
      if (distinctiveLower(word))
        add(
          "person",
          person.name,
          `${tokenPattern(word.toLowerCase(), "any")}${POSSESSIVE}`,
          `${reason} (in lower case)`,
          [needleOf(word)],
        );
    }
    if (surnameWords.length > 1 && surnameWords.every((w) => letterCount(w) >= 2)) {
      // "garcia lopez" as one, in any case, when any part is distinctive
      if (surnameWords.some(distinctiveLower))
        add("person", person.name, `${surnameWords.map((w) => anyCase(w)).join("[\\s-]+")}${POSSESSIVE}`, reason, [
          surnameWords[0].toLowerCase(),
        ]);
    }
  }

  for (const organization of known.organizations) {
    const { core } = organizationWords(organization ?? "");
    const words = core.filter((w) => /\p{L}/u.test(w) && !/^(?:and|of|the)$/i.test(w));
    const reason = "Name of an organization in the case record";
    const special = (w: string) =>
      letterCount(w) >= 3 && !isGenericOrganizationWord(w.replace(/'/g, "")) && !isMedicalTerm(w);
    // each distinctive word alone, capitalized, and each part of a hyphenated one ("Runolfsdottir-Mraz")
    for (const word of new Set(
      [...words, ...words.flatMap((w) => (w.includes("-") ? w.split("-") : []))].filter(special),
    )) {
      add("organization", organization, `${capitalized(word)}${POSSESSIVE}`, `${reason} (part of the name)`, [
        word.toLowerCase(),
      ]);
    }
    // a name word that is an ordinary English word, capitalized: "Hills" of "Hills Group Inc.",
    // "Will" of "Will Lowe-Medhurst" (not "Group" or "Claims", nor clinical words such as "Pain")
    // a family name by its place too: "Hand and Sons", "Smith-Schamberger"; and a medical eponym
    // ("Smith", "Barton": the allow-list keeps "Smith's fracture", "Barton fracture")
    const family = new Set<string>();
    core.forEach((w, i) => {
      if (w.includes("-")) w.split("-").forEach((part) => family.add(part));
      if (/^(?:and|&)$/i.test(core[i + 1] ?? "") && /^(?:sons|brothers|daughters|son)$/i.test(core[i + 2] ?? ""))
        family.add(w);
    });
    const surnameLike = (w: string) => isOrdinaryNameWord(w) || isMedicalTerm(w) || family.has(w);
    for (const word of new Set(words.flatMap((w) => w.split("-")))) {
      if (letterCount(word) >= 3 && surnameLike(word) && !isGenericOrganizationListWord(word) && !special(word)) {
        add("organization", organization, ordinaryWord(word), `${reason} (part of the name)`, [word.toLowerCase()]);
      }
    }
    // runs of two or more words of the name that hold a distinctive word: "Pacific Coast"
    for (let i = 0; i < words.length; i++) {
      for (let j = i + 2; j <= Math.min(words.length, i + 4); j++) {
        const run = words.slice(i, j);
        if (!run.some(special)) continue;
        const pieces = run.flatMap((w) => foldString(w).toLowerCase().split("-")).sort((a, b) => b.length - a.length);
        add(
          "organization",
          organization,
          `${run.map((w) => foldString(w).split("-").map(capitalized).join("[\\s-]*")).join("[\\s.,/-]+")}${POSSESSIVE}`,
          `${reason} (part of the name)`,
          [pieces[0] ?? ""],
        );
      }
    }
    // initials, in capitals: "GSC" for Golden State Claims, "PCB" for Pacific Coast Builders
    const initialsOf = (list: string[]) =>
      list
        .filter((w) => /^\p{L}/u.test(w))
        .map((w) => foldString(w)[0].toUpperCase())
        .join("");
    // hyphenated words give one initial or one per part: "Bode-Smith Claims Services" = BCS or BSCS
    for (const initials of new Set([initialsOf(words), initialsOf(words.flatMap((w) => w.split("-")))])) {
      if (initials.length >= 3 && !ABBREVIATIONS.has(initials)) {
        const [a, b] = initials.toLowerCase();
        add("organization", organization, `${[...initials].join("\\.?")}\\.?`, `${reason} (initials)`, [
          `${a}${b}`,
          `${a}.`,
        ]);
      }
    }
  }

  for (const address of known.addresses) {
    // the city, state and ZIP as recorded, whatever the city looks like ("Town 'n' Country, CA 72908")
    const parts = foldString(address ?? "")
      .split(/[,\n]/)
      .map((p) => p.trim());
    const city = parts.length >= 3 ? parts[1] : "";
    if (/\p{L}/u.test(city) && /\d{5}/.test(parts.slice(2).join(" "))) {
      const cityWords = city.split(/\s+/).filter(Boolean);
      const longest = cityWords.map((w) => w.toLowerCase()).sort((a, b) => b.length - a.length)[0] ?? "";
      add(
        "address",
        address,
        `${cityWords.map(anyCase).join("[^\\S\\n]+")},?[^\\S\\n]+(?:[A-Za-z]{2}|California|CALIFORNIA|Calif)\\.?[^\\S\\n]+\\d{5}(?:-\\d{4})?`,
        "City of an address in the case record",
        [longest],
      );
    }
    const street =
      foldString(address ?? "")
        .split(/[,\n]/)[0]
        ?.trim() ?? "";
    const m = /^\d+[A-Za-z]?\s+(.+)$/.exec(street);
    if (!m) continue;
    const words = m[1].split(/\s+/).map((w) => w.replace(/\.$/, ""));
    if (words.length < 2) continue;
    const last = words.length - 1;
    const named = words
      .slice(0, last)
      .map((w) => capitalized(w))
      .join("[^\\S\\n]+");
    const longest =
      words
        .slice(0, last)
        .map((w) => w.toLowerCase())
        .sort((a, b) => b.length - a.length)[0] ?? "";
    add("address", address, `${named}[^\\S\\n]+${STREET_SUFFIX}`, "Street of an address in the case record", [longest]);
  }
  return list;
}
