// Intake creates a case from an IMR application (DWC Form IMR): case number, parties,
// disputed items with their categories, the application facts the eligibility rules read,
// and one access code per party that receives letters, all in one transaction. The case
// starts RECEIVED; intake then confirms eligibility (lib/intake/confirm-eligibility.ts).
import type { PartyRole } from "../db/generated/enums.ts";
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { AppError } from "../errors.ts";
import { generateAccessCode, hashAccessCode } from "../parties/access-codes.ts";
import { createCaseInput } from "./case-input.ts";
import { nextCaseNumber } from "./case-number.ts";

/** Parties that receive the letters and so get an access code. */
export const LETTER_RECIPIENT_ROLES: PartyRole[] = ["EMPLOYEE", "REPRESENTATIVE", "REQUESTING_PHYSICIAN", "CLAIMS_ADMINISTRATOR"];

type NewParty = { role: PartyRole; name: string; identifier?: string; specialty?: string; address?: string; phone?: string; dateOfBirth?: Date };

export type IssuedAccessCode = { role: PartyRole; name: string; code: string };
export type CreatedCase = { caseId: string; caseNumber: string; accessCodes: IssuedAccessCode[] };

export async function createCase({ actor, input, now = new Date(), separateFromDuplicate }: { actor: Actor | null; input: unknown; now?: Date; separateFromDuplicate?: string }): Promise<CreatedCase> {
  const staff = requirePermission(actor, "cases.create");
  const data = createCaseInput.parse(input);
  const specialty = await db().specialty.findUnique({ where: { code: data.specialtyCode } });
  if (!specialty) throw new AppError("VALIDATION", "Please correct the highlighted fields.", { specialtyCode: ["Choose a specialty from the list."] });

  const categoryIds = [...new Set(data.items.map((item) => item.categoryId).filter((id): id is string => Boolean(id)))];
  const categories = categoryIds.length ? await db().treatmentCategory.findMany({ where: { id: { in: categoryIds } } }) : [];
  if (categories.length !== categoryIds.length) {
    throw new AppError("VALIDATION", "Please correct the highlighted fields.", { items: ["Choose each item's category from the list."] });
  }
  const categoryOf = new Map(categories.map((c) => [c.id, c]));

  const parties: NewParty[] = [
    { role: "EMPLOYEE", name: data.employeeName, address: data.employeeAddress, phone: data.employeePhone, dateOfBirth: data.employeeDateOfBirth },
    { role: "EMPLOYER", name: data.employerName },
    { role: "CLAIMS_ADMINISTRATOR", name: data.claimsAdministratorName, address: data.claimsAdministratorAddress },
    { role: "REQUESTING_PHYSICIAN", name: data.requestingPhysicianName, identifier: data.requestingPhysicianNpi, specialty: data.requestingPhysicianSpecialty, address: data.requestingPhysicianAddress },
    ...(data.representativeName ? [{ role: "REPRESENTATIVE" as const, name: data.representativeName }] : []),
    ...(data.urOrganizationName ? [{ role: "UR_ORGANIZATION" as const, name: data.urOrganizationName }] : []),
  ];
  const accessCodes: IssuedAccessCode[] = parties
    .filter((party) => LETTER_RECIPIENT_ROLES.includes(party.role))
    .map((party) => ({ role: party.role, name: party.name, code: generateAccessCode() }));

  const receivedAt = data.receivedAt ?? now;
  return db().$transaction(async (tx) => {
    const caseNumber = await nextCaseNumber(tx, receivedAt);
    const created = await tx.case.create({
      data: {
        caseNumber,
        status: "RECEIVED",
        reviewType: data.reviewType,
        receivedAt,
        // The determination clock starts when the records are complete (lib/records).
        dueAt: null,
        urServiceMethod: data.urServiceMethod ?? null,
        urDecisionKind: data.urDecisionKind ?? null,
        urDecisionServedOn: data.urDecisionServedOn ?? null,
        expeditedCertified: data.expeditedCertified,
        signed: data.signed,
        urDecisionAttached: data.urDecisionAttached,
        liabilityDisputed: data.liabilityDisputed,
        arrivalChannel: data.arrivalChannel,
        employeeSex: data.employeeSex ?? null,
        dateOfInjury: data.dateOfInjury,
        urDecisionDate: data.urDecisionDate,
        claimNumber: data.claimNumber,
        specialtyCode: data.specialtyCode,
        createdById: staff.userId,
        items: {
          create: data.items.map((item, index) => ({
            ordinal: index + 1,
            description: item.description,
            category: item.categoryId ? categoryOf.get(item.categoryId)!.category : null,
            subcategory: item.categoryId ? categoryOf.get(item.categoryId)!.subcategory : null,
          })),
        },
        parties: {
          create: parties.map((party) => {
            const issued = accessCodes.find((code) => code.role === party.role);
            return {
              role: party.role,
              name: party.name,
              identifier: party.identifier ?? null,
              specialty: party.specialty ?? null,
              address: party.address ?? null,
              phone: party.phone ?? null,
              dateOfBirth: party.dateOfBirth ?? null,
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
      payload: { caseNumber, reviewType: data.reviewType, items: data.items.length, ...(separateFromDuplicate ? { separateFromDuplicate } : {}) },
    });
    return { caseId: created.id, caseNumber, accessCodes };
  });
}
