// The independent leak check that gates publication (IMR-DOMAIN 11). It shares no list or
// pattern with the redactor (name-variants.ts, matchers.ts, patterns.ts, pattern-layer.ts,
// name-finder.ts): it is a second, different reading of the PUBLIC copy, so that a mistake in
// the redactor's variants cannot hide itself. On folded text (accents, zero-width and odd
// spaces undone) it looks for:
// - words: every word of four or more letters of every known person (and the nicknames of
//   their given names), every distinctive word of every known organization and of every known
//   street, in any case, word by word (no pattern); words of the medical allow-list are
//   skipped where they are used as the clinical term ("Hawkins test"), ordinary words
//   ("Young", "Long") only count next to another part of the name or a title ("Mr. Long",
//   "will young");
// - digits: every run of seven or more digits whatever separates them, compared with the
//   known claim, case-file, phone and social security numbers, and judged by its own shape
//   (a valid SSN or North American phone); other IMR case numbers; any e-mail address;
// - dates: every date it can read (numbers and month names, day-first or month-first, bare
//   digit runs), parsed to a calendar day and compared with the known dates of birth;
// - the name finder (compromise) on the sentences where a title, degree, relative, role or
//   signature word stands next to a capitalized word: a person it finds there is a leak.
import { isCommonWord, isGenericOrganizationWord } from "./common-words.ts";
import { fold, foldString, isAscii, type Folded } from "./fold.ts";
import type { IdentifierKind, KnownIdentifiers, Leak } from "./known-identifiers.ts";
import { nlp } from "./lexicon.ts";
import { isClinicalUse, isMedicalTerm } from "./medical-terms.ts";
import { nicknamesOf } from "../identity/nicknames.ts";

export type AuditFinding = Leak & { start: number; end: number };

type Word = { key: string; start: number; end: number; raw: string };
type NameEntry = { kind: IdentifierKind; value: string; street?: boolean };

const TITLES = new Set(["dr", "mr", "mrs", "ms", "miss", "mx", "doctor", "prof", "professor"]);
const CREDENTIAL_WORDS = new Set([
  "md",
  "do",
  "phd",
  "dc",
  "np",
  "pa",
  "rn",
  "esq",
  "jr",
  "sr",
  "ii",
  "iii",
  "iv",
  "facs",
  "pharmd",
  "psyd",
  "dpm",
  "mph",
  "pac",
  "c",
]);
const CORPORATE = new Set([
  "inc",
  "incorporated",
  "co",
  "company",
  "corp",
  "corporation",
  "llc",
  "ltd",
  "limited",
  "lp",
  "llp",
  "pc",
  "plc",
  "pllc",
  "the",
  "of",
  "and",
]);
const STREET_WORDS = new Set(
  `street st avenue ave av boulevard blvd road rd drive dr lane ln way court ct place pl parkway pkwy highway hwy circle cir terrace ter trail trl
  plaza plz square sq loop alley expressway expy freeway fwy north south east west n s e w suite ste apt apartment unit bldg building floor fl room
  rm box po`.split(/\s+/),
);

const keyOf = (word: string) =>
  foldString(word)
    .toLowerCase()
    .replace(/['\u2019]s$/, "")
    .replace(/['\u2019]/g, "");
const lettersOf = (word: string) => (word.match(/\p{L}/gu) ?? []).length;
/** A word of plain letters of a folded ASCII text is its own folded form: only lower case. */
const PLAIN_WORD = /^[A-Za-z]+$/;
const WORD = /\p{L}[\p{L}'\u2019]*/gu;
const ASCII_WORD = /[A-Za-z][A-Za-z']*/g;

function wordsOf(text: string, ascii = isAscii(text)): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(ascii ? ASCII_WORD : WORD)) {
    out.push({
      key: ascii && PLAIN_WORD.test(m[0]) ? m[0].toLowerCase() : keyOf(m[0]),
      start: m.index,
      end: m.index + m[0].length,
      raw: m[0],
    });
  }
  return out;
}

export type AuditIndex = {
  known: KnownIdentifiers;
  /** distinctive words (four letters or more) -> what they belong to */
  words: Map<string, NameEntry>;
  /** pairs of words that make a name together ("will young", "mr long") */
  pairs: Map<string, NameEntry>;
  /** the first words of the pairs: a word no pair starts with needs no look at the next one */
  pairFirsts?: Set<string>;
  /** organizations made only of generic words: their words in order, capitalized in the text */
  phrases: { words: string[]; value: string }[];
  numbers: { kind: IdentifierKind; value: string; digits: string; compact: string }[];
  dobs: { y: number; m: number; d: number; value: string }[];
  keepCase: string;
};

export function prepareAudit(known: KnownIdentifiers): AuditIndex {
  const words = new Map<string, NameEntry>();
  const pairs = new Map<string, NameEntry>();
  const phrases: AuditIndex["phrases"] = [];
  const addWord = (w: string, entry: NameEntry) => {
    const key = keyOf(w);
    if (lettersOf(key) >= 4 && !isCommonWord(key) && !words.has(key)) words.set(key, entry);
  };
  for (const person of known.people ?? []) {
    const value = person?.name ?? "";
    const entry: NameEntry = { kind: "person", value };
    const parts = foldString(value)
      .split(/[\s,.\-]+/)
      .map(keyOf)
      .filter((w) => w && !TITLES.has(w) && !CREDENTIAL_WORDS.has(w));
    if (parts.length === 0) continue;
    for (const p of parts) addWord(p, entry);
    const given = foldString(value).includes(",") ? parts.slice(1) : parts.slice(0, -1);
    const surnames = foldString(value).includes(",") ? parts.slice(0, 1) : parts.slice(-1);
    const givenAll = [...given, ...given.flatMap((g) => nicknamesOf(g))];
    for (const n of given.flatMap((g) => nicknamesOf(g))) addWord(n, entry);
    for (const s of surnames) {
      for (const t of TITLES) pairs.set(`${t} ${s}`, entry);
      for (const g of givenAll) {
        pairs.set(`${g} ${s}`, entry);
        pairs.set(`${s} ${g}`, entry);
      }
    }
  }
  for (const organization of known.organizations ?? []) {
    const value = organization ?? "";
    const entry: NameEntry = { kind: "organization", value };
    const parts = foldString(value)
      .split(/[\s,.&/]+/)
      .map(keyOf)
      .filter((w) => w && !CORPORATE.has(w));
    const distinctive = parts.filter(
      (w) => lettersOf(w) >= 4 && !isGenericOrganizationWord(w) && !isCommonWord(w) && !isMedicalTerm(w),
    );
    for (const w of distinctive) addWord(w, entry);
    if (distinctive.length === 0 && parts.length > 0) phrases.push({ words: parts, value });
  }
  for (const address of known.addresses ?? []) {
    const line = foldString(address ?? "").split(/[,\n]/)[0] ?? "";
    for (const w of line.split(/[^\p{L}']+/u).map(keyOf)) {
      if (w && !STREET_WORDS.has(w)) addWord(w, { kind: "address", value: address, street: true });
    }
  }
  const numbers: AuditIndex["numbers"] = [];
  const addNumber = (kind: IdentifierKind, value: string | null | undefined) => {
    if (!value) return;
    let digits = value.replace(/\D/g, "");
    if (kind === "phone" && digits.length === 11 && digits.startsWith("1")) digits = digits.slice(1);
    numbers.push({ kind, value, digits, compact: value.toUpperCase().replace(/[^A-Z0-9]/g, "") });
  };
  for (const v of known.claimNumbers ?? []) addNumber("claimNumber", v);
  for (const v of known.otherNumbers ?? []) addNumber("otherNumber", v);
  for (const v of known.ssns ?? []) addNumber("ssn", v);
  for (const v of known.phones ?? []) addNumber("phone", v);
  const dobs: AuditIndex["dobs"] = [];
  for (const value of known.datesOfBirth ?? []) {
    const parts = (value ?? "").split(/\D+/).map(Number);
    if (parts.length >= 3 && parts[0] > 999) dobs.push({ y: parts[0], m: parts[1], d: parts[2], value });
  }
  const pairFirsts = new Set([...pairs.keys()].map((k) => k.slice(0, k.indexOf(" "))));
  return {
    known,
    words,
    pairs,
    pairFirsts,
    phrases,
    numbers,
    dobs,
    keepCase: (known.keepCaseNumber ?? "").toUpperCase().replace(/[^A-Z0-9]/g, ""),
  };
}

// --- words ----------------------------------------------------------------------------------

function wordLeaks(text: string, words: Word[], index: AuditIndex): AuditFinding[] {
  const out: AuditFinding[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const entry = index.words.get(w.key);
    if (entry) {
      const clinical = isMedicalTerm(w.raw) && isClinicalUse(text, w.start, w.end);
      const capitalizedOrStreet = !entry.street || /^\p{Lu}/u.test(w.raw) || STREET_WORDS.has(words[i + 1]?.key ?? "");
      if (!clinical && capitalizedOrStreet)
        out.push({ kind: entry.kind, value: entry.value, found: w.raw, start: w.start, end: w.end });
    }
    const next = words[i + 1];
    if (index.pairFirsts && !index.pairFirsts.has(w.key)) continue;
    if (next && /^[\s,.]{1,3}$/.test(text.slice(w.end, next.start))) {
      const pair = index.pairs.get(`${w.key} ${next.key}`);
      if (pair)
        out.push({
          kind: pair.kind,
          value: pair.value,
          found: text.slice(w.start, next.end),
          start: w.start,
          end: next.end,
        });
    }
  }
  for (const phrase of index.phrases) {
    for (let i = 0; i + phrase.words.length <= words.length; i++) {
      let ok = true;
      for (let k = 0; k < phrase.words.length && ok; k++) {
        const w = words[i + k];
        ok =
          w.key === phrase.words[k] &&
          /^\p{Lu}/u.test(w.raw) &&
          (k === 0 ||
            /^[\s,.&-]{1,4}$/.test(text.slice(words[i + k - 1].end, w.start)) ||
            CORPORATE.has(phrase.words[k]));
      }
      if (ok) {
        const end = words[i + phrase.words.length - 1].end;
        out.push({
          kind: "organization",
          value: phrase.value,
          found: text.slice(words[i].start, end),
          start: words[i].start,
          end,
        });
      }
    }
  }
  return out;
}

// --- digits ---------------------------------------------------------------------------------

type Run = { start: number; end: number; digits: string; groups: number[] };

/** Digits separated by at most three separators on one line: "(510) 555-0100", "0042 - 7781". */
function digitRuns(text: string): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isDigit(text[i])) {
      i++;
      continue;
    }
    const start = i;
    let digits = "";
    const groups: number[] = [];
    let group = 0;
    let end = i;
    while (i < text.length) {
      if (isDigit(text[i])) {
        digits += text[i];
        group++;
        i++;
        end = i;
        continue;
      }
      let j = i;
      while (j < text.length && j - i < 3 && /[ \t.\-/()_]/.test(text[j])) j++;
      if (j > i && j < text.length && isDigit(text[j])) {
        groups.push(group);
        group = 0;
        i = j;
        continue;
      }
      break;
    }
    groups.push(group);
    runs.push({ start: start > 0 && text[start - 1] === "(" ? start - 1 : start, end, digits, groups });
    i = end;
  }
  return runs;
}
const isDigit = (c: string) => c >= "0" && c <= "9";
const shape = (groups: number[]) => groups.join("-");
const nanp = (d: string) => d.length === 10 && /^[2-9]\d{2}[2-9]/.test(d);
const ssnShape = (d: string) =>
  d.length === 9 && !/^(?:000|666|9)/.test(d) && d.slice(3, 5) !== "00" && d.slice(5) !== "0000";

function digitLeaks(text: string, index: AuditIndex): AuditFinding[] {
  const out: AuditFinding[] = [];
  const runs = digitRuns(text);
  for (const run of runs) {
    const found = text.slice(run.start, run.end);
    for (const n of index.numbers) {
      if (
        n.digits.length >= 7
          ? run.digits.includes(n.digits)
          : n.digits.length >= 4 && n.digits === n.compact && run.digits === n.digits
      ) {
        out.push({ kind: n.kind, value: n.value, found, start: run.start, end: run.end });
      }
    }
    if (run.digits.length < 7) continue;
    const s = shape(run.groups);
    const before = text.slice(Math.max(0, run.start - 4), run.start);
    if (/CM\s?$/i.test(before)) continue; // IMR case numbers, below
    let d = run.digits;
    if (d.length === 11 && d.startsWith("1") && ["1-3-3-4", "11", "1-10"].includes(s)) d = d.slice(1);
    if (nanp(d) && ["3-3-4", "10", "1-3-3-4", "11", "1-10", "3-7"].includes(s))
      out.push({ kind: "phone", value: found, found, start: run.start, end: run.end });
    else if (ssnShape(run.digits) && ["3-2-4", "9"].includes(s))
      out.push({ kind: "ssn", value: found, found, start: run.start, end: run.end });
  }
  const compactText = text.toUpperCase().replace(/[^A-Z0-9]/g, "");
  for (const n of index.numbers) {
    if (n.compact !== n.digits && n.compact.length >= 6 && compactText.includes(n.compact)) {
      const already = out.some((l) => l.value === n.value);
      if (!already) out.push({ kind: n.kind, value: n.value, found: n.compact, start: 0, end: 0 });
    }
  }
  for (const m of text.matchAll(/CM\s?(\d{2})\s?-?\s?(\d{7})(?!\d)/gi)) {
    if (`CM${m[1]}${m[2]}` !== index.keepCase)
      out.push({ kind: "caseNumber", value: m[0], found: m[0], start: m.index, end: m.index + m[0].length });
  }
  // e-mail: letters around an "@" with a dot after it
  for (let at = text.indexOf("@"); at >= 0; at = text.indexOf("@", at + 1)) {
    let s = at;
    while (s > 0 && /[A-Za-z0-9._%+-]/.test(text[s - 1])) s--;
    let e = at + 1;
    while (e < text.length && /[A-Za-z0-9.-]/.test(text[e])) e++;
    while (e > at + 1 && text[e - 1] === ".") e--;
    const email = text.slice(s, e);
    if (s < at && /\.[A-Za-z]{2,}$/.test(email))
      out.push({ kind: "email", value: email, found: email, start: s, end: e });
  }
  // a known e-mail address, spaces squeezed out, holds an "@": none in the text, none to find
  const squeezed = text.includes("@") ? text.replace(/\s+/g, "").toLowerCase() : "";
  for (const email of index.known.emails ?? []) {
    const e = (email ?? "").replace(/\s+/g, "").toLowerCase();
    if (
      e.includes("@") &&
      squeezed.includes(e) &&
      !out.some((l) => l.kind === "email" && l.found.toLowerCase() === e)
    ) {
      out.push({ kind: "email", value: email, found: email, start: 0, end: 0 });
    }
  }
  return out;
}

// --- dates ----------------------------------------------------------------------------------

const MONTH_WORDS = new Map<string, number>();
"january february march april may june july august september october november december"
  .split(" ")
  .forEach((name, i) => {
    MONTH_WORDS.set(name, i + 1);
    MONTH_WORDS.set(name.slice(0, 3), i + 1);
  });
MONTH_WORDS.set("sept", 9);
type Tok = { t: string; start: number; end: number; num?: number; month?: number };

const ORDINAL_OR_OF = new Set(["st", "nd", "rd", "th", "of"]);
const DATE_TOKEN = /\d+|\p{L}+/gu;
const ASCII_DATE_TOKEN = /\d+|[A-Za-z]+/g;

function dateTokens(text: string, ascii = isAscii(text)): Tok[] {
  const toks: Tok[] = [];
  for (const m of text.matchAll(ascii ? ASCII_DATE_TOKEN : DATE_TOKEN)) {
    const t = m[0];
    const tok: Tok = { t, start: m.index, end: m.index + t.length };
    // a token is all digits or all letters
    if (t.charCodeAt(0) >= 48 && t.charCodeAt(0) <= 57) tok.num = Number(t);
    else {
      const month = MONTH_WORDS.get(t.toLowerCase());
      if (month) tok.month = month;
    }
    toks.push(tok);
  }
  return toks;
}
const years = (t: string) =>
  t.length === 4 ? [Number(t)] : t.length === 2 ? [1900 + Number(t), 2000 + Number(t)] : [];

function dateLeaks(text: string, index: AuditIndex, ascii = isAscii(text)): AuditFinding[] {
  if (index.dobs.length === 0) return [];
  const out: AuditFinding[] = [];
  const toks = dateTokens(text, ascii).filter((t) => t.t.length !== 2 || !ORDINAL_OR_OF.has(t.t.toLowerCase()));
  const hit = (cands: [number, number, number][], from: Tok, to: Tok) => {
    for (const dob of index.dobs) {
      if (cands.some(([y, m, d]) => y === dob.y && m === dob.m && d === dob.d)) {
        const found = text.slice(from.start, to.end);
        out.push({ kind: "dateOfBirth", value: dob.value, found, start: from.start, end: to.end });
        return true;
      }
    }
    return false;
  };
  const near = (a: Tok, b: Tok) => b.start - a.end <= 6 && !/\n/.test(text.slice(a.end, b.start));
  for (let i = 0; i < toks.length; i++) {
    // every reading below starts at a number or a month
    if (toks[i].num === undefined && toks[i].month === undefined) continue;
    const [a, b, c] = [toks[i], toks[i + 1], toks[i + 2]];
    if (a.num !== undefined && (a.t.length === 8 || a.t.length === 6)) {
      const t = a.t;
      const n = (f: number, l: number) => Number(t.slice(f, f + l));
      const cands: [number, number, number][] =
        t.length === 8
          ? [
              [n(4, 4), n(0, 2), n(2, 2)],
              [n(4, 4), n(2, 2), n(0, 2)],
              [n(0, 4), n(4, 2), n(6, 2)],
            ]
          : [
              ...years(t.slice(4)).flatMap((y): [number, number, number][] => [
                [y, n(0, 2), n(2, 2)],
                [y, n(2, 2), n(0, 2)],
              ]),
              ...years(t.slice(0, 2)).map((y): [number, number, number] => [y, n(2, 2), n(4, 2)]),
            ];
      if (hit(cands, a, a)) continue;
    }
    if (!b || !c || !near(a, b) || !near(b, c)) continue;
    if (a.num !== undefined && b.num !== undefined && c.num !== undefined) {
      const cands: [number, number, number][] = [
        ...years(c.t).flatMap((y): [number, number, number][] => [
          [y, a.num!, b.num!],
          [y, b.num!, a.num!],
        ]),
        ...(a.t.length === 4 ? [[a.num, b.num, c.num] as [number, number, number]] : []),
      ];
      if (hit(cands, a, c)) i += 2;
    } else if (a.month && b.num !== undefined && c.num !== undefined) {
      if (
        hit(
          years(c.t).map((y) => [y, a.month!, b.num!]),
          a,
          c,
        )
      )
        i += 2;
    } else if (a.num !== undefined && b.month && c.num !== undefined) {
      if (
        hit(
          years(c.t).map((y) => [y, b.month!, a.num!]),
          a,
          c,
        )
      )
        i += 2;
    }
  }
  return out;
}

// --- the name finder, where a cue stands next to a capitalized word ---------------------------

const CUE_WORDS = String.raw`(?:Dr|Mr|Mrs|Ms|Miss|Doctor|husband|wife|spouse|son|daughter|mother|father|brother|sister|friend|boyfriend|girlfriend|partner|QME|AME|attorney|lawyer|adjuster|examiner|manager|therapist|Sincerely|signed\s+by|Regards)`;
// Case-insensitive cue words, then a CAPITAL letter: with the "i" flag, \p{Lu} would take any
// letter, and the name finder would read nearly every sentence. The separators are those
// PERSON_CUE_BEFORE allows, so every sentence where a finding can be cued is read.
const anyCaseWords = (source: string) =>
  source.replace(/(?<!\\)[A-Za-z]/g, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`);
const CUE_NEXT = new RegExp(
  String.raw`(?<![\p{L}])${anyCaseWords(CUE_WORDS)}[\s,.]*(?:[tT]he\s+)?\p{Lu}\p{Ll}|\p{Lu}\p{Ll}+[\s,]*${anyCaseWords(String.raw`(?:M\.?D\.?|D\.O\.|PA-C|R\.N\.|Esq|the\s+(?:QME|AME|attorney|adjuster|examiner))`)}`,
  "u",
);
const PERSON_CUE_BEFORE =
  /(?:\b(?:dr|mr|mrs|ms|miss|doctor)\.?|husband|wife|spouse|son|daughter|mother|father|brother|sister|friend|boyfriend|girlfriend|partner|qme|ame|attorney|lawyer|adjuster|examiner|manager|therapist|sincerely|signed by|regards)[\s,.]*$/i;
const PERSON_CUE_AFTER = /^[\s,]*(?:M\.?D\.?|D\.O\.|PA-C|R\.N\.|Esq|the\s+(?:QME|AME|attorney|adjuster|examiner))/i;

function finderLeaks(text: string): AuditFinding[] {
  const out: AuditFinding[] = [];
  // a sentence with a cue is part of the text: no cue in the whole text, no sentence to read
  if (!CUE_NEXT.test(text)) return out;
  for (const s of text.matchAll(/[^.!?\n]+(?:[.!?]+|\n|$)/g)) {
    if (!CUE_NEXT.test(s[0])) continue;
    const people = nlp(s[0]).people().json({ offset: true }) as {
      text: string;
      offset?: { start: number; length: number };
    }[];
    for (const p of people) {
      if (!p.offset) continue;
      const start = s.index + p.offset.start;
      const end = start + p.offset.length;
      const found = text.slice(start, end).replace(/[\s,;:.]+$/, "");
      const names = found
        .split(/\s+/)
        .filter((w) => /^\p{Lu}/u.test(w) && !/^(?:Dr|Mr|Mrs|Ms|Miss|Doctor)\.?$/.test(w));
      if (names.length === 0 || names.every((w) => isMedicalTerm(w) || isCommonWord(w.replace(/[^\p{L}]/gu, ""))))
        continue;
      const cued =
        PERSON_CUE_BEFORE.test(
          text.slice(Math.max(0, start - 30), start) + found.split(/\s+/)[0].replace(/^\p{Lu}.*$/u, ""),
        ) ||
        /^(?:Dr|Mr|Mrs|Ms|Miss|Doctor)\.?\s/i.test(found) ||
        /^(?:husband|wife|daughter|son|brother|sister|mother|father)\s/i.test(found) ||
        PERSON_CUE_AFTER.test(text.slice(start + found.length, start + found.length + 30));
      if (cued) out.push({ kind: "person", value: found, found, start, end: start + found.length });
    }
  }
  return out;
}

/** Identifiers left in a public copy, found without the redactor's lists and patterns. */
export function auditText(publicText: string, known: KnownIdentifiers, prepared?: AuditIndex): AuditFinding[] {
  const index = prepared ?? prepareAudit(known);
  // an ASCII text without a backtick folds to itself (fold.ts): its offsets are its own
  const same = /^[\x00-\x5F\x61-\x7F]*$/.test(publicText);
  const folded: Folded | null = same ? null : fold(publicText);
  const text = folded ? folded.text : publicText;
  const ascii = same || isAscii(text);
  const findings = [
    ...wordLeaks(text, wordsOf(text, ascii), index),
    ...digitLeaks(text, index),
    ...dateLeaks(text, index, ascii),
    ...finderLeaks(text),
  ];
  // back to the offsets and the text of the public copy, each finding once
  const seen = new Set<string>();
  const out: AuditFinding[] = [];
  for (const f of findings.sort((a, b) => a.start - b.start)) {
    const hasPlace = f.end > f.start;
    const start = hasPlace ? (folded ? folded.starts[f.start] : f.start) : 0;
    const end = hasPlace ? (folded ? folded.ends[f.end - 1] : f.end) : 0;
    const found = hasPlace ? publicText.slice(start, end) : f.found;
    const key = `${f.kind}|${f.value}|${found}|${start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ kind: f.kind, value: f.value, found, start, end });
  }
  // a finding inside a longer one of the same place says nothing more
  return out.filter(
    (f) =>
      !out.some(
        (o) => o !== f && o.end > o.start && o.start <= f.start && o.end >= f.end && o.end - o.start > f.end - f.start,
      ),
  );
}
