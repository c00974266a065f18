// The IMR application fields intake enters for a new case. Shared by the server action
// and the form's own checks. Every party that can create a conflict of interest is asked
// for (Labor Code 139.5(d), 4610.6(f); 8 CCR 9792.10.5): the organizations may be picked
// from the directory (`…OrganizationId`) or typed, and a typed one added to the directory.
import { z } from "zod";
import { californiaToday, toIsoDate } from "../format/dates.ts";

export const text = (label: string, max = 200) =>
  z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, `${label} is required.`)
    .max(max, `${label} is too long (at most ${max} characters).`);

export const optionalText = (label: string, max = 200) =>
  z
    .string()
    .trim()
    .max(max, `${label} is too long (at most ${max} characters).`)
    .optional()
    .transform((v) => (v ? v : undefined));

export const isoDate = (label: string) =>
  z
    .string({ error: `${label} is required.` })
    .min(1, { error: `${label} is required.`, abort: true })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${label} must be a date (YYYY-MM-DD).`, abort: true })
    .refine((value) => {
      const date = new Date(`${value}T00:00:00.000Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
    }, `${label} is not a valid date.`)
    .transform((value) => new Date(`${value}T00:00:00.000Z`));

export const REVIEW_TYPES = ["STANDARD", "EXPEDITED", "FORMULARY"] as const;
export const SERVICE_METHODS = ["MAIL", "ELECTRONIC", "PERSONAL", "FAX"] as const;
export const UR_DECISION_KINDS = [
  "MEDICAL_NECESSITY_DENIAL",
  "MEDICAL_NECESSITY_MODIFICATION",
  "CONDITIONAL_NON_CERTIFICATION",
  "OTHER",
] as const;
export const ARRIVAL_CHANNELS = ["MAIL", "FAX", "ONLINE"] as const;
/** How a party receives the notices and the letter (lib/determinations/letter/proof-of-service.ts). */
export const PARTY_SERVICE_METHODS = ["MAIL", "EMAIL", "PORTAL"] as const;

/** The parties served with the letter, whose service details intake records. */
export const SERVED_PARTIES = [
  { key: "employee", role: "EMPLOYEE", label: "Employee" },
  { key: "representative", role: "REPRESENTATIVE", label: "Employee's representative" },
  { key: "requestingPhysician", role: "REQUESTING_PHYSICIAN", label: "Requesting physician" },
  { key: "claimsAdministrator", role: "CLAIMS_ADMINISTRATOR", label: "Claims administrator" },
] as const;
export type ServedPartyKey = (typeof SERVED_PARTIES)[number]["key"];

const optionalIsoDate = (label: string) =>
  z.preprocess((v) => (v === "" || v === null ? undefined : v), isoDate(label).optional());

export const optionalEmail = (label: string) =>
  z.preprocess(
    (v) => (typeof v === "string" ? v.trim() : v) || undefined,
    z
      .email({ error: `${label}: enter an e-mail address such as name@example.com.` })
      .max(200, `${label} is too long (at most 200 characters).`)
      .optional(),
  );

const optionalChoice = <T extends readonly [string, ...string[]]>(values: T, message: string) =>
  z.preprocess((v) => (v === "" || v === null ? undefined : v), z.enum(values, { error: message }).optional());

/** A checkbox: the form sends true/false explicitly; API callers may omit it for the default. */
const flag = (fallback: boolean) =>
  z.preprocess((v) => (v === "on" || v === "true" ? true : v === "false" ? false : v), z.boolean().default(fallback));

/** A checkbox that is absent unless the form sends it (so API callers may leave it out). */
const optionalFlag = z.preprocess(
  (v) => (v === "on" || v === "true" ? true : v === "false" || v === "" || v === null ? false : v),
  z.boolean({ error: "Tick or untick the box." }).optional(),
);

/** The directory entry picked for an organization: empty means typed by hand. */
const directoryId = z.preprocess(
  (v) => (v === "" || v === null ? undefined : v),
  z
    .string({ error: "Choose the organization from the directory again, or type its name." })
    .regex(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
      "Choose the organization from the directory again, or type its name.",
    )
    .optional(),
);

export const npi = (label: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || /^\d{10}$/.test(v), `${label} must be 10 digits.`);

/** The organizations of an application, each with its name, directory entry and "add to the directory" box. */
export const ORGANIZATION_PARTIES = [
  { key: "employer", role: "EMPLOYER", kind: "EMPLOYER", label: "employer" },
  {
    key: "claimsAdministrator",
    role: "CLAIMS_ADMINISTRATOR",
    kind: "CLAIMS_ADMINISTRATOR",
    label: "claims administrator",
  },
  { key: "urOrganization", role: "UR_ORGANIZATION", kind: "UR_ORGANIZATION", label: "UR organization" },
  { key: "medicalGroup", role: "MEDICAL_GROUP", kind: "MEDICAL_GROUP", label: "medical group" },
  { key: "facility", role: "FACILITY", kind: "FACILITY", label: "facility" },
  { key: "manufacturer", role: "MANUFACTURER", kind: "MANUFACTURER", label: "manufacturer" },
] as const;

export type OrganizationPartyKey = (typeof ORGANIZATION_PARTIES)[number]["key"];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A disputed item: the treatment as written, and its category from the maintained list. */
const disputedItem = z
  .union([z.string(), z.object({ description: z.string(), categoryId: z.string().optional() })])
  .transform((item) =>
    typeof item === "string"
      ? { description: item.trim(), categoryId: undefined as string | undefined }
      : { description: item.description.trim(), categoryId: item.categoryId || undefined },
  )
  .refine((item) => item.description.length <= 1000, "A disputed item is too long (at most 1000 characters).")
  .refine((item) => item.categoryId === undefined || UUID.test(item.categoryId), "Choose a category from the list.");

export const createCaseInput = z
  .object({
    employeeName: text("Employee name"),
    claimNumber: text("Claim number", 60),
    dateOfInjury: isoDate("Date of injury"),
    employerName: text("Employer"),
    claimsAdministratorName: text("Claims administrator"),
    requestingPhysicianName: text("Requesting physician"),
    requestingPhysicianNpi: npi("NPI"),
    representativeName: optionalText("Representative"),
    employeeAddress: optionalText("Employee address", 300),
    employeeDateOfBirth: optionalIsoDate("Date of birth"),
    employeePhone: optionalText("Employee phone", 40),
    employeeSex: optionalChoice(["M", "F", "X"] as const, "Choose male, female or another sex."),
    claimsAdministratorAddress: optionalText("Claims administrator address", 300),
    requestingPhysicianSpecialty: optionalText("Physician's specialty", 120),
    requestingPhysicianAddress: optionalText("Physician's address", 300),
    representativeAddress: optionalText("Representative's address", 300),
    employeeEmail: optionalEmail("Employee e-mail"),
    representativeEmail: optionalEmail("Representative's e-mail"),
    requestingPhysicianEmail: optionalEmail("Physician's e-mail"),
    claimsAdministratorEmail: optionalEmail("Claims administrator e-mail"),
    employeeServiceMethod: optionalChoice(PARTY_SERVICE_METHODS, "Choose mail, e-mail or the portal."),
    representativeServiceMethod: optionalChoice(PARTY_SERVICE_METHODS, "Choose mail, e-mail or the portal."),
    requestingPhysicianServiceMethod: optionalChoice(PARTY_SERVICE_METHODS, "Choose mail, e-mail or the portal."),
    claimsAdministratorServiceMethod: optionalChoice(PARTY_SERVICE_METHODS, "Choose mail, e-mail or the portal."),
    employeeElectronicConsent: optionalFlag,
    representativeElectronicConsent: optionalFlag,
    requestingPhysicianElectronicConsent: optionalFlag,
    claimsAdministratorElectronicConsent: optionalFlag,
    urOrganizationName: optionalText("UR organization"),
    urReviewerName: optionalText("UR reviewing physician"),
    urReviewerNpi: npi("The UR reviewing physician's NPI"),
    medicalGroupName: optionalText("Medical group"),
    facilityName: optionalText("Facility"),
    manufacturerName: optionalText("Manufacturer"),
    employerOrganizationId: directoryId,
    claimsAdministratorOrganizationId: directoryId,
    urOrganizationOrganizationId: directoryId,
    medicalGroupOrganizationId: directoryId,
    facilityOrganizationId: directoryId,
    manufacturerOrganizationId: directoryId,
    employerAddToDirectory: optionalFlag,
    claimsAdministratorAddToDirectory: optionalFlag,
    urOrganizationAddToDirectory: optionalFlag,
    medicalGroupAddToDirectory: optionalFlag,
    facilityAddToDirectory: optionalFlag,
    manufacturerAddToDirectory: optionalFlag,
    specialtyCode: text("Specialty", 20),
    urDecisionDate: isoDate("UR decision date"),
    urDecisionReference: optionalText("UR decision reference", 80),
    urDecisionServedOn: optionalIsoDate("Date the UR decision was served"),
    urServiceMethod: optionalChoice(SERVICE_METHODS, "Choose how the UR decision was served."),
    urDecisionKind: optionalChoice(UR_DECISION_KINDS, "Choose the kind of UR decision."),
    reviewType: z.enum(REVIEW_TYPES, { error: "Choose standard, expedited or pharmacy formulary." }),
    expeditedCertified: flag(false),
    signed: flag(true),
    urDecisionAttached: flag(true),
    liabilityDisputed: flag(false),
    arrivalChannel: z.preprocess(
      (v) => (v === "" || v === null ? undefined : v),
      z.enum(ARRIVAL_CHANNELS, { error: "Choose how the application arrived." }).default("ONLINE"),
    ),
    receivedAt: z.preprocess(
      (v) => (v === "" || v === null ? undefined : v),
      z
        .string()
        .refine((v) => !Number.isNaN(new Date(v).getTime()), "Enter when the application arrived.")
        .transform((v) => new Date(v))
        .optional(),
    ),
    items: z
      .array(disputedItem)
      .transform((items) => items.filter((item) => item.description.length > 0))
      .pipe(
        z
          .array(z.object({ description: z.string(), categoryId: z.string().or(z.undefined()) }))
          .min(1, "Enter at least one disputed item.")
          .max(20, "At most 20 disputed items."),
      ),
  })
  .superRefine((input, ctx) => {
    for (const { key, label } of ORGANIZATION_PARTIES) {
      const name = input[`${key}Name`];
      if (typeof name === "string" && name.length > 0) continue;
      if (input[`${key}AddToDirectory`] === true)
        ctx.addIssue({
          code: "custom",
          path: [`${key}Name`],
          message: `Enter the ${label}'s name to add it to the directory.`,
        });
      else if (input[`${key}OrganizationId`])
        ctx.addIssue({
          code: "custom",
          path: [`${key}Name`],
          message: `Enter the ${label}'s name, or clear the directory choice.`,
        });
    }
    // Electronic service needs the party's consent (Code Civ. Proc. 1010.6(a)(2)), and e-mail an address.
    for (const { key, label } of SERVED_PARTIES) {
      const method = input[`${key}ServiceMethod`];
      if (method === "EMAIL" && !input[`${key}Email`])
        ctx.addIssue({
          code: "custom",
          path: [`${key}Email`],
          message: `${label}: enter the e-mail address to serve by e-mail.`,
        });
      if ((method === "EMAIL" || method === "PORTAL") && input[`${key}ElectronicConsent`] !== true) {
        ctx.addIssue({
          code: "custom",
          path: [`${key}ElectronicConsent`],
          message: `${label}: electronic service needs the party's consent; tick the box or choose mail.`,
        });
      }
    }
    if (input.representativeServiceMethod && !input.representativeName) {
      ctx.addIssue({
        code: "custom",
        path: ["representativeName"],
        message: "Enter the representative's name, or leave their service details empty.",
      });
    }
    if (input.urReviewerNpi && !input.urReviewerName) {
      ctx.addIssue({
        code: "custom",
        path: ["urReviewerName"],
        message: "Enter the UR reviewing physician's name for this NPI.",
      });
    }
    // Runs even when a field failed above; compare only dates that parsed. A calendar date is
    // in the future when it is after today in California (where the application is received).
    const isDate = (value: unknown): value is Date => value instanceof Date && !Number.isNaN(value.getTime());
    if (!isDate(input.dateOfInjury) || !isDate(input.urDecisionDate)) return;
    const today = Date.now();
    const calendarToday = californiaToday(new Date(today));
    if (toIsoDate(input.dateOfInjury) > calendarToday) {
      ctx.addIssue({ code: "custom", path: ["dateOfInjury"], message: "Date of injury cannot be in the future." });
    }
    if (toIsoDate(input.urDecisionDate) > calendarToday) {
      ctx.addIssue({ code: "custom", path: ["urDecisionDate"], message: "UR decision date cannot be in the future." });
    }
    if (isDate(input.urDecisionServedOn) && toIsoDate(input.urDecisionServedOn) > calendarToday) {
      ctx.addIssue({
        code: "custom",
        path: ["urDecisionServedOn"],
        message: "The date the UR decision was served cannot be in the future.",
      });
    }
    if (input.reviewType === "EXPEDITED" && !input.expeditedCertified) {
      ctx.addIssue({
        code: "custom",
        path: ["expeditedCertified"],
        message: "An expedited review needs the physician's certification of an imminent and serious threat to health.",
      });
    }
    if (input.receivedAt && input.receivedAt.getTime() > today + 5 * 60_000) {
      ctx.addIssue({ code: "custom", path: ["receivedAt"], message: "The arrival time cannot be in the future." });
    }
    if (input.urDecisionServedOn && input.urDecisionServedOn < input.urDecisionDate) {
      ctx.addIssue({
        code: "custom",
        path: ["urDecisionServedOn"],
        message: "The UR decision cannot be served before its date.",
      });
    }
    if (input.employeeDateOfBirth && input.employeeDateOfBirth >= input.dateOfInjury) {
      ctx.addIssue({
        code: "custom",
        path: ["employeeDateOfBirth"],
        message: "The date of birth must be before the date of injury.",
      });
    }
    if (input.urDecisionDate < input.dateOfInjury) {
      ctx.addIssue({
        code: "custom",
        path: ["urDecisionDate"],
        message: "UR decision date cannot be before the date of injury.",
      });
    }
  });

export type CreateCaseInput = z.infer<typeof createCaseInput>;
export type CreateCaseFormValues = z.input<typeof createCaseInput>;
