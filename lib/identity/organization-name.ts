// Organisation names: one written name becomes one or more variants ("X dba Y" and "X (Y)" name
// the same organisation), each reduced to plain words with abbreviations expanded and the legal
// form dropped, plus its distinctive words and acronym. compareOrgNames says how close two
// variants are, in words.
import { COMMON_WORDS, LEGAL_SUFFIXES, STOPWORDS, expandToken, isKnownWord } from "./abbreviations.ts";
import { initialRuns, possibleInitials, sameInitials, type Initials } from "./acronyms.ts";
import { foldName, isTypo, letterProfile, words, type Profile } from "./similarity.ts";
import type { MatchVerdict } from "./verdict.ts";

export type OrgVariant = {
  text: string;
  /** Folded words as written (EXACT when equal). */
  raw: string;
  /** Words after expansion, legal form and leading "The" dropped. */
  tokens: string[];
  /** The written word each token came from ("svcs" for "services"). */
  origins: string[];
  /** Letter profiles of tokens and origins, for the typo test. */
  tokenProfiles: Profile[];
  originProfiles: Profile[];
  sorted: string;
  compact: string;
  /** "Svcs = Services", "Inc dropped": what was changed, for the reason. */
  notes: string[];
  distinctive: string[];
  acronyms: string[];
  /** The name as it could be an acronym itself ("SCIF", "S C I F"), or null. */
  shortForm: string | null;
  /** Initials inside the name (acronyms.ts): its short words, and its runs of words. */
  shortWords: Initials[];
  runs: Initials[];
};

const ALSO_KNOWN =
  /\s+(?:d\/b\/a|dba|a\/k\/a|aka|f\/k\/a|fka|doing business as|also known as|formerly known as|formerly)[\s:]+/;
// ", A Professional Corporation", ", a California limited partnership": the legal form, however spelled
const LEGAL_PHRASE =
  /(?:,\s*an?\s+[^,]*|\s+an?\s+(?:professional\s+|medical\s+|law\s+|california\s+)*(?:corporation|partnership|limited liability company))$/;
const LONG_SUFFIXES = ["company", "corporation", "incorporated", "limited"];
const isLegalSuffix = (w: string) =>
  LEGAL_SUFFIXES.has(w) || (w.length >= 5 && LONG_SUFFIXES.some((s) => isTypo(w, s)));

export function orgVariants(name: string): OrgVariant[] {
  const folded = foldName(name).replace(/\bd\s*\/\s*b\s*\/\s*a\b/g, "dba");
  const parts: string[] = [];
  const outside = folded.replace(/\(([^)]*)\)/g, (_, inner: string) => {
    parts.push(inner.replace(/^(?:dba|aka|fka|formerly)\s+/, ""));
    return " ";
  });
  parts.unshift(...outside.split(ALSO_KNOWN));
  const variants: OrgVariant[] = [];
  for (const part of parts) {
    const variant = orgVariant(part.trim());
    if (variant && !variants.some((v) => v.raw === variant.raw)) variants.push(variant);
  }
  return variants;
}

function orgVariant(text: string): OrgVariant | null {
  const rawWords = words(text.replace(/&/g, " and "));
  // fewer than two letters or digits carry no identity ("", "X", "?")
  if (rawWords.join("").length < 2) return null;
  const notes: string[] = [];
  const kept = words(text.replace(LEGAL_PHRASE, "").replace(/&/g, " and "));
  while (kept.length > 1 && isLegalSuffix(kept[kept.length - 1])) notes.push(`${cap(kept.pop()!)} dropped`);
  if (kept.length > 1 && kept[0] === "the" && kept.shift()) notes.push(`"The" dropped`);
  const tokens: string[] = [];
  const origins: string[] = [];
  for (const word of kept) {
    const { tokens: expanded, from } = expandToken(word);
    if (from) notes.push(`${cap(from)} = ${cap(expanded.join(" "))}`);
    tokens.push(...expanded);
    for (const _ of expanded) origins.push(word);
  }
  const significant = tokens.filter((t) => !STOPWORDS.has(t));
  const distinctive = [
    ...new Set(significant.filter((t) => !COMMON_WORDS.has(t) && t.length >= 2 && !/^\d+$/.test(t))),
  ];
  const acronyms = new Set<string>();
  if (significant.length >= 2) acronyms.add(significant.map((t) => t[0]).join(""));
  if (tokens.length >= 2 && tokens.length !== significant.length)
    acronyms.add(
      tokens
        .filter((t) => t !== "the")
        .map((t) => t[0])
        .join(""),
    );
  // "Valley Insurance Company" is also VIC: initials may keep the legal words
  // hyphenated words may give one initial ("Pfeffer-Sipes" -> P)
  const spaced = words(text.replace(LEGAL_PHRASE, "").replace(/-/g, "").replace(/&/g, " and ")).filter(
    (w) => !STOPWORDS.has(w) && !LEGAL_SUFFIXES.has(w),
  );
  if (spaced.length >= 2)
    acronyms.add(
      spaced
        .flatMap((w) => expandToken(w).tokens)
        .map((t) => t[0])
        .join(""),
    );
  const withLegal = rawWords
    .filter((w) => !STOPWORDS.has(w))
    .flatMap((w) => expandToken(w).tokens)
    .map((t) => t[0])
    .join("");
  for (let n = significant.length + 1; n <= withLegal.length && significant.length >= 1; n++)
    acronyms.add(withLegal.slice(0, n));
  const compactRaw = rawWords.filter((w) => !LEGAL_SUFFIXES.has(w)).join("");
  const oneWord = rawWords.length === 1 || rawWords.every((w) => w.length === 1 || LEGAL_SUFFIXES.has(w));
  const shortForm = oneWord && /^\p{L}{2,8}$/u.test(compactRaw) ? compactRaw : null;
  return {
    text,
    raw: rawWords.join(" "),
    tokens,
    origins,
    tokenProfiles: tokens.map(letterProfile),
    originProfiles: origins.map(letterProfile),
    sorted: [...tokens].sort().join(" "),
    compact: tokens.join(""),
    notes,
    distinctive,
    acronyms: [...acronyms].filter((a) => a.length >= 2),
    shortForm,
    shortWords: possibleInitials(significant, isKnownWord),
    runs: initialRuns(significant),
  };
}

const cap = (s: string) => s.replace(/\b\p{L}/gu, (c) => c.toUpperCase());

/** Tokens of a matched against tokens of b, each used once: equal first, then typos. */
function alignWithTypos(a: OrgVariant, b: OrgVariant): string[] | null {
  if (a.tokens.length !== b.tokens.length) return null;
  const left = b.tokens.map((t, i) => i);
  const typos: string[] = [];
  const pending: number[] = [];
  a.tokens.forEach((t, i) => {
    const k = left.findIndex((j) => b.tokens[j] === t);
    if (k >= 0) left.splice(k, 1);
    else pending.push(i);
  });
  // a typo of one or two letters touches at most two words
  if (pending.length > 2) return null;
  const typo = (x: string, px: Profile, y: string, py: Profile) =>
    isTypo(x, y, px, py) && !(isKnownWord(x) && isKnownWord(y));
  for (const i of pending) {
    const t = a.tokens[i],
      o = a.origins[i],
      pt = a.tokenProfiles[i],
      po = a.originProfiles[i];
    const k = left.findIndex(
      (j) =>
        typo(t, pt, b.tokens[j], b.tokenProfiles[j]) ||
        typo(o, po, b.origins[j], b.originProfiles[j]) ||
        typo(t, pt, b.origins[j], b.originProfiles[j]) ||
        typo(o, po, b.tokens[j], b.tokenProfiles[j]),
    );
    if (k < 0) return null;
    typos.push(`${cap(o)} / ${cap(b.origins[left[k]])}`);
    left.splice(k, 1);
  }
  return typos;
}

export function compareOrgVariants(a: OrgVariant, b: OrgVariant): MatchVerdict {
  if (a.raw === b.raw) return { strength: "EXACT", reason: `Same name (${cap(a.raw)})` };
  if (a.sorted === b.sorted || a.compact === b.compact) {
    const notes = [...new Set([...a.notes, ...b.notes])];
    const how =
      notes.length > 0
        ? `once abbreviations and legal suffixes are set aside (${notes.join("; ")})`
        : "apart from case, punctuation, spacing and word order";
    return { strength: "STRONG", reason: `Same name ${how}` };
  }
  if (a.shortForm && b.acronyms.includes(a.shortForm)) return acronymVerdict(a, b);
  if (b.shortForm && a.acronyms.includes(b.shortForm)) return acronymVerdict(b, a);
  const inside = sameInitials(a.shortWords, b.runs) ?? sameInitials(b.shortWords, a.runs);
  if (inside)
    return {
      strength: "POSSIBLE",
      reason: `${inside.initials.toUpperCase()} may be initials (${cap(a.raw)} / ${cap(b.raw)})`,
    };
  const typos = alignWithTypos(a, b);
  if (typos && typos.length > 0) return { strength: "POSSIBLE", reason: `Similar names (typo?): ${typos.join(", ")}` };
  // a typo that split or joined words ("Healthcare Partnrs" / "Health Care Partners")
  if (a.tokens.length !== b.tokens.length && a.compact.length >= 8 && isTypo(a.compact, b.compact)) {
    return { strength: "POSSIBLE", reason: `Similar names (typo?): ${cap(a.raw)} / ${cap(b.raw)}` };
  }
  const shared = a.distinctive.filter((t) => b.distinctive.some((u) => u === t || (t.length >= 5 && isTypo(t, u))));
  if (shared.length > 0) {
    const list = shared.map((t) => `"${cap(t)}"`).join(", ");
    return {
      strength: "POSSIBLE",
      reason: `Shares the distinctive word${shared.length > 1 ? "s" : ""} ${list} (${cap(a.raw)} / ${cap(b.raw)})`,
    };
  }
  // a name of common words that is the whole beginning of the other ("Pacific Coast Claims" /
  // "Pacific Coast Claims Services, Inc."): often the same organisation written short
  const head = beginsWith(a, b) ?? beginsWith(b, a);
  if (head) return { strength: "POSSIBLE", reason: `“${cap(head.short)}” may be a short form of “${cap(head.long)}”` };
  const common = a.tokens.filter((t) => b.tokens.includes(t) && !STOPWORDS.has(t));
  return {
    strength: "DIFFERENT",
    reason:
      common.length > 0
        ? `Only common words in common (${[...new Set(common)].map(cap).join(", ")})`
        : "No word in common",
  };
}

function acronymVerdict(short: OrgVariant, long: OrgVariant): MatchVerdict {
  return {
    strength: "POSSIBLE",
    reason: `${short.shortForm!.toUpperCase()} may be the initials of ${cap(long.tokens.join(" "))}`,
  };
}

function beginsWith(short: OrgVariant, long: OrgVariant): { short: string; long: string } | null {
  const s = short.tokens.filter((t) => !STOPWORDS.has(t)),
    l = long.tokens.filter((t) => !STOPWORDS.has(t));
  return s.length >= 2 && s.length < l.length && s.every((t, i) => l[i] === t)
    ? { short: short.raw, long: long.raw }
    : null;
}
