// Loads what automatic and batch assignment need and runs the pure matching on it. Nothing
// is written here: the use case that assigns stores the result in its own transaction.
import { db } from "../../db/client.ts";
import { chooseReviewer, type AutoAssignChoice } from "../../matching/auto-assign.ts";
import { batchAssign, type BatchOptions, type BatchResult } from "../../matching/batch-assign.ts";
import type { CaseForMatching, QualificationRules, ReviewerForMatching } from "../../matching/types.ts";
import { loadCaseForMatching, loadPanel, loadWaitingCases, type MatchingReader } from "./load-matching-data.ts";
import { loadMatchingSettings } from "./load-matching-settings.ts";

export async function planAutoAssignment(
  caseId: string,
  reader: MatchingReader = db(),
  now: Date = new Date(),
): Promise<AutoAssignChoice> {
  const rules = await loadMatchingSettings(reader);
  const kase = await loadCaseForMatching(caseId, reader);
  const panel = await loadPanel(reader, now);
  return chooseReviewer(kase, panel, rules, now);
}

/** The batch plan, with the cases, panel and rules it was computed from (to explain each choice). */
export async function planBatchAssignment(
  reader: MatchingReader = db(),
  now: Date = new Date(),
  options: Omit<BatchOptions, "rules" | "now"> = {},
): Promise<{ cases: CaseForMatching[]; panel: ReviewerForMatching[]; rules: QualificationRules; result: BatchResult }> {
  const rules = await loadMatchingSettings(reader);
  const cases = await loadWaitingCases(reader);
  const panel = await loadPanel(reader, now);
  return { cases, panel, rules, result: batchAssign(cases, panel, { ...options, rules, now }) };
}
