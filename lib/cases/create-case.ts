// Intake creates a case from an IMR application (DWC Form IMR): case number, parties,
// disputed items with their categories, the application facts the eligibility rules read,
// and one access code per party that receives letters, all in one transaction. The case
// starts RECEIVED; intake then confirms eligibility (lib/intake/confirm-eligibility.ts).
// Organizations picked from the directory are stored with their entry; a typed one may be
// added to the directory in the same transaction (organizations.add_from_intake).
import type { Prisma } from "../db/generated/client.ts";
import type { PartyRole } from "../db/generated/enums.ts";
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor, StaffActor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { AppError } from "../errors.ts";
import { generateAccessCode, hashAccessCode } from "../parties/access-codes.ts";
import { sealAccessCode } from "../parties/sealed-codes.ts";
import { insertOrganization } from "../organizations/create-organization.ts";
import { createCaseInput, ORGANIZATION_PARTIES, type CreateCaseInput, type ServedPartyKey } from "./case-input.ts";
import { nextCaseNumber } from "./case-number.ts";

/** Parties that receive the letters and so get an access code. */
export const LETTER_RECIPIENT_ROLES: PartyRole[] = [
  "EMPLOYEE",
  "REPRESENTATIVE",
  "REQUESTING_PHYSICIAN",
  "CLAIMS_ADMINISTRATOR",
];

type NewParty = {
  role: PartyRole;
  name: string;
  identifier?: string;
  specialty?: string;
  address?: string;
  phone?: string;
  dateOfBirth?: Date;
  /** the organization a person works for, and the directory entry of the party (or of that organization) */
  organization?: string;
  directoryOrganizationId?: string;
  /** how the party is served the notices and the letter */
  email?: string;
  serviceMethod?: "MAIL" | "EMAIL" | "PORTAL";
  electronicServiceConsent?: boolean;
};

/** The service details intake recorded for one served party. */
function serviceOf(
  data: CreateCaseInput,
  key: ServedPartyKey,
): Pick<NewParty, "email" | "serviceMethod" | "electronicServiceConsent"> {
  return {
    email: data[`${key}Email`],
    serviceMethod: data[`${key}ServiceMethod`] ?? "MAIL",
    electronicServiceConsent: data[`${key}ElectronicConsent`] ?? false,
  };
}

const INVALID = "Please correct the highlighted fields.";

/** The directory entries the application names must exist (one query). */
async function checkDirectoryIds(tx: Prisma.TransactionClient, data: CreateCaseInput): Promise<void> {
  const chosen = ORGANIZATION_PARTIES.flatMap(({ key, label }) => {
    const id = data[`${key}OrganizationId`];
    return id ? [{ key, label, id }] : [];
  });
  if (chosen.length === 0) return;
  const found = new Set(
    (await tx.organization.findMany({ where: { id: { in: chosen.map((c) => c.id) } }, select: { id: true } })).map(
      (o) => o.id,
    ),
  );
  const missing = chosen.filter((c) => !found.has(c.id));
  if (missing.length > 0) {
    throw new AppError(
      "VALIDATION",
      INVALID,
      Object.fromEntries(
        missing.map((c) => [
          `${c.key}OrganizationId`,
          [`The ${c.label} chosen is no longer in the directory. Pick it again, or type the name.`],
        ]),
      ),
    );
  }
}

/** Adds the typed organizations intake asked to add; returns the directory id of each organization party. */
async function directoryIdsOf(
  tx: Prisma.TransactionClient,
  staff: StaffActor,
  data: CreateCaseInput,
): Promise<Partial<Record<PartyRole, string>>> {
  await checkDirectoryIds(tx, data);
  const ids: Partial<Record<PartyRole, string>> = {};
  for (const { key, role, kind } of ORGANIZATION_PARTIES) {
    const name = data[`${key}Name`];
    const chosen = data[`${key}OrganizationId`];
    if (chosen) ids[role] = chosen;
    else if (name && data[`${key}AddToDirectory`]) {
      const adder = requirePermission(staff, "organizations.add_from_intake");
      ids[role] = (
        await insertOrganization(
          tx,
          adder,
          { kind, name, aliases: [], identifier: null, parentId: null, note: null },
          "intake",
        )
      ).organizationId;
    }
  }
  return ids;
}

export type IssuedAccessCode = { role: PartyRole; name: string; code: string };
export type CreatedCase = { caseId: string; caseNumber: string; accessCodes: IssuedAccessCode[] };

export async function createCase({
  actor,
  input,
  now = new Date(),
  separateFromDuplicate,
  alsoInTransaction,
}: {
  actor: Actor | null;
  input: unknown;
  now?: Date;
  separateFromDuplicate?: string;
  /** more work that must commit with the case or not at all (an online filing accepted: lib/filings) */
  alsoInTransaction?: (tx: Prisma.TransactionClient, created: { caseId: string; caseNumber: string }) => Promise<void>;
}): Promise<CreatedCase> {
  const staff = requirePermission(actor, "cases.create");
  const data = createCaseInput.parse(input);
  const specialty = await db().specialty.findUnique({ where: { code: data.specialtyCode } });
  if (!specialty)
    throw new AppError("VALIDATION", "Please correct the highlighted fields.", {
      specialtyCode: ["Choose a specialty from the list."],
    });

  const categoryIds = [...new Set(data.items.map((item) => item.categoryId).filter((id): id is string => Boolean(id)))];
  const categories = categoryIds.length
    ? await db().treatmentCategory.findMany({ where: { id: { in: categoryIds } } })
    : [];
  if (categories.length !== categoryIds.length) {
    throw new AppError("VALIDATION", INVALID, { items: ["Choose each item's category from the list."] });
  }
  const categoryOf = new Map(categories.map((c) => [c.id, c]));

  const parties: NewParty[] = [
    {
      role: "EMPLOYEE",
      name: data.employeeName,
      address: data.employeeAddress,
      phone: data.employeePhone,
      dateOfBirth: data.employeeDateOfBirth,
      ...serviceOf(data, "employee"),
    },
    { role: "EMPLOYER", name: data.employerName },
    {
      role: "CLAIMS_ADMINISTRATOR",
      name: data.claimsAdministratorName,
      address: data.claimsAdministratorAddress,
      ...serviceOf(data, "claimsAdministrator"),
    },
    {
      role: "REQUESTING_PHYSICIAN",
      name: data.requestingPhysicianName,
      identifier: data.requestingPhysicianNpi,
      specialty: data.requestingPhysicianSpecialty,
      address: data.requestingPhysicianAddress,
      organization: data.medicalGroupName,
      ...serviceOf(data, "requestingPhysician"),
    },
    ...(data.representativeName
      ? [
          {
            role: "REPRESENTATIVE" as const,
            name: data.representativeName,
            address: data.representativeAddress,
            ...serviceOf(data, "representative"),
          },
        ]
      : []),
    ...(data.urOrganizationName ? [{ role: "UR_ORGANIZATION" as const, name: data.urOrganizationName }] : []),
    ...(data.urReviewerName
      ? [
          {
            role: "UR_REVIEWER" as const,
            name: data.urReviewerName,
            identifier: data.urReviewerNpi,
            organization: data.urOrganizationName,
          },
        ]
      : []),
    ...(data.medicalGroupName ? [{ role: "MEDICAL_GROUP" as const, name: data.medicalGroupName }] : []),
    ...(data.facilityName ? [{ role: "FACILITY" as const, name: data.facilityName }] : []),
    ...(data.manufacturerName ? [{ role: "MANUFACTURER" as const, name: data.manufacturerName }] : []),
  ];
  /** a person's directory entry is their organization's */
  const EMPLOYED_BY: Partial<Record<PartyRole, PartyRole>> = {
    REQUESTING_PHYSICIAN: "MEDICAL_GROUP",
    UR_REVIEWER: "UR_ORGANIZATION",
  };
  const accessCodes: IssuedAccessCode[] = parties
    .filter((party) => LETTER_RECIPIENT_ROLES.includes(party.role))
    .map((party) => ({ role: party.role, name: party.name, code: generateAccessCode() }));

  const receivedAt = data.receivedAt ?? now;
  return db().$transaction(async (tx) => {
    const directoryIds = await directoryIdsOf(tx, staff, data);
    const directoryIdOf = (role: PartyRole) => directoryIds[role] ?? directoryIds[EMPLOYED_BY[role] ?? role] ?? null;
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
        urDecisionReference: data.urDecisionReference ?? null,
        claimNumber: data.claimNumber,
        // the lists' copies of the two parties' names (lib/cases/case-list-names.ts)
        employeeName: data.employeeName,
        claimsAdministratorName: data.claimsAdministratorName,
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
              organization: party.organization ?? null,
              directoryOrganizationId: directoryIdOf(party.role),
              identifier: party.identifier ?? null,
              specialty: party.specialty ?? null,
              address: party.address ?? null,
              phone: party.phone ?? null,
              email: party.email ?? null,
              serviceMethod: party.serviceMethod ?? "MAIL",
              electronicServiceConsent: party.electronicServiceConsent ?? false,
              dateOfBirth: party.dateOfBirth ?? null,
              ...(issued
                ? {
                    accessCode: {
                      create: { codeHash: hashAccessCode(issued.code), sealedCode: sealAccessCode(issued.code) },
                    },
                  }
                : {}),
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
      payload: {
        caseNumber,
        reviewType: data.reviewType,
        items: data.items.length,
        ...(separateFromDuplicate ? { separateFromDuplicate } : {}),
      },
    });
    await alsoInTransaction?.(tx, { caseId: created.id, caseNumber });
    return { caseId: created.id, caseNumber, accessCodes };
  });
}
