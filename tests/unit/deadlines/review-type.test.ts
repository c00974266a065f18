// The deadlines' own review types (lib/deadlines/review-type.ts) and the database's ReviewType
// enum hold the same values: a case read from the database goes to the deadlines as it is.
import { ReviewType as StoredReviewTypes, type ReviewType as StoredReviewType } from "@/lib/db/generated/enums.ts";
import { REVIEW_TYPES, type ReviewType } from "@/lib/deadlines/review-type.ts";

// compile-time: each type is assignable to the other
const toCore = (value: StoredReviewType): ReviewType => value;
const toStored = (value: ReviewType): StoredReviewType => value;

describe("review types", () => {
  it("are the database enum's values, in the same order", () => {
    expect([...REVIEW_TYPES]).toEqual(Object.values(StoredReviewTypes));
    expect(REVIEW_TYPES.map((t) => toStored(toCore(t)))).toEqual([...REVIEW_TYPES]);
  });
});
