// The online application's fields (DWC Form IMR, as the employee or their representative
// knows them) and their checks, with messages in the filer's language. The names are those
// of the intake form (lib/cases/case-input.ts), so intake's verification form opens with the
// filing's values; what a filer cannot know (the specialty, categories, directory entries,
// liability) intake completes before accepting. Signing is a typed name with an attestation;
// a late application needs an explanation (eligibility decides later, lib/eligibility).
import { z } from "zod";
import { californiaToday } from "../format/dates.ts";
import { FILING_MESSAGES, type ErrorKey, type FieldKey, type Lang } from "../i18n/filing-messages.ts";

export const FILER_ROLES = ["EMPLOYEE", "REPRESENTATIVE"] as const;
export const FILING_SERVICE_METHODS = ["MAIL", "ELECTRONIC", "PERSONAL", "FAX"] as const;
export const FILING_REVIEW_TYPES = ["STANDARD", "EXPEDITED", "FORMULARY"] as const;

const blank = (v: unknown) => (typeof v === "string" ? v.trim() : v) || undefined;
const need = (max = 200) => z.string({ error: "required" }).trim().min(1, "required").max(max, "tooLong");
const optional = (max = 200) => z.preprocess(blank, z.string().max(max, "tooLong").optional());
const email = z.preprocess(blank, z.email({ error: "email" }).max(200, "tooLong").optional());
const isRealDay = (v: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(v) &&
  !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) &&
  new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) === v;
const day = (required: boolean) =>
  required
    ? z.preprocess(blank, z.string({ error: "required" }).refine(isRealDay, "date"))
    : z.preprocess(blank, z.string().refine(isRealDay, "date").optional());

/** The fields as saved in a draft and filed (strings; items a list). */
export const filingFields = z
  .object({
    filerRole: z.enum(FILER_ROLES, { error: "choose" }),
    filerEmail: z.preprocess(blank, z.email({ error: "email" }).max(200, "tooLong")),
    employeeName: need(),
    employeeDateOfBirth: day(false),
    employeeAddress: optional(300),
    employeePhone: optional(40),
    employeeEmail: email,
    representativeName: optional(),
    representativeAddress: optional(300),
    representativeEmail: email,
    claimNumber: need(60),
    dateOfInjury: day(true),
    employerName: need(),
    claimsAdministratorName: need(),
    claimsAdministratorAddress: optional(300),
    requestingPhysicianName: need(),
    requestingPhysicianSpecialty: optional(120),
    requestingPhysicianAddress: optional(300),
    urOrganizationName: optional(),
    urDecisionDate: day(true),
    urDecisionServedOn: day(false),
    urServiceMethod: z.preprocess(blank, z.enum(FILING_SERVICE_METHODS, { error: "choose" }).optional()),
    urDecisionReference: optional(80),
    reviewType: z.preprocess(blank, z.enum(FILING_REVIEW_TYPES, { error: "choose" }).default("STANDARD")),
    items: z
      .array(z.string().max(1000, "tooLong"), { error: "itemsMin" })
      .transform((items) => items.map((i) => i.trim()).filter(Boolean))
      .pipe(z.array(z.string()).min(1, "itemsMin").max(20, "itemsMax")),
  })
  .superRefine((input, ctx) => {
    const today = californiaToday();
    const issue = (path: string, message: ErrorKey) => ctx.addIssue({ code: "custom", path: [path], message });
    if (input.filerRole === "REPRESENTATIVE" && !input.representativeName)
      issue("representativeName", "representativeName");
    for (const key of ["dateOfInjury", "urDecisionDate", "urDecisionServedOn", "employeeDateOfBirth"] as const) {
      const value = input[key];
      if (typeof value === "string" && value > today) issue(key, "future");
    }
    const { dateOfInjury, urDecisionDate, urDecisionServedOn, employeeDateOfBirth } = input;
    if (dateOfInjury && urDecisionDate && urDecisionDate < dateOfInjury) issue("urDecisionDate", "beforeInjury");
    if (urDecisionDate && urDecisionServedOn && urDecisionServedOn < urDecisionDate)
      issue("urDecisionServedOn", "servedBeforeDecision");
    if (employeeDateOfBirth && dateOfInjury && employeeDateOfBirth >= dateOfInjury)
      issue("employeeDateOfBirth", "birthAfterInjury");
  });

export type FilingFields = z.infer<typeof filingFields>;

/** The signature: a typed name and the attestation; an explanation when late. */
export const filingSignature = z.object({
  signedName: z.preprocess(blank, z.string({ error: "unsigned" }).min(2, "unsigned").max(200, "tooLong")),
  attest: z.literal(true, { error: "notAttested" }),
  lateExplanation: z.preprocess(blank, z.string().max(2000, "tooLong").optional()),
});

export type FieldErrors = Record<string, string[]>;

const isErrorKey = (lang: Lang, key: string): key is ErrorKey => key in FILING_MESSAGES[lang].errors;

/** zod issues -> messages in the filer's language, by field ("items" for any item). */
export function filingFieldErrors(error: z.ZodError, lang: Lang): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "_form");
    const text = isErrorKey(lang, issue.message)
      ? FILING_MESSAGES[lang].errors[issue.message]
      : FILING_MESSAGES[lang].errors.required;
    if (!(out[field] ?? []).includes(text)) out[field] = [...(out[field] ?? []), text];
  }
  return out;
}

/** Every field's errors, in the filer's language (the browser runs the same check as the server). */
export function checkFilingFields(
  input: unknown,
  lang: Lang,
): { ok: true; data: FilingFields } | { ok: false; fieldErrors: FieldErrors } {
  const parsed = filingFields.safeParse(input);
  return parsed.success
    ? { ok: true, data: parsed.data }
    : { ok: false, fieldErrors: filingFieldErrors(parsed.error, lang) };
}

/** The label of a field in the filer's language (the error summary names each). */
export const fieldLabel = (lang: Lang, key: string) =>
  (FILING_MESSAGES[lang].fields as Record<string, string>)[key as FieldKey] ?? key;

/** The draft as stored: strings, booleans and lists of strings only, bounded. */
export const filingDraftData = z
  .record(z.string().max(60), z.union([z.string().max(5000), z.boolean(), z.array(z.string().max(1000)).max(20)]))
  .refine((d) => Object.keys(d).length <= 60, "Too many fields.");
export type FilingDraftData = z.infer<typeof filingDraftData>;
