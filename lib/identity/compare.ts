// The identity core: are two mentions (a party of a case, a reviewer's affiliation) the same
// person or organisation? A reviewer must have no material familial, financial or professional
// affiliation with any party (Labor Code 139.5(d); 8 CCR 9792.10.5), and "Pacific Claims Svcs."
// is "Pacific Claims Services, Inc.": identity is never decided by exact string equality.
// Pure: no database, no clock. Every verdict carries its reason in words.
import { COMMON_WORDS } from "./abbreviations.ts";
import type { EntityKind, Mention, PreparedMention } from "./mention.ts";
import { mentionKeys } from "./mention-keys.ts";
import { compareOrgVariants, orgVariants, type OrgVariant } from "./organization-name.ts";
import { parsePerson } from "./person-name.ts";
import { comparePersonNames } from "./person-name-match.ts";
import { STRENGTH_RANK, type MatchVerdict } from "./verdict.ts";

export type { MatchStrength, MatchVerdict } from "./verdict.ts";
export { STRENGTH_RANK } from "./verdict.ts";
export type { Anchor, EntityKind, Mention, PreparedMention } from "./mention.ts";

const text = (value: unknown): string => (typeof value === "string" ? value : "");

/** NPI, FEIN, license number without spaces, dashes or case ("12-3456789" = "123456789"). */
function normalizeIdentifier(value: string): string | null {
  const compact = value
    .normalize("NFKC")
    .toUpperCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
  return compact.length >= 2 ? compact : null;
}

export function prepareMention(m: Mention): PreparedMention {
  const kind: EntityKind = m.kind === "PERSON" ? "PERSON" : "ORGANIZATION";
  const name = text(m.name);
  const names = kind === "ORGANIZATION" ? [name, ...(Array.isArray(m.aliases) ? m.aliases.map(text) : [])] : [];
  const variants: OrgVariant[] = [];
  for (const n of names) {
    for (const v of orgVariants(n)) if (!variants.some((w) => w.raw === v.raw)) variants.push(v);
  }
  const person = kind === "PERSON" ? parsePerson(name) : null;
  const prepared: PreparedMention = {
    kind,
    name,
    identifier: normalizeIdentifier(text(m.identifier).slice(0, 100)),
    directoryId: text(m.directoryId) || null,
    ancestorIds: Array.isArray(m.ancestorIds)
      ? m.ancestorIds.filter((id) => typeof id === "string" && id.length > 0)
      : [],
    variants,
    person,
    keys: [],
    probes: [],
    keyHashes: new Int32Array(0),
    screen: new Int32Array(2),
    anchors: [],
  };
  return { ...prepared, ...mentionKeys(prepared) };
}

const hasName = (m: PreparedMention) => (m.person ? m.person.parses.length > 0 : false) || m.variants.length > 0;

export function compareMentions(a: PreparedMention, b: PreparedMention): MatchVerdict {
  if (a.directoryId && a.directoryId === b.directoryId)
    return { strength: "EXACT", reason: "Same entry of the organisation directory" };
  if (a.directoryId && b.ancestorIds.includes(a.directoryId))
    return { strength: "STRONG", reason: `${a.name} is a parent organisation of ${b.name}` };
  if (b.directoryId && a.ancestorIds.includes(b.directoryId))
    return { strength: "STRONG", reason: `${b.name} is a parent organisation of ${a.name}` };
  const sameId = a.identifier !== null && a.identifier === b.identifier;
  if (sameId) return { strength: "STRONG", reason: `Same identifier (NPI, FEIN or license number ${a.identifier})` };
  if (!hasName(a) || !hasName(b)) return { strength: "DIFFERENT", reason: "A name is empty: nothing to compare" };
  let verdict = compareByName(a, b);
  const sharedAncestor = a.ancestorIds.find((id) => b.ancestorIds.includes(id));
  if (sharedAncestor && STRENGTH_RANK[verdict.strength] < 1) {
    verdict = {
      strength: "POSSIBLE",
      reason: `Both belong to the same parent organisation in the directory (${sharedAncestor})`,
    };
  }
  // two identifiers of one type (same shape: an NPI against an NPI) that differ: namesakes, not one entity
  const shape = (id: string) => id.replace(/\p{N}/gu, "9").replace(/\p{L}/gu, "A");
  const differentIds =
    a.identifier !== null && b.identifier !== null && a.kind === b.kind && shape(a.identifier) === shape(b.identifier);
  if (differentIds && STRENGTH_RANK[verdict.strength] >= 2) {
    return {
      strength: "POSSIBLE",
      reason: `${verdict.reason}, but the identifiers differ (${a.identifier} / ${b.identifier})`,
    };
  }
  return verdict;
}

function compareByName(a: PreparedMention, b: PreparedMention): MatchVerdict {
  if (a.person && b.person) return comparePersonNames(a.person, b.person);
  if (a.kind !== b.kind) return personVersusOrganisation(a.person ? a : b, a.person ? b : a);
  let best: MatchVerdict = { strength: "DIFFERENT", reason: "No name to compare" };
  for (const va of a.variants) {
    for (const vb of b.variants) {
      let verdict = compareOrgVariants(va, vb);
      const aliasUsed = va !== a.variants[0] || vb !== b.variants[0];
      if (aliasUsed && STRENGTH_RANK[verdict.strength] >= 2) {
        verdict = {
          strength: "STRONG",
          reason: `Another name of the same organisation ("${va.text}" / "${vb.text}"): ${verdict.reason}`,
        };
      }
      if (STRENGTH_RANK[verdict.strength] > STRENGTH_RANK[best.strength] || best.reason === "No name to compare")
        best = verdict;
    }
  }
  return best;
}

/** "John Smith" and "John Smith MD Inc": the organisation carries the person's full name. */
function personVersusOrganisation(person: PreparedMention, org: PreparedMention): MatchVerdict {
  for (const parse of person.person!.parses) {
    for (const v of org.variants) {
      const words = v.raw.split(" ");
      const named = parse.surname.every((s) => words.includes(s) && !COMMON_WORDS.has(s));
      if (named && parse.given && parse.given.length > 1 && words.includes(parse.given)) {
        return {
          strength: "POSSIBLE",
          reason: `The organisation "${org.name}" carries the person's name ${person.name}`,
        };
      }
    }
  }
  return { strength: "DIFFERENT", reason: "A person and an organisation of different names" };
}

/** Convenience: compare two bare names of the same kind. */
export function compareNames(kind: EntityKind, a: string, b: string): MatchVerdict {
  return compareMentions(prepareMention({ kind, name: a }), prepareMention({ kind, name: b }));
}
