// The new-case form's fields as the application's input, and the form's own check of them
// (pure; run in the browser as intake types and by the server action). The check is the
// schema the server applies (createCaseInput), with the dates read first as intake types
// them (lib/format/date-input.ts), so a field's message is the one the server would give.
import { californiaToday } from "../format/dates.ts";
import { dateInputMessage, parseDateInput } from "../format/date-input.ts";
import { createCaseInput } from "./case-input.ts";

/** The checkboxes sent as booleans (absent from a form when unticked). */
export const APPLICATION_CHECKBOXES = [
  "signed",
  "urDecisionAttached",
  "liabilityDisputed",
  "expeditedCertified",
] as const;
const SKIP = new Set<string>([
  "items",
  "itemCategory",
  "dupAction",
  "dupCaseId",
  "dupReason",
  ...APPLICATION_CHECKBOXES,
]);

/** The dates of the application, typed as MM/DD/YYYY; each sends its ISO date. */
export const APPLICATION_DATES = {
  employeeDateOfBirth: "Date of birth",
  dateOfInjury: "Date of injury",
  urDecisionDate: "UR decision date",
  urDecisionServedOn: "Date the UR decision was served",
} as const;
export type ApplicationDateField = keyof typeof APPLICATION_DATES;

/** The form's fields as the use case's input: checkboxes as booleans, items as a list. */
export function applicationFrom(form: FormData) {
  const descriptions = form.getAll("items").map(String);
  const categories = form.getAll("itemCategory").map(String);
  const action = form.get("dupAction");
  return {
    ...Object.fromEntries(
      [...form.entries()].filter(([key]) => !SKIP.has(key)).map(([key, value]) => [key, String(value)]),
    ),
    ...Object.fromEntries(APPLICATION_CHECKBOXES.map((name) => [name, form.has(name)])),
    items: descriptions.map((description, index) => ({ description, categoryId: categories[index] || undefined })),
    duplicateDecision:
      action === "merge"
        ? { action: "merge", caseId: String(form.get("dupCaseId")) }
        : action === "separate"
          ? { action: "separate", reason: String(form.get("dupReason") ?? "") }
          : undefined,
  };
}

export type FieldErrors = Record<string, string[]>;

/**
 * Every field's errors for an application as the form sends it (applicationFrom), by the
 * field's key as the server names it ("employeeName", "items", "items.2"). Each date is read
 * first (an ISO date, or the text as typed when it could not be read), so a date that is no
 * date, or later than California's today, gets the date reader's message.
 */
export function validateApplication(input: Record<string, unknown>, today: string = californiaToday()): FieldErrors {
  const dateErrors: FieldErrors = {};
  const patched: Record<string, unknown> = { ...input };
  for (const [name, label] of Object.entries(APPLICATION_DATES)) {
    const value = input[name];
    if (typeof value !== "string" || value.trim() === "") continue;
    const read = parseDateInput(value, today);
    if (read.ok) patched[name] = read.iso;
    else dateErrors[name] = [dateInputMessage(label, read.reason)];
  }
  const parsed = createCaseInput.safeParse(patched);
  const errors = new Map<string, string[]>(Object.entries(dateErrors));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = issue.path.join(".") || "_form";
      if (dateErrors[key]) continue;
      const messages = errors.get(key) ?? [];
      if (!messages.includes(issue.message)) errors.set(key, [...messages, issue.message]);
    }
  }
  return Object.fromEntries(errors);
}

/** The id of the control that shows an error key's message and takes the focus for it. */
export function fieldIdFor(key: string): string {
  const item = /^items\.(\d+)/.exec(key);
  if (item) return `items-${item[1]}`;
  if (key === "items") return "items-0";
  if (key === "reason") return "dupReason";
  const organization = /^(\w+)OrganizationId$/.exec(key);
  if (organization) return `${organization[1]}Name`;
  return key;
}

/** True when an error key and an edited field's key belong to the same control (or the item list). */
export function sameField(errorKey: string, edited: string): boolean {
  return fieldIdFor(errorKey) === fieldIdFor(edited) || (errorKey === "items" && edited.startsWith("items"));
}

/**
 * The errors shown after intake edits a field (pure). While typing ("input") an error only
 * clears, once its field is valid; on leaving the field ("blur") its errors are set afresh.
 * Errors of other fields clear when they became valid too (a date fixed elsewhere), except
 * those only the server can find (`serverOnly`: a directory entry gone, an unknown category),
 * which wait for their own field to change.
 */
export function reviseErrors(
  current: FieldErrors,
  found: FieldErrors,
  edited: string,
  mode: "input" | "blur",
  serverOnly: ReadonlySet<string> = new Set(),
): FieldErrors {
  const next: FieldErrors = {};
  for (const [key, messages] of Object.entries(current)) {
    const own = sameField(key, edited);
    if (serverOnly.has(key) && !own) next[key] = messages;
    else if (found[key]) next[key] = own && mode === "blur" ? found[key] : messages;
  }
  if (mode === "blur")
    for (const [key, messages] of Object.entries(found)) if (sameField(key, edited)) next[key] = messages;
  return next;
}

const SERVED_LABELS: Record<string, string> = {
  employee: "Employee",
  representative: "Representative",
  requestingPhysician: "Requesting physician",
  claimsAdministrator: "Claims administrator",
};

/** The form's fields in the order it shows them, with the name the errors summary gives each. */
export const APPLICATION_FIELD_LABELS: [key: string, label: string][] = [
  ["employeeName", "Employee name"],
  ["employeeDateOfBirth", "Date of birth"],
  ["employeeAddress", "Employee address"],
  ["employeePhone", "Employee phone"],
  ["employeeSex", "Sex"],
  ["representativeName", "Employee's representative"],
  ["dateOfInjury", "Date of injury"],
  ["employerName", "Employer"],
  ["claimsAdministratorName", "Claims administrator"],
  ["claimNumber", "Claim number"],
  ["claimsAdministratorAddress", "Claims administrator address"],
  ["requestingPhysicianName", "Requesting physician"],
  ["requestingPhysicianNpi", "Physician NPI"],
  ["requestingPhysicianSpecialty", "Physician's specialty"],
  ["requestingPhysicianAddress", "Physician's address"],
  ["medicalGroupName", "Physician's medical group"],
  ["facilityName", "Facility"],
  ["manufacturerName", "Manufacturer"],
  ["specialtyCode", "Specialty that treats the condition"],
  ["urOrganizationName", "UR organization"],
  ["urReviewerName", "UR reviewing physician"],
  ["urReviewerNpi", "NPI of the UR reviewer"],
  ["urDecisionDate", "UR decision date"],
  ["urDecisionReference", "UR decision reference"],
  ["urDecisionServedOn", "UR decision served on"],
  ["urServiceMethod", "How the UR decision was served"],
  ["urDecisionKind", "Kind of UR decision"],
  ["representativeAddress", "Representative's address"],
  ...Object.entries(SERVED_LABELS).flatMap(([key, label]): [string, string][] => [
    [`${key}ServiceMethod`, `${label}: served by`],
    [`${key}Email`, `${label}: e-mail`],
    [`${key}ElectronicConsent`, `${label}: consent to electronic service`],
  ]),
  ["reviewType", "Review type"],
  ["expeditedCertified", "Physician's certification (expedited)"],
  ["arrivalChannel", "How the application arrived"],
  ["receivedAt", "Received on"],
  ["signed", "Signed"],
  ["urDecisionAttached", "UR decision attached"],
  ["liabilityDisputed", "Liability disputed"],
];
const ORDER = new Map(APPLICATION_FIELD_LABELS.map(([key], index) => [key, index]));
const LABEL = new Map(APPLICATION_FIELD_LABELS);

export type SummaryEntry = { key: string; id: string; text: string };

/** What the errors summary lists, in the order of the form: each error with its field's id and a text naming the field. */
export function applicationErrorSummary(errors: FieldErrors): SummaryEntry[] {
  const place = (key: string): [number, number] => {
    const item = /^items(?:\.(\d+))?$/.exec(key);
    if (item) return [ORDER.size, Number(item[1] ?? 0)];
    if (key === "reason") return [-1, 0];
    const organization = /^(\w+)(?:OrganizationId|AddToDirectory)$/.exec(key);
    return [ORDER.get(organization ? `${organization[1]}Name` : key) ?? ORDER.size + 1, organization ? 1 : 0];
  };
  const labelOf = (key: string) => {
    const item = /^items(?:\.(\d+))?$/.exec(key);
    if (item) return item[1] === undefined ? "Disputed items" : `Item ${Number(item[1]) + 1}`;
    if (key === "reason") return "Why this is not a duplicate";
    const organization = /^(\w+)(?:OrganizationId|AddToDirectory)$/.exec(key);
    return LABEL.get(organization ? `${organization[1]}Name` : key) ?? null;
  };
  return Object.entries(errors)
    .filter(([, messages]) => messages.length > 0)
    .sort(([a], [b]) => {
      const [pa, sa] = place(a),
        [pb, sb] = place(b);
      return pa - pb || sa - sb;
    })
    .map(([key, messages]) => {
      const label = labelOf(key);
      const text = messages.join(" ");
      return {
        key,
        id: key === "_form" ? "" : fieldIdFor(key),
        text: !label || text.toLowerCase().startsWith(label.toLowerCase()) ? text : `${label}: ${text}`,
      };
    });
}
