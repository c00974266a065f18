// Fast screening of many mentions against a few: a case's parties are indexed once, then each
// reviewer affiliation (prepared once per panel) is looked up. Only entries sharing a blocking
// key (mention-keys.ts) get the full comparison; a look-up of an unrelated name costs a few
// map reads.
import { compareMentions, STRENGTH_RANK, type MatchVerdict, type PreparedMention } from "./compare.ts";

export type MentionIndex = {
  mentions: PreparedMention[];
  /** Blocking key -> slots of the mentions filed under it. */
  byKey: Map<string, number[]>;
  /** Per-slot marker of the look-up that last visited it (no set allocated per look-up). */
  visited: Uint32Array;
  lookups: number;
};

export function buildMentionIndex(mentions: PreparedMention[]): MentionIndex {
  const byKey = new Map<string, number[]>();
  mentions.forEach((m, slot) => {
    for (const key of m.keys) {
      const slots = byKey.get(key);
      if (slots) { if (slots[slots.length - 1] !== slot) slots.push(slot); } else byKey.set(key, [slot]);
    }
  });
  return { mentions, byKey, visited: new Uint32Array(mentions.length), lookups: 0 };
}

/** Every mention in the index that is not DIFFERENT from m, strongest first. */
export function findMatches(index: MentionIndex, m: PreparedMention): { slot: number; verdict: MatchVerdict }[] {
  const stamp = (index.lookups = (index.lookups + 1) >>> 0 || 1);
  const found: { slot: number; verdict: MatchVerdict }[] = [];
  for (const probe of m.probes) {
    const slots = index.byKey.get(probe);
    if (!slots) continue;
    for (const slot of slots) {
      if (index.visited[slot] === stamp) continue;
      index.visited[slot] = stamp;
      const verdict = compareMentions(index.mentions[slot], m);
      if (verdict.strength !== "DIFFERENT") found.push({ slot, verdict });
    }
  }
  return found.sort((x, y) => STRENGTH_RANK[y.verdict.strength] - STRENGTH_RANK[x.verdict.strength] || x.slot - y.slot);
}
