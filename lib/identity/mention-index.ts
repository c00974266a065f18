// Fast screening of many mentions against a few: a case's parties are indexed once, then each
// reviewer affiliation (prepared once per panel) is looked up. Only entries sharing a blocking
// key (hashed to integers; a collision only costs one more comparison) (mention-keys.ts), or holding a word the looked-up one could be a typo of (lengths within
// two, letter profiles within two bits per edit), get the full comparison; an unrelated name costs a few
// map reads and integer tests.
import { compareMentions } from "./compare.ts";
import type { PreparedMention } from "./mention.ts";
import { STRENGTH_RANK, type MatchVerdict } from "./verdict.ts";
import { bitCount } from "./similarity.ts";

export type MentionIndex = {
  mentions: PreparedMention[];
  /** Open-addressing table of key hashes (mention-keys.ts): hash, then the first entry of its slot list. */
  tableHash: Int32Array;
  tableHead: Int32Array;
  /** Slot lists: entrySlot[e] is a slot, entryNext[e] the next entry of the same key (-1 at the end). */
  entrySlot: Int32Array;
  entryNext: Int32Array;
  /** Anchor words by kind (0 organisation, 1 person) and length: ranges into the arrays below. */
  bucketStart: Int32Array;
  anchorSlot: Int32Array;
  anchorLength: Int32Array;
  /** Letter profiles (similarity.ts), three numbers per anchor. */
  anchorProfile: Int32Array;
  /** Per-slot marker of the look-up that last visited it (no set allocated per look-up). */
  visited: Uint32Array;
  lookups: number;
};

const MAX_LENGTH = 63;

// The same two prepared mentions always compare the same: a case's parties and a panel's
// affiliations repeat across the cases of a batch, so each pair is compared once per process.
const verdicts = new WeakMap<PreparedMention, Map<PreparedMention, MatchVerdict>>();
const MEMO_PER_MENTION = 20_000;

function compareOnce(indexed: PreparedMention, m: PreparedMention): MatchVerdict {
  let known = verdicts.get(indexed);
  if (known === undefined) verdicts.set(indexed, (known = new Map()));
  let verdict = known.get(m);
  if (verdict === undefined) {
    verdict = compareMentions(indexed, m);
    if (known.size >= MEMO_PER_MENTION) known.clear();
    known.set(m, verdict);
  }
  return verdict;
}
const bucketOf = (kind: number, length: number) => kind * (MAX_LENGTH + 1) + Math.min(length, MAX_LENGTH);

export function buildMentionIndex(mentions: PreparedMention[]): MentionIndex {
  const pairs: [number, number][] = [];
  mentions.forEach((m, slot) => {
    for (const h of m.keyHashes) pairs.push([h, slot]);
  });
  let size = 16;
  while (size < pairs.length * 4) size *= 2;
  const tableHash = new Int32Array(size),
    tableHead = new Int32Array(size).fill(-1);
  const entrySlot = new Int32Array(pairs.length),
    entryNext = new Int32Array(pairs.length);
  pairs.forEach(([h, slot], e) => {
    let i = h & (size - 1);
    while (tableHead[i] !== -1 && tableHash[i] !== h) i = (i + 1) & (size - 1);
    tableHash[i] = h;
    entrySlot[e] = slot;
    entryNext[e] = tableHead[i];
    tableHead[i] = e;
  });
  const anchors = mentions.flatMap((m, slot) =>
    m.anchors.map((a) => ({ ...a, slot, bucket: bucketOf(a.flags & 1, a.word.length) })),
  );
  anchors.sort((x, y) => x.bucket - y.bucket);
  const bucketStart = new Int32Array(2 * (MAX_LENGTH + 1) + 1);
  for (const a of anchors) bucketStart[a.bucket + 1]++;
  for (let b = 1; b < bucketStart.length; b++) bucketStart[b] += bucketStart[b - 1];
  return {
    mentions,
    tableHash,
    tableHead,
    entrySlot,
    entryNext,
    bucketStart,
    anchorSlot: Int32Array.from(anchors, (a) => a.slot),
    anchorLength: Int32Array.from(anchors, (a) => a.word.length),
    anchorProfile: Int32Array.from(anchors.flatMap((a) => a.profile)),
    visited: new Uint32Array(mentions.length),
    lookups: 0,
  };
}

/**
 * The slots the blocking keys and the typo scan put forward for m, before any full comparison:
 * every slot findMatches could return is among them (a superset, for screening many at once).
 */
export function candidateSlots(index: MentionIndex, m: PreparedMention): number[] | null {
  const stamp = (index.lookups = (index.lookups + 1) >>> 0 || 1);
  const { tableHash, tableHead, entrySlot, entryNext, visited } = index;
  const mask = tableHash.length - 1;
  let candidates: number[] | null = null;
  const screen = m.screen;
  const probeCount = screen[0];
  for (let k = 1; k <= probeCount; k++) {
    const h = screen[k];
    let i = h & mask;
    while (tableHead[i] !== -1 && tableHash[i] !== h) i = (i + 1) & mask;
    for (let e = tableHead[i]; e !== -1; e = entryNext[e]) {
      const slot = entrySlot[e];
      if (visited[slot] !== stamp) {
        visited[slot] = stamp;
        (candidates ??= []).push(slot);
      }
    }
  }
  // typos between words outside the dictionary: same kind, lengths within two, letter profiles close
  const { bucketStart, anchorSlot, anchorLength, anchorProfile: p } = index;
  const anchorCount = screen[probeCount + 1];
  for (let k = 0, at = probeCount + 2; k < anchorCount; k++, at += 5) {
    const length = screen[at],
      kind = screen[at + 1] & 1;
    const a0 = screen[at + 2],
      a1 = screen[at + 3],
      a2 = screen[at + 4];
    const from = bucketStart[bucketOf(kind, length > 2 ? length - 2 : 0)],
      to = bucketStart[bucketOf(kind, length + 2) + 1];
    for (let i = from; i < to; i++) {
      const slot = anchorSlot[i],
        other = anchorLength[i];
      if (visited[slot] === stamp) continue;
      const edits = (length > other ? length : other) >= 7 && (length < other ? length : other) >= 6 ? 2 : 1;
      const gap = length - other;
      if (gap > edits || -gap > edits) continue;
      if (bitCount(a0 ^ p[3 * i]) + bitCount(a1 ^ p[3 * i + 1]) + bitCount(a2 ^ p[3 * i + 2]) <= 2 * edits) {
        visited[slot] = stamp;
        (candidates ??= []).push(slot);
      }
    }
  }
  return candidates;
}

/** Every mention in the index that is not DIFFERENT from m, strongest first. */
export function findMatches(index: MentionIndex, m: PreparedMention): { slot: number; verdict: MatchVerdict }[] {
  const candidates = candidateSlots(index, m);
  if (candidates === null) return [];
  const found: { slot: number; verdict: MatchVerdict }[] = [];
  for (const slot of candidates) {
    const verdict = compareOnce(index.mentions[slot], m);
    if (verdict.strength !== "DIFFERENT") found.push({ slot, verdict });
  }
  return found.sort((x, y) => STRENGTH_RANK[y.verdict.strength] - STRENGTH_RANK[x.verdict.strength] || x.slot - y.slot);
}
