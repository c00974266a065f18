// Loads a case, the matching settings and the reviewer panel, and gives every reviewer a
// verdict for the case: qualified ones first, best-ranked first, each with its score in
// words; the others with every reason they are not qualified.
import { db } from "../../db/client.ts";
import { screenReviewers, type CandidateVerdict } from "../../matching/qualify-reviewer.ts";
import { loadCaseForMatching, loadPanel, type MatchingReader } from "./load-matching-data.ts";
import { loadMatchingSettings } from "./load-matching-settings.ts";

export async function screenCaseCandidates(
  caseId: string,
  reader: MatchingReader = db(),
  now: Date = new Date(),
): Promise<CandidateVerdict[]> {
  // Sequential: inside a transaction the reads share one connection.
  const rules = await loadMatchingSettings(reader);
  const kase = await loadCaseForMatching(caseId, reader);
  const panel = await loadPanel(reader, now);
  return screenReviewers(panel, kase, rules, now);
}
