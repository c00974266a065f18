// The words of audit actions (lib/audit-viewer/audit-actions.ts): every action the writer
// declares can be chosen as a filter; an action no longer written keeps its words for the
// rows already in the trail but is not offered; an unknown one is shown by its code.
import { auditActionWords, KNOWN_AUDIT_ACTIONS, RETIRED_AUDIT_ACTION_WORDS } from "@/lib/audit-viewer/audit-actions.ts";

test.each([
  ["case.created", "created the case"],
  ["decision.publication_blocked", "held back publication (personal data found)"],
  ["something.else", "recorded “something.else”"],
])("%s reads as %j", (action, words) => {
  expect(auditActionWords(action)).toBe(words);
});

test("retired actions are not offered as a filter", () => {
  for (const action of Object.keys(RETIRED_AUDIT_ACTION_WORDS)) expect(KNOWN_AUDIT_ACTIONS).not.toContain(action);
  expect(KNOWN_AUDIT_ACTIONS).not.toEqual(expect.arrayContaining(["case.records_requested"]));
  expect(KNOWN_AUDIT_ACTIONS).not.toEqual(expect.arrayContaining(["application.draft_saved"]));
});
