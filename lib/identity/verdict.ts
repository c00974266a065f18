// A verdict on two mentions: how sure it is that they name the same person or organisation,
// and why, in words. Shared by the comparisons (compare.ts, organization-name.ts,
// person-name-match.ts) and the index (mention-index.ts).
export type MatchStrength = "EXACT" | "STRONG" | "POSSIBLE" | "DIFFERENT";
export type MatchVerdict = { strength: MatchStrength; reason: string };

export const STRENGTH_RANK: Record<MatchStrength, number> = { EXACT: 3, STRONG: 2, POSSIBLE: 1, DIFFERENT: 0 };
