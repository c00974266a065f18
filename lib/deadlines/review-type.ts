// The kinds of review, as the deadlines know them: a standard review (30 days), an expedited
// one (72 hours) and a formulary dispute (5 working days). The database's ReviewType enum
// holds the same three values; tests/unit/deadlines/review-type.test.ts keeps the two equal.
export const REVIEW_TYPES = ["STANDARD", "EXPEDITED", "FORMULARY"] as const;

export type ReviewType = (typeof REVIEW_TYPES)[number];
