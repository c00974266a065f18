// Intake corrects a case's application after it was created: a typo in a name, the claim
// number, a date, the UR decision's reference, a party's address, e-mail or way of service,
// a disputed item's wording. These go into the notices and the letter, so the correction is
// stated (a reason), recorded field by field (before and after) in the audit trail, and made
// in one transaction with its audit row. The case number and the review type are not facts
// of the application to correct here. Allowed until the letter is issued; after that only
// while an amendment of the letter is under way (the amended letter then carries the
// corrected facts): otherwise intake is pointed to an amendment.
import { z } from "zod";
import { db } from "../db/client.ts";
import type { Prisma } from "../db/generated/client.ts";
import type { DeterminationStatus } from "../db/generated/enums.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { syncCaseListNames } from "./case-list-names.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { AppError, conflict, notFound } from "../errors.ts";
import { californiaToday, formatCaliforniaDate, toIsoDate } from "../format/dates.ts";
import { isUuid } from "../format/ids.ts";
import { caseWhereForActor } from "./case-access.ts";
import { isoDate, PARTY_SERVICE_METHODS, text } from "./case-input.ts";
import {
  EDITABLE_PARTIES,
  editFieldLabel,
  fieldsOf,
  type EditableParty,
  type PartyField,
} from "./application-edit-fields.ts";

// Each field may be left out (unchanged). A text that may be empty is cleared by "".
const clearable = (label: string, max: number) =>
  z
    .string({ error: `${label}: enter text.` })
    .trim()
    .max(max, `${label} is too long (at most ${max} characters).`)
    .optional()
    .transform((v) => (v === undefined ? undefined : v === "" ? null : v));

const email = (label: string) =>
  z
    .string({ error: `${label}: enter an e-mail address such as name@example.com.` })
    .trim()
    .max(200, `${label} is too long (at most 200 characters).`)
    .refine(
      (v) => v === "" || z.email().safeParse(v).success,
      `${label}: enter an e-mail address such as name@example.com.`,
    )
    .optional()
    .transform((v) => (v === undefined ? undefined : v === "" ? null : v));

function partyFieldSchema(party: EditableParty, field: PartyField): z.ZodType {
  const label = editFieldLabel(`${party.key}${field}`);
  switch (field) {
    case "Name":
      return text(label).optional();
    case "Address":
      return clearable(label, 300);
    case "Email":
      return email(label);
    case "ServiceMethod":
      return z.enum(PARTY_SERVICE_METHODS, { error: `${label}: choose mail, e-mail or the portal.` }).optional();
    case "ElectronicConsent":
      return z.boolean({ error: `${label}: tick or untick the box.` }).optional();
  }
}

const partyShape: Record<string, z.ZodType> = Object.fromEntries(
  EDITABLE_PARTIES.flatMap((party) =>
    fieldsOf(party).map((field) => [`${party.key}${field}`, partyFieldSchema(party, field)]),
  ),
);

export const editApplicationInput = z.object(
  {
    caseId: z.uuid({ error: "Unknown case." }),
    reason: z
      .string({ error: "State the reason for the correction." })
      .trim()
      .min(10, "State the reason for the correction (at least 10 characters).")
      .max(1000, "The reason is too long (at most 1000 characters)."),
    claimNumber: text("Claim number", 60).optional(),
    dateOfInjury: isoDate("Date of injury").optional(),
    urDecisionDate: isoDate("UR decision date").optional(),
    urDecisionReference: clearable("UR decision reference", 80),
    items: z
      .array(
        z.object(
          { itemId: z.uuid({ error: "Unknown disputed item." }), description: text("The disputed item", 1000) },
          { error: "Each disputed item needs its id and its text." },
        ),
        { error: "The disputed items must be a list." },
      )
      .max(20, "At most 20 disputed items.")
      .optional(),
    ...partyShape,
  },
  { error: "The correction could not be read; reload the page and try again." },
);

type Value = string | boolean | null;
export type ApplicationChange = { field: string; label: string; before: Value; after: Value };
export type EditedApplication = { caseId: string; caseNumber: string; changes: ApplicationChange[] };

type DeterminationFacts = { status: DeterminationStatus; amendsId: string | null; issuedAt: Date | null };

/**
 * Whether the application of a case can still be corrected (pure): yes until its letter is
 * issued, and after that while an amendment is under way; never while a letter is being issued.
 */
export function applicationEditability(
  caseNumber: string,
  determinations: DeterminationFacts[],
): { ok: true } | { ok: false; message: string } {
  if (determinations.some((d) => d.status === "APPROVED")) {
    return {
      ok: false,
      message: `The letter of case ${caseNumber} is being issued now, so its application cannot be corrected. Once the letter is issued, a correction needs an amendment of the letter.`,
    };
  }
  const issued = determinations.filter((d) => d.status === "ISSUED" || d.status === "SUPERSEDED");
  const amending = determinations.some(
    (d) => d.amendsId !== null && ["DRAFT", "RETURNED", "SUBMITTED"].includes(d.status),
  );
  if (issued.length > 0 && !amending) {
    const on = issued
      .map((d) => d.issuedAt)
      .filter((at): at is Date => at !== null)
      .sort((a, b) => b.getTime() - a.getTime())[0];
    return {
      ok: false,
      message:
        `The letter of case ${caseNumber} was issued${on ? ` on ${formatCaliforniaDate(on)}` : ""}, so its application can no longer be corrected on its own. ` +
        "A correction now needs an amendment of the letter: an administrator starts one from the case's page, and the application can then be corrected here for the amended letter.",
    };
  }
  return { ok: true };
}

const caseSelect = {
  id: true,
  caseNumber: true,
  claimNumber: true,
  dateOfInjury: true,
  urDecisionDate: true,
  urDecisionReference: true,
  urDecisionServedOn: true,
  parties: {
    select: {
      id: true,
      role: true,
      name: true,
      address: true,
      email: true,
      serviceMethod: true,
      electronicServiceConsent: true,
      dateOfBirth: true,
    },
  },
  items: { select: { id: true, ordinal: true, description: true }, orderBy: { ordinal: "asc" } },
  determinations: { select: { status: true, amendsId: true, issuedAt: true } },
} satisfies Prisma.CaseSelect;
type CaseFacts = Prisma.CaseGetPayload<{ select: typeof caseSelect }>;
type PartyFacts = CaseFacts["parties"][number];

const partyValue = (party: PartyFacts, field: PartyField): Value => {
  switch (field) {
    case "Name":
      return party.name;
    case "Address":
      return party.address;
    case "Email":
      return party.email;
    case "ServiceMethod":
      return party.serviceMethod;
    case "ElectronicConsent":
      return party.electronicServiceConsent;
  }
};

/** The application's correctable facts as the edit form shows them (a party's fields only when the case has that party). */
function currentValues(kase: CaseFacts): Record<string, string | boolean> {
  const values: Record<string, string | boolean> = {
    claimNumber: kase.claimNumber,
    dateOfInjury: toIsoDate(kase.dateOfInjury),
    urDecisionDate: toIsoDate(kase.urDecisionDate),
    urDecisionReference: kase.urDecisionReference ?? "",
  };
  for (const party of EDITABLE_PARTIES) {
    const found = kase.parties.find((p) => p.role === party.role);
    if (!found) continue;
    for (const field of fieldsOf(party)) values[`${party.key}${field}`] = partyValue(found, field) ?? "";
  }
  return values;
}

export type ApplicationForEdit = {
  caseId: string;
  caseNumber: string;
  values: Record<string, string | boolean>;
  /** the parties of the case whose fields the form shows */
  parties: { key: string; label: string; served: boolean }[];
  items: { id: string; ordinal: number; description: string }[];
  editable: { ok: true } | { ok: false; message: string };
};

/** What the "Edit application" form starts from, and whether the case can still be corrected. */
export async function applicationForEdit({
  actor,
  caseId,
}: {
  actor: Actor | null;
  caseId: string;
}): Promise<ApplicationForEdit> {
  const staff = requirePermission(actor, "cases.edit");
  if (!isUuid(caseId)) throw notFound("Case");
  const kase = await db().case.findFirst({
    where: { AND: [{ id: caseId }, caseWhereForActor(staff)] },
    select: caseSelect,
  });
  if (!kase) throw notFound("Case");
  return {
    caseId: kase.id,
    caseNumber: kase.caseNumber,
    values: currentValues(kase),
    parties: EDITABLE_PARTIES.filter((party) => kase.parties.some((p) => p.role === party.role)).map(
      ({ key, label, served }) => ({ key, label, served }),
    ),
    items: kase.items,
    editable: applicationEditability(kase.caseNumber, kase.determinations),
  };
}

const INVALID = "Please correct the highlighted fields.";

export async function editApplication({
  actor,
  input,
  now = new Date(),
}: {
  actor: Actor | null;
  input: unknown;
  now?: Date;
}): Promise<EditedApplication> {
  const staff = requirePermission(actor, "cases.edit");
  const data = editApplicationInput.parse(input) as z.infer<typeof editApplicationInput> &
    Record<string, Value | Date | undefined>;
  return db().$transaction(async (tx) => {
    const reachable = await tx.case.findFirst({
      where: { AND: [{ id: data.caseId }, caseWhereForActor(staff)] },
      select: { id: true },
    });
    if (!reachable) throw notFound("Case");
    // one correction of a case at a time; the case row is held until this one is recorded
    await tx.$executeRaw`SELECT id FROM "Case" WHERE id = ${data.caseId}::uuid FOR UPDATE`;
    const kase = await tx.case.findUniqueOrThrow({ where: { id: data.caseId }, select: caseSelect });
    const editable = applicationEditability(kase.caseNumber, kase.determinations);
    if (!editable.ok) throw conflict(editable.message);

    const errors: Record<string, string[]> = {};
    const refuse = (field: string, message: string) => {
      errors[field] = [...(errors[field] ?? []), message];
    };
    const changes: ApplicationChange[] = [];
    const note = (field: string, before: Value, after: Value) => {
      if (before !== after) changes.push({ field, label: editFieldLabel(field), before, after });
    };

    // the case's own facts
    const caseUpdate: Prisma.CaseUpdateInput = {};
    if (data.claimNumber !== undefined && data.claimNumber !== kase.claimNumber) {
      note("claimNumber", kase.claimNumber, data.claimNumber);
      caseUpdate.claimNumber = data.claimNumber;
    }
    const dateOfInjury = data.dateOfInjury ?? kase.dateOfInjury;
    const urDecisionDate = data.urDecisionDate ?? kase.urDecisionDate;
    if (data.dateOfInjury && toIsoDate(data.dateOfInjury) !== toIsoDate(kase.dateOfInjury)) {
      note("dateOfInjury", toIsoDate(kase.dateOfInjury), toIsoDate(data.dateOfInjury));
      caseUpdate.dateOfInjury = data.dateOfInjury;
    }
    if (data.urDecisionDate && toIsoDate(data.urDecisionDate) !== toIsoDate(kase.urDecisionDate)) {
      note("urDecisionDate", toIsoDate(kase.urDecisionDate), toIsoDate(data.urDecisionDate));
      caseUpdate.urDecisionDate = data.urDecisionDate;
    }
    if (data.urDecisionReference !== undefined && data.urDecisionReference !== kase.urDecisionReference) {
      note("urDecisionReference", kase.urDecisionReference, data.urDecisionReference);
      caseUpdate.urDecisionReference = data.urDecisionReference;
    }
    const datesChanged = "dateOfInjury" in caseUpdate || "urDecisionDate" in caseUpdate;
    if (datesChanged) {
      const today = californiaToday(now);
      const employee = kase.parties.find((p) => p.role === "EMPLOYEE");
      if (toIsoDate(dateOfInjury) > today) refuse("dateOfInjury", "Date of injury cannot be in the future.");
      if (toIsoDate(urDecisionDate) > today) refuse("urDecisionDate", "UR decision date cannot be in the future.");
      if (urDecisionDate < dateOfInjury)
        refuse("urDecisionDate", "UR decision date cannot be before the date of injury.");
      if (employee?.dateOfBirth && employee.dateOfBirth >= dateOfInjury)
        refuse("dateOfInjury", "The date of injury must be after the employee's date of birth.");
      if (kase.urDecisionServedOn && kase.urDecisionServedOn < urDecisionDate)
        refuse("urDecisionDate", "The UR decision cannot be dated after the day it was served.");
    }

    // the parties
    const partyUpdates: { id: string; data: Prisma.PartyUpdateInput }[] = [];
    for (const party of EDITABLE_PARTIES) {
      const given = fieldsOf(party).filter((field) => data[`${party.key}${field}`] !== undefined);
      if (given.length === 0) continue;
      const found = kase.parties.find((p) => p.role === party.role);
      if (!found) {
        for (const field of given) refuse(`${party.key}${field}`, `${party.label}: this case has none to correct.`);
        continue;
      }
      const update: Prisma.PartyUpdateInput = {};
      for (const field of given) {
        const key = `${party.key}${field}`;
        const before = partyValue(found, field);
        const after = data[key] as Value;
        if (before === after) continue;
        note(key, before, after);
        if (field === "Name") update.name = after as string;
        if (field === "Address") update.address = after as string | null;
        if (field === "Email") update.email = after as string | null;
        if (field === "ServiceMethod") update.serviceMethod = after as (typeof PARTY_SERVICE_METHODS)[number];
        if (field === "ElectronicConsent") update.electronicServiceConsent = after as boolean;
      }
      if (Object.keys(update).length === 0) continue;
      // electronic service needs the party's consent (Code Civ. Proc. 1010.6(a)(2)), and e-mail an address
      const method = (update.serviceMethod as string | undefined) ?? found.serviceMethod;
      const address = update.email !== undefined ? (update.email as string | null) : found.email;
      const consent =
        update.electronicServiceConsent !== undefined
          ? (update.electronicServiceConsent as boolean)
          : found.electronicServiceConsent;
      if ("serviceMethod" in update || "email" in update || "electronicServiceConsent" in update) {
        if (method === "EMAIL" && !address)
          refuse(`${party.key}Email`, `${party.label}: enter the e-mail address to serve by e-mail.`);
        if ((method === "EMAIL" || method === "PORTAL") && !consent)
          refuse(
            `${party.key}ElectronicConsent`,
            `${party.label}: electronic service needs the party's consent; tick the box or choose mail.`,
          );
      }
      partyUpdates.push({ id: found.id, data: update });
    }

    // the disputed items' wording
    const itemUpdates: { id: string; description: string }[] = [];
    const seen = new Set<string>();
    for (const [index, item] of (data.items ?? []).entries()) {
      const found = kase.items.find((i) => i.id === item.itemId);
      if (!found || seen.has(item.itemId)) {
        refuse(`items.${index}`, "This disputed item is not one of the case's (or is given twice); reload the page.");
        continue;
      }
      seen.add(item.itemId);
      if (found.description === item.description) continue;
      changes.push({
        field: `items.${found.ordinal - 1}`,
        label: editFieldLabel(`items.${found.ordinal - 1}`),
        before: found.description,
        after: item.description,
      });
      itemUpdates.push({ id: found.id, description: item.description });
    }

    if (Object.keys(errors).length > 0) throw new AppError("VALIDATION", INVALID, errors);
    if (changes.length === 0)
      throw new AppError(
        "VALIDATION",
        "Nothing was changed: correct a field first (the reason alone is not a correction).",
      );

    if (Object.keys(caseUpdate).length > 0) await tx.case.update({ where: { id: kase.id }, data: caseUpdate });
    for (const update of partyUpdates) await tx.party.update({ where: { id: update.id }, data: update.data });
    // the case lists' copy of the employee's and claims administrator's names (./case-list-names.ts)
    if (partyUpdates.length > 0) await syncCaseListNames(tx, kase.id);
    for (const item of itemUpdates)
      await tx.disputedItem.update({ where: { id: item.id }, data: { description: item.description } });
    await recordAudit(tx, staff, {
      action: "case.application_edited",
      entityType: "Case",
      entityId: kase.id,
      caseId: kase.id,
      payload: { caseNumber: kase.caseNumber, reason: data.reason, changes },
    });
    return { caseId: kase.id, caseNumber: kase.caseNumber, changes };
  });
}
