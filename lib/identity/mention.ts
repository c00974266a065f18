// A mention of a person or organisation (a party of a case, a reviewer's affiliation) as
// given, and as prepared once for comparing (compare.ts) and for the blocking index
// (mention-keys.ts, mention-index.ts).
import type { OrgVariant } from "./organization-name.ts";
import type { PersonName } from "./person-name.ts";

/** flags: 1 = a person's surname (typos are only looked for within one kind). */
export type Anchor = { word: string; profile: [number, number, number]; flags: number };
export type EntityKind = "PERSON" | "ORGANIZATION";
export type Mention = {
  kind: EntityKind;
  name: string;
  /** NPI, FEIN, license number: compared without spaces, dashes or case. */
  identifier?: string | null;
  /** Other names of the same organisation (from the directory); ignored for people. */
  aliases?: string[];
  /** The organisation's directory entry id. */
  directoryId?: string | null;
  /** Ids of its parent, grandparent … in the directory. */
  ancestorIds?: string[];
};
export type PreparedMention = {
  kind: EntityKind;
  name: string;
  identifier: string | null;
  directoryId: string | null;
  ancestorIds: string[];
  /** Organisation: every name it goes by (name, "dba" names, aliases), reduced. */
  variants: OrgVariant[];
  /** Person: the name read every plausible way; null for organisations. */
  person: PersonName | null;
  /** Blocking keys this mention is filed under, and the keys to look up to find its matches. */
  keys: string[];
  probes: string[];
  keyHashes: Int32Array;
  /** Probe hashes and anchors packed for the look-up (mention-keys.ts). */
  screen: Int32Array;
  /** Words a typo could hide in (distinctive words, surname parts), for the index's typo scan. */
  anchors: Anchor[];
};
