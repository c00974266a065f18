// Parties and reviewers' affiliations as identity mentions (lib/identity), remembered by their
// content, so that a panel screened again and again in one process prepares each distinct
// name once (and lib/identity compares each distinct pair once); an affiliation is prepared
// only when the conflict rule is reached (most of a panel fails an earlier rule for any one
// case). Pure: the memo holds only what the same input always yields.
import { prepareMention, type Mention, type PreparedMention } from "../identity/compare.ts";

const MEMO_LIMIT = 200_000;
const memo = new Map<string, PreparedMention>();

const SEP = "\u0001";
const keyOf = (m: Mention) =>
  m.directoryId || m.aliases?.length || m.ancestorIds?.length
    ? JSON.stringify([
        m.kind,
        m.name,
        m.identifier ?? null,
        m.directoryId ?? null,
        m.aliases ?? [],
        m.ancestorIds ?? [],
      ])
    : m.kind + SEP + (m.identifier ?? "") + SEP + m.name;

/** The prepared mention, from the memo when the same mention was prepared before. */
export function preparedMention(mention: Mention): PreparedMention {
  const key = keyOf(mention);
  let prepared = memo.get(key);
  if (prepared === undefined) {
    prepared = prepareMention(mention);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(key, prepared);
  }
  return prepared;
}

export type PreparedAffiliation = { name: string; readonly mention: PreparedMention };

/** An affiliation whose mention is prepared on first use. */
export function lazyAffiliation(name: string, mention: Mention): PreparedAffiliation {
  let prepared: PreparedMention | undefined;
  return {
    name,
    get mention() {
      prepared ??= preparedMention(mention);
      return prepared;
    },
  };
}
