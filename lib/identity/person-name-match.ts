// Whether two people's names are one person. Decisions (documented for the conflict screen):
// - same surname and same given name or its nickname (Bob = Robert), middle names not in
//   conflict: STRONG (EXACT when written identically);
// - a short form of several names ("Pat Smith" / "Patricia Smith": Patrick too): POSSIBLE;
// - same surname and only an initial on one side ("J. Smith" / "John Smith"): POSSIBLE, since
//   James Smith is as likely;
// - one surname part of a compound one ("Maria Garcia" / "Maria Garcia-Lopez"): POSSIBLE —
//   a common way to shorten a Spanish name, but "Maria Garcia" alone is many people;
// - a typo (Jaro-Winkler / edit distance) in the surname or the given name: POSSIBLE;
// - different given names that are not nicknames, different middle initials, Jr. against Sr.:
//   DIFFERENT.
import { isAmbiguousGivenName, isKnownGivenName, sameGivenName, nicknamesOf } from "./nicknames.ts";
import type { PersonName, PersonParse } from "./person-name.ts";
import { editDistance, isTypo, metaphone } from "./similarity.ts";

/** "Smith" / "Smyth", "Meyer" / "Meier": the same Double Metaphone code and the same first letter. */
const soundAlike = (a: string, b: string) =>
  a[0] === b[0] && a.length >= 3 && b.length >= 3 && metaphone(a) !== "" && metaphone(a) === metaphone(b);
import type { MatchVerdict } from "./verdict.ts";

const cap = (s: string) => s.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
const RANK = { EXACT: 3, STRONG: 2, POSSIBLE: 1, DIFFERENT: 0 } as const;

export function comparePersonNames(a: PersonName, b: PersonName): MatchVerdict {
  if (a.raw === b.raw && a.parses.length > 0) {
    // one Latin word ("Smith", "Will") is too little to tell who; a name in another script often has no spaces
    if (!a.raw.includes(" ") && /^[a-z0-9]+$/.test(a.raw))
      return { strength: "POSSIBLE", reason: `Same single name "${a.display}", too little to tell who` };
    return { strength: "EXACT", reason: `Same name (${a.display} / ${b.display})` };
  }
  let best: MatchVerdict | null = null;
  for (const pa of a.parses) {
    for (const pb of b.parses) {
      if (pa.swapped && pb.swapped) continue; // both swapped is both as written
      const verdict = compareParses(pa, pb, a, b);
      if (!best || RANK[verdict.strength] > RANK[best.strength]) best = verdict;
    }
  }
  return best ?? { strength: "DIFFERENT", reason: "No name to compare" };
}

type Relation = "same" | "nickname" | "ambiguous" | "initial" | "partial" | "typo" | "absent" | "middle" | "different";

function surnameRelation(a: PersonParse, b: PersonParse): Relation {
  if (a.surname.join(" ") === b.surname.join(" ") || a.compact === b.compact) return "same";
  const [short, long] = a.surname.length <= b.surname.length ? [a.surname, b.surname] : [b.surname, a.surname];
  if (short.length < long.length && short.every((p) => long.includes(p))) return "partial";
  if (isTypo(a.compact, b.compact) || soundAlike(a.compact, b.compact)) return "typo";
  if (a.surname.length === b.surname.length && a.surname.every((p, i) => p === b.surname[i] || isTypo(p, b.surname[i])))
    return "typo";
  return "different";
}

function givenRelation(a: PersonParse, b: PersonParse): Relation {
  const x = a.given,
    y = b.given;
  if (!x || !y) return "absent";
  if (x === y) return "same";
  // "Pat" is Patrick or Patricia: a short form of several names only makes them possibly one
  if (sameGivenName(x, y)) return isAmbiguousGivenName(x) || isAmbiguousGivenName(y) ? "ambiguous" : "nickname";
  if (x.length === 1 || y.length === 1) {
    const [initial, full] = x.length === 1 ? [x, y] : [y, x];
    if (full.startsWith(initial) || nicknamesOf(full).some((n) => n.startsWith(initial))) return "initial";
    // "J. Robert Smith" goes by his middle name
    return b.middles.includes(x) || a.middles.includes(y) ? "middle" : "different";
  }
  // the surname already agrees: a given name may carry two typos from seven letters ("Christy" /
  // "Crist"), but two known names are two names ("Patrick" / "Patricia", "John" / "Joan")
  const known = isKnownGivenName(x) && isKnownGivenName(y);
  if (!known && (isTypo(x, y) || (Math.max(x.length, y.length) >= 7 && editDistance(x, y, 2) <= 2))) return "typo";
  if (b.middles.includes(x) || a.middles.includes(y)) return "middle";
  return "different";
}

function middleConflict(a: PersonParse, b: PersonParse): boolean {
  const x = a.middles[0],
    y = b.middles[0];
  if (!x || !y) return false;
  if (x.length === 1 || y.length === 1) return x[0] !== y[0];
  return !(x === y || sameGivenName(x, y) || isTypo(x, y));
}

function compareParses(a: PersonParse, b: PersonParse, na: PersonName, nb: PersonName): MatchVerdict {
  const names = `${na.display} / ${nb.display}`;
  const surname = surnameRelation(a, b);
  if (surname === "different") return { strength: "DIFFERENT", reason: `Different surnames (${names})` };
  if (a.generation && b.generation && a.generation !== b.generation) {
    return {
      strength: "DIFFERENT",
      reason: `Same name but different generations (${cap(a.generation)} / ${cap(b.generation)})`,
    };
  }
  const given = givenRelation(a, b);
  if (given === "different") return { strength: "DIFFERENT", reason: `Different given names (${names})` };
  if (middleConflict(a, b)) return { strength: "DIFFERENT", reason: `Different middle names (${names})` };
  const firm = given === "same" || given === "nickname";
  if (a.swapped || b.swapped) {
    return {
      strength: "POSSIBLE",
      reason: `Same names with given name and surname swapped (no comma to tell which is which): ${names}`,
    };
  }
  if (surname === "same" && firm) {
    const notes: string[] = [];
    if (given === "nickname") notes.push(`${cap(a.given!)} = ${cap(b.given!)} (nickname)`);
    if (a.reordered !== b.reordered) notes.push(`"Last, First" order`);
    if (na.titlesDropped || nb.titlesDropped) notes.push("titles and degrees set aside");
    if (a.alternative || b.alternative) notes.push("two-part surname");
    const why = notes.length > 0 ? notes.join("; ") : "case, accents, punctuation or middle name aside";
    return { strength: "STRONG", reason: `Same person's name (${why}): ${names}` };
  }
  const parts: string[] = [];
  if (surname === "same") parts.push("same surname");
  if (surname === "partial") parts.push("one surname is part of the other");
  if (surname === "typo") parts.push("similar surnames (typo or same sound?)");
  if (given === "same" || given === "nickname")
    parts.push(given === "same" ? "same given name" : "given name a nickname");
  if (given === "initial") parts.push("only the initial of the given name");
  if (given === "ambiguous") parts.push(`${cap(a.given!)} / ${cap(b.given!)}: a short form of several given names`);
  if (given === "typo") parts.push("similar given names (typo?)");
  if (given === "absent") parts.push("no given name on one side");
  if (given === "middle") parts.push("given name is the other's middle name");
  const text = parts.join(", ");
  return { strength: "POSSIBLE", reason: `${text[0].toUpperCase()}${text.slice(1)}: ${names}` };
}
