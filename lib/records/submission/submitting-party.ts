// Who may send records on a case, read inside the caller's transaction: the acting party of
// its own case (the party session's party and case, never an input), with a role that sends
// records (./submission-rules.ts), while the case waits for records (AWAITING_RECORDS; lib/
// cases/case-status-rules.ts "records.submit"). Anything else is "not found" or a refusal in words.
import type { Prisma } from "../../db/generated/client.ts";
import type { PartyRole } from "../../db/generated/enums.ts";
import type { Actor, PartyActor } from "../../auth/actor.ts";
import { AppError, notFound } from "../../errors.ts";
import { CASE_ACTION_REFUSALS, statusAllows } from "../../cases/case-status-rules.ts";
import { SUBMITTING_ROLES } from "./submission-rules.ts";

export type SubmittingParty = {
  actor: PartyActor;
  role: PartyRole;
  caseId: string;
  caseOpen: boolean;
  request: { id: string; dueAt: Date; declaredCompleteAt: Date | null } | null;
};

type Reader = Pick<Prisma.TransactionClient, "party">;

export const OPEN_CASE_ONLY = CASE_ACTION_REFUSALS["records.submit"];

/** The party, if it is one that sends records on its own case; throws otherwise. */
export async function submittingParty(tx: Reader, actor: Actor | null): Promise<SubmittingParty> {
  if (!actor || actor.kind !== "party")
    throw new AppError("UNAUTHENTICATED", "Open your case with its number and your access code first.");
  const party = await tx.party.findFirst({
    where: { id: actor.partyId, caseId: actor.caseId },
    select: {
      role: true,
      case: {
        select: {
          id: true,
          status: true,
          recordsRequests: {
            select: { id: true, dueAt: true, declaredCompleteAt: true },
            orderBy: { requestedAt: "desc" },
            take: 1,
          },
        },
      },
    },
  });
  if (!party) throw notFound("Case");
  if (!SUBMITTING_ROLES.includes(party.role)) throw new AppError("FORBIDDEN", "You do not have permission to do that.");
  return {
    actor,
    role: party.role,
    caseId: party.case.id,
    caseOpen: statusAllows(party.case.status, "records.submit"),
    request: party.case.recordsRequests[0] ?? null,
  };
}

/** The same, refusing when the case no longer takes records. */
export async function openSubmittingParty(tx: Reader, actor: Actor | null): Promise<SubmittingParty> {
  const found = await submittingParty(tx, actor);
  if (!found.caseOpen) throw new AppError("CONFLICT", OPEN_CASE_ONLY);
  return found;
}
