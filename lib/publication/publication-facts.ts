// The searchable facts of a published decision (IMR-DOMAIN 11: search by outcome, decision
// date, date of injury, received date, reviewer specialty, request category and decision).
import type { Decision } from "../db/generated/enums.ts";

export type CaseOutcome = "UPHELD" | "OVERTURNED" | "PARTIALLY_OVERTURNED";

/** Every item upheld: UPHELD; every item overturned: OVERTURNED; otherwise partly overturned. */
export function caseOutcome(decisions: Decision[]): CaseOutcome {
  if (decisions.length === 0) throw new Error("A determination without items has no outcome.");
  if (decisions.every((d) => d === "UPHELD")) return "UPHELD";
  if (decisions.every((d) => d === "OVERTURNED")) return "OVERTURNED";
  return "PARTIALLY_OVERTURNED";
}

const CA_ISO = new Intl.DateTimeFormat("en-CA", {
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  timeZone: "America/Los_Angeles",
});

/** The California calendar day of an instant (a receipt), as a date column value (UTC midnight). */
export function californiaDay(instant: Date): Date {
  return new Date(`${CA_ISO.format(instant)}T00:00:00.000Z`);
}

/**
 * The calendar day printed on the letter ("Date:"): the California date of its issue
 * (lib/format/dates.ts formatCaliforniaLongDate), so the published date is the one the letter shows.
 */
export const letterDay = californiaDay;

/** The reviewer's specialty: their certification in the case's specialty if they hold one, else their first. */
export function reviewerSpecialtyCode(caseSpecialty: string, certifiedIn: string[]): string {
  if (certifiedIn.includes(caseSpecialty)) return caseSpecialty;
  return [...certifiedIn].sort()[0] ?? caseSpecialty;
}

/** Distinct values in first-seen order, blanks dropped. */
export function distinct<T extends string>(values: (T | null | undefined)[]): T[] {
  return [...new Set(values.filter((v): v is T => typeof v === "string" && v.trim().length > 0))];
}
