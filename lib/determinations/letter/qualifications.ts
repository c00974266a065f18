// The "HOW THE IMR FINAL DETERMINATION WAS MADE" paragraph of a final determination letter,
// in the wording of the published letters. It describes the physician reviewer by
// qualification only: the reviewer's name is confidential (Labor Code 4610.6(f)), and no
// field that could carry it is read here.
import type { ReviewerQualifications } from "./letter-model.ts";
import { stateName } from "./us-states.ts";

export { stateName };

const SELECTION =
  "The physician reviewer was selected based on his/her clinical experience, education, " +
  "background, and expertise in the same or similar specialties that evaluate and/or treat " +
  "the medical condition and disputed items/services. He/she is familiar with governing laws " +
  "and regulations, including the strength of evidence hierarchy that applies to Independent " +
  "Medical Review determinations.";

const WORDS = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
  "twenty",
];

/** Thresholds for "more than N years", largest first. */
const YEAR_STEPS = [20, 15, 10, 5];

/** Hours a week from which the letter states the threshold rather than the exact figure. */
const FULL_PRACTICE_HOURS = 24;

/** "A", "A and B", "A, B and C" (no serial comma, as in the letters); duplicates dropped. */
export function joinWords(items: string[]): string {
  const list = [...new Set(items.map((s) => s.trim()).filter(Boolean))];
  if (list.length <= 1) return list.join("");
  return `${list.slice(0, -1).join(", ")} and ${list[list.length - 1]}`;
}

function count(n: number, unit: string): string {
  const word = n <= 20 ? WORDS[n] : String(n);
  return `${word} ${unit}${n === 1 ? "" : "s"}`;
}

function wholeNonNegative(n: number): number {
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : 0;
}

/** "for more than ten years" from 12; below five years the exact count ("for three years"). */
export function describeYears(yearsInPractice: number): string {
  const years = wholeNonNegative(yearsInPractice);
  const step = YEAR_STEPS.find((s) => years >= s);
  if (step !== undefined) return `for more than ${count(step, "year")}`;
  return years === 0 ? "for less than one year" : `for ${count(years, "year")}`;
}

/** "at least 24 hours a week" from 24 hours up, otherwise the whole hours worked. */
export function describeHours(hoursPerWeek: number): string | null {
  const hours = Math.min(wholeNonNegative(hoursPerWeek), FULL_PRACTICE_HOURS);
  if (hours === 0) return null;
  return `at least ${hours} ${hours === 1 ? "hour" : "hours"} a week`;
}

function credentialsSentence(q: ReviewerQualifications): string {
  const specialties = joinWords(q.certifications.map((c) => c.specialtyName));
  const subspecialties = q.certifications.map((c) => c.subspecialty ?? "").filter((s) => s.trim());
  const subCount = new Set(subspecialties.map((s) => s.trim())).size;
  const states = joinWords(q.licenseStates.map(stateName));
  const clauses: string[] = [];
  if (specialties) clauses.push(`is Board Certified in ${specialties}`);
  if (subCount > 0) {
    clauses.push(`has ${subCount === 1 ? "a subspecialty" : "subspecialties"} in ${joinWords(subspecialties)}`);
  }
  if (states) clauses.push(`is licensed to practice in ${states}`);
  if (clauses.length === 0) return "";
  // "A, B, and C" as in the letters, but "A and B" for two.
  const last = clauses.pop() as string;
  const body = clauses.length === 0 ? last : `${clauses.join(", ")}${clauses.length > 1 ? "," : ""} and ${last}`;
  return `The physician reviewer ${body}.`;
}

function practiceSentence(q: ReviewerQualifications): string {
  const hours = describeHours(q.hoursPerWeek);
  const years = `He/she has been in active clinical practice ${describeYears(q.yearsInPractice)}`;
  return hours ? `${years} and is currently working ${hours} in active practice.` : `${years}.`;
}

/** The paragraph describing who reviewed the case, by qualification only. */
export function describeReviewerQualifications(q: ReviewerQualifications, organizationName: string): string {
  return [
    `${organizationName.trim()} sent the complete case file to a physician reviewer.`,
    "He/she has no affiliation with the employer, employee, providers or the claims administrator.",
    credentialsSentence(q),
    practiceSentence(q),
    SELECTION,
  ]
    .filter(Boolean)
    .join(" ");
}
