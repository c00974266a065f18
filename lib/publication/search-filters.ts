// The filters of the public search of published decisions, as they come from the URL
// (IMR-DOMAIN 11: case number, outcome, decision date, date of injury, received date,
// reviewer specialty, request category and sub-category, and decision; plus words of the
// redacted text). Blank fields mean "any"; every message says how to correct the field.
import { z } from "zod";
import { cleanQueryValue } from "../format/query-text.ts";

export const OUTCOMES = ["UPHELD", "OVERTURNED", "PARTIALLY_OVERTURNED"] as const;
export const ITEM_DECISIONS = ["UPHELD", "OVERTURNED"] as const;
export const MAX_PAGE_SIZE = 50;
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE = 1000;

/** Every field: the text cleaned (../format/query-text.ts: no NUL, controls or lone surrogates), blank as absent. */
const blank = (raw: unknown) => {
  const v = cleanQueryValue(raw);
  return typeof v === "string" && v.trim() === "" ? undefined : v;
};

const text = (label: string, max = 200) =>
  z.preprocess(blank, z.string().trim().max(max, `${label} is too long (at most ${max} characters).`).optional());

const isoDate = (label: string) =>
  z.preprocess(
    blank,
    z
      .string()
      .trim()
      .regex(/^\d{4}-\d{2}-\d{2}$/, `${label}: enter a date as YYYY-MM-DD.`)
      .refine((v) => {
        const d = new Date(`${v}T00:00:00.000Z`);
        return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
      }, `${label} is not a valid date.`)
      .optional(),
  );

const whole = (label: string, min: number, max: number) =>
  z.preprocess(
    blank,
    z.coerce
      .number({ error: `${label} must be a number.` })
      .int(`${label} must be a whole number.`)
      .min(min, `${label} must be at least ${min}.`)
      .max(max, `${label} must be at most ${max}.`)
      .optional(),
  );

/** "cm24 0012345" -> "CM24-0012345"; a partial number ("CM24-00") is kept as a prefix. */
export function normalizeCaseNumber(value: string): string {
  const compact = value.toUpperCase().replace(/[\s-]/g, "");
  return compact.length > 4 ? `${compact.slice(0, 4)}-${compact.slice(4)}` : compact;
}

export const FULL_CASE_NUMBER = /^CM\d{2}-\d{7}$/;

export const publishedSearchInput = z
  .object({
    q: text("Search words"),
    caseNumber: z.preprocess(
      blank,
      z
        .string()
        .transform(normalizeCaseNumber)
        .pipe(
          z
            .string()
            .regex(/^CM(?:\d{1,2}|\d{2}-\d{1,7})?$/, "Enter a case number such as CM24-0012345 (or its beginning)."),
        )
        .optional(),
    ),
    outcome: z.preprocess(blank, z.enum(OUTCOMES, { error: "Choose an outcome from the list." }).optional()),
    decision: z.preprocess(blank, z.enum(ITEM_DECISIONS, { error: "Choose upheld or overturned." }).optional()),
    decidedFrom: isoDate("Decided from"),
    decidedTo: isoDate("Decided until"),
    injuryFrom: isoDate("Injured from"),
    injuryTo: isoDate("Injured until"),
    receivedFrom: isoDate("Received from"),
    receivedTo: isoDate("Received until"),
    specialty: text("Specialty"),
    category: text("Category"),
    subcategory: text("Sub-category"),
    page: whole("Page", 1, MAX_PAGE),
    pageSize: whole("Results per page", 1, MAX_PAGE_SIZE),
  })
  .superRefine((f, ctx) => {
    for (const [from, to] of [
      ["decidedFrom", "decidedTo"],
      ["injuryFrom", "injuryTo"],
      ["receivedFrom", "receivedTo"],
    ] as const) {
      const a = f[from];
      const b = f[to];
      if (a && b && a > b)
        ctx.addIssue({ code: "custom", path: [to], message: "The end date is before the start date." });
    }
  })
  .transform((f) => ({ ...f, page: f.page ?? 1, pageSize: f.pageSize ?? DEFAULT_PAGE_SIZE }));

export type PublishedSearchFilters = z.output<typeof publishedSearchInput>;
