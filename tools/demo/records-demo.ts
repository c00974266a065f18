// The demo case waiting for records, and the access code of its claims administrator. Codes
// are random and shown once; this demo code is fixed so that setup can print it on every run
// (it is the demo's published password for a party, never used outside demo data). A
// newcomer opens the case at /access with its number and this code, sends records and
// declares them complete; intake then marks the records complete.
import { db } from "../../lib/db/client.ts";
import type { StaffActor } from "../../lib/auth/actor.ts";
import { createCase } from "../../lib/cases/create-case.ts";
import { hashAccessCode } from "../../lib/parties/access-codes.ts";
import { RECORDS_CASE } from "./demo-cases.ts";
import { throughIntake } from "./through-intake.ts";

export const DEMO_RECORDS_CODE = "DEMO-RECS-2026-CLMS";

export async function seedRecordsDemoCase(intake: StaffActor): Promise<void> {
  const { caseId } = await createCase({ actor: intake, input: RECORDS_CASE });
  await throughIntake(intake, caseId, { recordsComplete: false });
  const party = await db().party.findFirstOrThrow({ where: { caseId, role: "CLAIMS_ADMINISTRATOR" } });
  await db().partyAccessCode.update({
    where: { partyId: party.id },
    data: { codeHash: hashAccessCode(DEMO_RECORDS_CODE) },
  });
}

/** The case number and code to print, or null when the demo case is not there. */
export async function recordsDemoSignIn(): Promise<{ caseNumber: string; code: string } | null> {
  const kase = await db().case.findFirst({
    where: { claimNumber: RECORDS_CASE.claimNumber },
    select: { caseNumber: true },
  });
  return kase ? { caseNumber: kase.caseNumber, code: DEMO_RECORDS_CODE } : null;
}
