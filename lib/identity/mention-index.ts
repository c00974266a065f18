// Fast screening of many mentions against a few: a case's parties are indexed once, then each
// reviewer affiliation (prepared once per panel) is looked up. Only entries sharing a blocking
// key (mention-keys.ts), or holding a word the looked-up one could be a typo of (lengths within
// two, letter profiles within two bits per edit), get the full comparison; an unrelated name costs a few
// map reads and integer tests.
import { compareMentions, STRENGTH_RANK, type MatchVerdict, type PreparedMention } from "./compare.ts";
import { bitCount } from "./similarity.ts";

export type MentionIndex = {
  mentions: PreparedMention[];
  /** Blocking key -> slots of the mentions filed under it. */
  byKey: Map<string, number[]>;
  /** Anchor words of all mentions, flattened: owner slot, length, letter mask. */
  anchorSlot: Int32Array;
  anchorLength: Int32Array;
  /** Letter profiles (similarity.ts), three numbers per anchor. */
  anchorProfile: Int32Array;
  anchorFlags: Int32Array;
  /** Per-slot marker of the look-up that last visited it (no set allocated per look-up). */
  visited: Uint32Array;
  lookups: number;
};

export function buildMentionIndex(mentions: PreparedMention[]): MentionIndex {
  const byKey = new Map<string, number[]>();
  const slots: number[] = [], lengths: number[] = [], profiles: number[] = [], flags: number[] = [];
  mentions.forEach((m, slot) => {
    for (const key of m.keys) {
      const list = byKey.get(key);
      if (list) { if (list[list.length - 1] !== slot) list.push(slot); } else byKey.set(key, [slot]);
    }
    for (const anchor of m.anchors) { slots.push(slot); lengths.push(anchor.word.length); profiles.push(...anchor.profile); flags.push(anchor.flags); }
  });
  return {
    mentions, byKey, anchorSlot: Int32Array.from(slots), anchorLength: Int32Array.from(lengths),
    anchorProfile: Int32Array.from(profiles), anchorFlags: Int32Array.from(flags), visited: new Uint32Array(mentions.length), lookups: 0,
  };
}

/** Every mention in the index that is not DIFFERENT from m, strongest first. */
export function findMatches(index: MentionIndex, m: PreparedMention): { slot: number; verdict: MatchVerdict }[] {
  const stamp = (index.lookups = (index.lookups + 1) >>> 0 || 1);
  const found: { slot: number; verdict: MatchVerdict }[] = [];
  const visit = (slot: number) => {
    if (index.visited[slot] === stamp) return;
    index.visited[slot] = stamp;
    const verdict = compareMentions(index.mentions[slot], m);
    if (verdict.strength !== "DIFFERENT") found.push({ slot, verdict });
  };
  for (const probe of m.probes) {
    const slots = index.byKey.get(probe);
    if (slots) for (const slot of slots) visit(slot);
  }
  // typos: same kind, not two dictionary words ("Western" is no typo of "Eastern")
  const { anchorSlot, anchorLength, anchorProfile: p, anchorFlags } = index;
  for (const anchor of m.anchors) {
    const length = anchor.word.length, kind = anchor.flags & 1, known = anchor.flags & 2;
    const [a0, a1, a2] = anchor.profile;
    for (let i = 0; i < anchorSlot.length; i++) {
      const f = anchorFlags[i];
      if ((f & 1) !== kind || (known & f) !== 0 || index.visited[anchorSlot[i]] === stamp) continue;
      const edits = Math.max(length, anchorLength[i]) >= 7 && Math.min(length, anchorLength[i]) >= 6 ? 2 : 1;
      if (Math.abs(length - anchorLength[i]) > edits) continue;
      if (bitCount(a0 ^ p[3 * i]) + bitCount(a1 ^ p[3 * i + 1]) + bitCount(a2 ^ p[3 * i + 2]) <= 2 * edits) visit(anchorSlot[i]);
    }
  }
  return found.sort((x, y) => STRENGTH_RANK[y.verdict.strength] - STRENGTH_RANK[x.verdict.strength] || x.slot - y.slot);
}
