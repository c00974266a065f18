// Which candidates a waiting case's page lists (components/matching/candidates-shown.ts).
import { candidatesShown, withPossibleConflict } from "@/components/matching/candidates-shown.ts";
import type { CaseCandidate } from "@/lib/cases/case-candidates.ts";

const qualified = (n: number): CaseCandidate => ({
  reviewerId: `q${n}`,
  name: `Qualified ${n}`,
  qualified: true,
  reasons: [],
  score: 100 - n,
  scoreParts: [],
});
const excluded = (n: number, code: string, possible = false): CaseCandidate => ({
  reviewerId: `x${n}`,
  name: `Excluded ${n}`,
  qualified: false,
  reasons: [
    {
      code,
      message: code,
      ...(possible
        ? {
            possibleConflict: {
              pairKey: `k${n}`,
              affiliationName: "A",
              partyName: "B",
              partyLabel: "the claims administrator",
              reason: "r",
            },
          }
        : {}),
    },
  ],
  score: null,
  scoreParts: [],
});

const ids = (list: CaseCandidate[]) => list.map((c) => c.reviewerId);

describe("candidatesShown", () => {
  const panel = [
    ...Array.from({ length: 5 }, (_, i) => qualified(i)),
    excluded(1, "NO_VALID_LICENSE"),
    excluded(2, "AT_CAPACITY"),
    excluded(3, "CONFLICT_OF_INTEREST"),
    excluded(4, "ON_LEAVE"),
    excluded(5, "POSSIBLE_CONFLICT", true),
    excluded(6, "PRIOR_REVIEWER"),
    excluded(7, "DECLINED_THIS_CASE"),
    excluded(8, "OFFER_WITHDRAWN_THIS_CASE"),
  ];

  test.each([
    // [limit, all, qualified shown, not offered shown]
    [3, false, ["q0", "q1", "q2"], ["x3", "x5", "x6"]],
    [6, false, ["q0", "q1", "q2", "q3", "q4"], ["x3", "x5", "x6", "x7", "x8", "x1"]],
    [3, true, ["q0", "q1", "q2", "q3", "q4"], ["x3", "x5", "x6", "x7", "x8", "x1", "x2", "x4"]],
    [0, false, [], []],
  ] as const)("the first %i of each list (all: %s)", (limit, all, shownQualified, shownExcluded) => {
    const shown = candidatesShown(panel, all, limit);
    expect(ids(shown.qualified)).toEqual(shownQualified);
    expect(ids(shown.excluded)).toEqual(shownExcluded);
    expect(shown.qualifiedTotal).toBe(5);
    expect(shown.excludedTotal).toBe(8);
  });

  test("an empty panel gives empty lists", () => {
    expect(candidatesShown([], false)).toEqual({ qualified: [], excluded: [], qualifiedTotal: 0, excludedTotal: 0 });
  });

  test("the possible conflicts are found wherever they are in the lists", () => {
    const many = [...Array.from({ length: 30 }, (_, i) => excluded(100 + i, "AT_CAPACITY")), ...panel];
    expect(ids(withPossibleConflict(many))).toEqual(["x5"]);
  });
});
