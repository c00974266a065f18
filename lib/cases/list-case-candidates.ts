// The administrator's view of who may take a waiting case: every reviewer's verdict, the
// qualified ones ranked with their score in words, those who declined this case left out.
import { db } from "../db/client.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { screenForOffer, type CaseCandidate } from "./case-candidates.ts";

export async function listCaseCandidates({
  actor,
  caseId,
  now = new Date(),
}: {
  actor: Actor | null;
  caseId: string;
  now?: Date;
}): Promise<CaseCandidate[]> {
  requirePermission(actor, "cases.assign");
  // in a transaction, as the offer itself reads it: the sequential reads share one connection
  return db().$transaction((tx) => screenForOffer(tx, caseId, now));
}
