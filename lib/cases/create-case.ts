// Intake creates a case from an IMR application: case number, parties, disputed items
// and one access code per party that receives letters, all in one transaction.
import type { PartyRole } from "../db/generated/enums.ts";
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { AppError } from "../errors.ts";
import { determinationDueAt } from "../deadlines/determination-due.ts";
import { generateAccessCode, hashAccessCode } from "../parties/access-codes.ts";
import { createCaseInput } from "./case-input.ts";
import { nextCaseNumber } from "./case-number.ts";

/** Parties that receive the letters and so get an access code. */
export const LETTER_RECIPIENT_ROLES: PartyRole[] = ["EMPLOYEE", "REPRESENTATIVE", "REQUESTING_PHYSICIAN", "CLAIMS_ADMINISTRATOR"];

export type IssuedAccessCode = { role: PartyRole; name: string; code: string };
export type CreatedCase = { caseId: string; caseNumber: string; accessCodes: IssuedAccessCode[] };

export async function createCase({ actor, input, now = new Date() }: { actor: Actor | null; input: unknown; now?: Date }): Promise<CreatedCase> {
  const staff = requirePermission(actor, "cases.create");
  const data = createCaseInput.parse(input);
  const specialty = await db().specialty.findUnique({ where: { code: data.specialtyCode } });
  if (!specialty) throw new AppError("VALIDATION", "Please correct the highlighted fields.", { specialtyCode: ["Choose a specialty from the list."] });

  const parties: { role: PartyRole; name: string; identifier?: string }[] = [
    { role: "EMPLOYEE", name: data.employeeName },
    { role: "EMPLOYER", name: data.employerName },
    { role: "CLAIMS_ADMINISTRATOR", name: data.claimsAdministratorName },
    { role: "REQUESTING_PHYSICIAN", name: data.requestingPhysicianName, identifier: data.requestingPhysicianNpi },
    ...(data.representativeName ? [{ role: "REPRESENTATIVE" as const, name: data.representativeName }] : []),
  ];
  const accessCodes: IssuedAccessCode[] = parties
    .filter((party) => LETTER_RECIPIENT_ROLES.includes(party.role))
    .map((party) => ({ role: party.role, name: party.name, code: generateAccessCode() }));

  return db().$transaction(async (tx) => {
    const caseNumber = await nextCaseNumber(tx, now);
    const created = await tx.case.create({
      data: {
        caseNumber,
        status: "READY_FOR_ASSIGNMENT",
        reviewType: data.reviewType,
        receivedAt: now,
        dueAt: determinationDueAt(data.reviewType, now),
        dateOfInjury: data.dateOfInjury,
        urDecisionDate: data.urDecisionDate,
        claimNumber: data.claimNumber,
        specialtyCode: data.specialtyCode,
        createdById: staff.userId,
        items: { create: data.items.map((description, index) => ({ ordinal: index + 1, description })) },
        parties: {
          create: parties.map((party) => {
            const issued = accessCodes.find((code) => code.role === party.role);
            return {
              role: party.role,
              name: party.name,
              identifier: party.identifier ?? null,
              ...(issued ? { accessCode: { create: { codeHash: hashAccessCode(issued.code) } } } : {}),
            };
          }),
        },
      },
    });
    await recordAudit(tx, staff, {
      action: "case.created",
      entityType: "Case",
      entityId: created.id,
      caseId: created.id,
      payload: { caseNumber, reviewType: data.reviewType, items: data.items.length },
    });
    return { caseId: created.id, caseNumber, accessCodes };
  });
}
