// Form fields shared by the reviewer record's use cases, so that every form reports the
// same words for the same mistake. Calendar dates are "YYYY-MM-DD", stored at UTC midnight.
import { z } from "zod";
import { stateName } from "../determinations/letter/us-states.ts";

export const recordId = (what: string) => z.uuid(`Unknown ${what}.`);

export function isoDate(label: string) {
  return z
    .string(`Enter the ${label}.`)
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `Enter the ${label} as a date.`)
    .refine((value) => {
      const date = new Date(`${value}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
    }, `Enter the ${label} as a real date.`)
    .transform((value) => new Date(`${value}T00:00:00Z`));
}

export function wholeNumber(label: string, min: number, max: number) {
  return z.coerce
    .number(`Enter the ${label} as a number.`)
    .int(`Enter the ${label} as a whole number.`)
    .min(min, `The ${label} must be at least ${min}.`)
    .max(max, `The ${label} must be at most ${max}.`);
}

export function requiredText(label: string, max: number) {
  return z
    .string(`Enter the ${label}.`)
    .trim()
    .min(1, `Enter the ${label}.`)
    .max(max, `The ${label} is too long (at most ${max} characters).`);
}

/** Empty means none. */
export function optionalText(label: string, max: number) {
  return z
    .string()
    .trim()
    .max(max, `The ${label} is too long (at most ${max} characters).`)
    .nullish()
    .transform((value) => (value ? value : null));
}

/** A two-letter US state or territory code ("CA"). */
export const usState = z
  .string("Enter the state.")
  .trim()
  .toUpperCase()
  .refine(
    (code) => /^[A-Z]{2}$/.test(code) && stateName(code) !== code,
    "Enter a two-letter US state code (for example CA).",
  );

export const checkbox = z.boolean().default(false);

/** "2026-11-27" */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

export const sameDay = (a: Date, b: Date): boolean => isoDay(a) === isoDay(b);

/** The keys whose values differ (dates compared as calendar days). */
export function changedFields<T extends Record<string, unknown>>(current: T, next: T): (keyof T & string)[] {
  return (Object.keys(next) as (keyof T & string)[]).filter((key) => {
    const a = current[key],
      b = next[key];
    if (a instanceof Date && b instanceof Date) return !sameDay(a, b);
    return a !== b;
  });
}

/** Unique-index violations from Prisma (two records with the same key). */
export const isUniqueViolation = (error: unknown): boolean => (error as { code?: string } | null)?.code === "P2002";

/** What an edit of a credential's facts writes: the new facts are not verified yet. */
export const UNVERIFIED = { verifiedAt: null, verifiedBy: null, verificationSource: null } as const;
