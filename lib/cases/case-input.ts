// The IMR application fields intake enters for a new case. Shared by the server action
// and the form's own checks.
import { z } from "zod";

const text = (label: string, max = 200) =>
  z.string({ error: `${label} is required.` }).trim().min(1, `${label} is required.`).max(max, `${label} is too long (at most ${max} characters).`);

const optionalText = (label: string, max = 200) =>
  z.string().trim().max(max, `${label} is too long (at most ${max} characters).`).optional().transform((v) => (v ? v : undefined));

const isoDate = (label: string) =>
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

export const createCaseInput = z
  .object({
    employeeName: text("Employee name"),
    claimNumber: text("Claim number", 60),
    dateOfInjury: isoDate("Date of injury"),
    employerName: text("Employer"),
    claimsAdministratorName: text("Claims administrator"),
    requestingPhysicianName: text("Requesting physician"),
    requestingPhysicianNpi: z
      .string()
      .trim()
      .optional()
      .transform((v) => (v ? v : undefined))
      .refine((v) => v === undefined || /^\d{10}$/.test(v), "NPI must be 10 digits."),
    representativeName: optionalText("Representative"),
    specialtyCode: text("Specialty", 20),
    urDecisionDate: isoDate("UR decision date"),
    reviewType: z.enum(REVIEW_TYPES, { error: "Choose standard, expedited or pharmacy formulary." }),
    items: z
      .array(z.string().trim().max(1000, "A disputed item is too long (at most 1000 characters)."))
      .transform((items) => items.filter((item) => item.length > 0))
      .pipe(z.array(z.string()).min(1, "Enter at least one disputed item.").max(20, "At most 20 disputed items.")),
  })
  .superRefine((input, ctx) => {
    // Runs even when a field failed above; compare only dates that parsed.
    const isDate = (value: unknown): value is Date => value instanceof Date && !Number.isNaN(value.getTime());
    if (!isDate(input.dateOfInjury) || !isDate(input.urDecisionDate)) return;
    const today = Date.now();
    if (input.dateOfInjury.getTime() > today) {
      ctx.addIssue({ code: "custom", path: ["dateOfInjury"], message: "Date of injury cannot be in the future." });
    }
    if (input.urDecisionDate.getTime() > today) {
      ctx.addIssue({ code: "custom", path: ["urDecisionDate"], message: "UR decision date cannot be in the future." });
    }
    if (input.urDecisionDate < input.dateOfInjury) {
      ctx.addIssue({ code: "custom", path: ["urDecisionDate"], message: "UR decision date cannot be before the date of injury." });
    }
  });

export type CreateCaseInput = z.infer<typeof createCaseInput>;
export type CreateCaseFormValues = z.input<typeof createCaseInput>;
