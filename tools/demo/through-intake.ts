// Takes a demo case through intake as a person would: eligibility confirmed as the rules
// find it, then records complete, so that it waits for assignment.
import type { StaffActor } from "../../lib/auth/actor.ts";
import { confirmEligibility, evaluateEligibility } from "../../lib/intake/confirm-eligibility.ts";
import { markRecordsComplete } from "../../lib/records/mark-records-complete.ts";

export async function throughIntake(
  intake: StaffActor,
  caseId: string,
  { recordsComplete = true } = {},
): Promise<void> {
  const { outcome } = await evaluateEligibility(caseId);
  await confirmEligibility({ actor: intake, input: { caseId, outcome } });
  if (outcome === "ELIGIBLE" && recordsComplete) await markRecordsComplete({ actor: intake, input: { caseId } });
}
