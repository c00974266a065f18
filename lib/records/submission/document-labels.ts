// The labels a party gives each document it sends: its type, the date it bears and who wrote
// it. Given with the upload (tus metadata) or afterwards (./label-party-document.ts); every
// label is optional until the party declares its submission complete.
import { z } from "zod";
import { californiaToday } from "../../format/dates.ts";
import { SUBMISSION_KINDS } from "./submission-rules.ts";

const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

export const documentLabels = z.object({
  kind: z.preprocess(blankToUndefined, z.enum(SUBMISSION_KINDS, { error: "Choose the type of document." }).optional()),
  documentDate: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "Enter the document's date (YYYY-MM-DD).")
      .refine((v) => {
        const d = new Date(`${v}T00:00:00Z`);
        return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v && v >= "1900-01-01";
      }, "Enter a real date.")
      .refine((v) => v <= californiaToday(), "The document's date cannot be in the future.")
      .optional(),
  ),
  author: z.preprocess(
    (v) => (typeof v === "string" ? v.trim() : v),
    z.preprocess(blankToUndefined, z.string().max(200, "At most 200 characters.").optional()),
  ),
});

export type DocumentLabels = z.infer<typeof documentLabels>;

/** A file name as the receipt shows it: no path, no control characters, at most 200 characters. */
export function cleanFileName(raw: unknown): string {
  const text = typeof raw === "string" ? raw : "";
  const base = text.split(/[\\/]/).pop() ?? "";
  const clean = base
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .trim()
    .slice(0, 200);
  return clean || "document";
}

export const dateOrNull = (isoDate: string | undefined) => (isoDate ? new Date(`${isoDate}T00:00:00Z`) : null);
