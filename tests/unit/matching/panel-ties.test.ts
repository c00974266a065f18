// The panel-wide screen of a case's parties (panel.ts mayBeTied) may only skip reviewers that
// the exact conflict test clears: on random panels of look-alike names (abbreviations, typos,
// nicknames, initials, acronyms, directory parents), eligibility with the screen equals
// eligibility without it, for every case and reviewer.
import { isEligible } from "@/lib/matching/hard-constraints.ts";
import { mayBeTied, preparePanel } from "@/lib/matching/panel.ts";
import { prepareCase } from "@/lib/matching/prepare.ts";
import { DEFAULT_QUALIFICATION_RULES } from "@/lib/matching/types.ts";
import { aff, caseFor, NOW, pick, reviewer, rng } from "./fixtures.ts";

const ORGANISATIONS = [
  "Pacific Claims Services, Inc.",
  "Pacific Claims Svcs.",
  "Pacfic Claims Services",
  "PCS",
  "Zenith Insurance Company",
  "Zenith",
  "Zenith Ins. Co.",
  "State Compensation Insurance Fund",
  "SCIF",
  "Golden State Claims Co.",
  "Golden St. Claims",
  "Sierra Medical Group",
  "Sierra Med. Grp",
  "Valley Medical Group",
  "St. Mary's Surgery Center",
  "Saint Marys Surgery Ctr",
  "Medtronic USA, Inc.",
  "Medtronic",
];
const PEOPLE = [
  "Robert Chen, MD",
  "Bob Chen",
  "R. Chen",
  "Chen, Robert",
  "Robert Chen-Li",
  "Jane Doe",
  "Jayne Doe",
  "DOE, JANE",
  "John Doe",
  "María López",
  "Maria Lopez",
  "Lopez",
];
const LINK = { id: "org-child", name: "Pacific Claims Services, Inc.", aliases: ["PCS"], ancestorIds: ["org-parent"] };

test("screening the parties against the whole panel never changes who is eligible", () => {
  const random = rng(20261206);
  const reviewers = Array.from({ length: 300 }, (_, i) =>
    reviewer({
      reviewerId: `r-${String(i).padStart(3, "0")}`,
      affiliations: Array.from({ length: 1 + (i % 3) }, () => {
        const person = random() < 0.4;
        const a = aff(pick(random, person ? PEOPLE : ORGANISATIONS), null, person ? "PHYSICIAN" : "EMPLOYER");
        return random() < 0.1
          ? {
              ...a,
              directory: {
                id: random() < 0.5 ? "org-parent" : "org-child",
                name: a.name,
                aliases: [],
                ancestorIds: [],
              },
            }
          : a;
      }),
    }),
  );
  const panel = preparePanel(reviewers, DEFAULT_QUALIFICATION_RULES, NOW);
  let skipped = 0,
    compared = 0;
  for (let c = 0; c < 60; c++) {
    const pc = prepareCase(
      caseFor({
        caseId: `c-${c}`,
        parties: [
          { role: "EMPLOYEE", name: pick(random, PEOPLE), identifier: null },
          {
            role: "CLAIMS_ADMINISTRATOR",
            name: pick(random, ORGANISATIONS),
            identifier: null,
            directory: random() < 0.3 ? LINK : null,
          },
          {
            role: "REQUESTING_PHYSICIAN",
            name: pick(random, PEOPLE),
            identifier: null,
            organization: pick(random, ORGANISATIONS),
          },
          { role: "MANUFACTURER", name: pick(random, ORGANISATIONS), identifier: null },
        ],
      }),
    );
    const tied = mayBeTied(panel, pc);
    panel.reviewers.forEach((pr, index) => {
      compared++;
      if (tied[index] === 0) skipped++;
      expect([pr.reviewer.reviewerId, isEligible(pc, pr, tied[index] === 1)]).toEqual([
        pr.reviewer.reviewerId,
        isEligible(pc, pr),
      ]);
    });
  }
  // the screen does skip work: most reviewers share no key with a case's parties
  expect(skipped).toBeGreaterThan(0);
  expect(compared).toBe(300 * 60);
});
