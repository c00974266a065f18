// Builders for the redaction tests: letter templates in which every identifier is marked
// {{like this}}, so that one text gives both the letter as written and, exactly, the
// published copy (the marked text cut out, the whitespace around it kept).
import { emptyKnownIdentifiers, type KnownIdentifiers } from "@/lib/redaction/known-identifiers.ts";
import { SAMPLE_PUBLISHED } from "./sample-published.ts";

/** The letter as written: markers dropped, their content kept. */
export const written = (template: string): string => template.replace(/\{\{([\s\S]*?)\}\}/g, "$1");
/** The published copy: marked spans cut out. */
export const published = (template: string): string => template.replace(/\{\{[\s\S]*?\}\}/g, "");
export const writtenSections = (t: Record<string, string>) =>
  Object.fromEntries(Object.entries(t).map(([k, v]) => [k, written(v)]));
export const publishedSections = (t: Record<string, string>) =>
  Object.fromEntries(Object.entries(t).map(([k, v]) => [k, published(v)]));

export const known = (over: Partial<KnownIdentifiers> & { keepCaseNumber: string }): KnownIdentifiers => ({
  ...emptyKnownIdentifiers(over.keepCaseNumber),
  ...over,
});

import { seededRandom as rng } from "../../support/seeded-random.ts";

export { rng };
export const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)];

// --- Letter A: the published sample, with the three names it lost put back -----------------

const once = (text: string, find: string, replace: string): string => {
  if (text.split(find).length !== 2) throw new Error(`fixture: "${find}" must occur exactly once`);
  return text.replace(find, replace);
};

/** The sample letter as the reviewer wrote it (names restored at the sample's three gaps). */
export const SAMPLE_TEMPLATE = once(
  once(
    once(SAMPLE_PUBLISHED, "denial.   report from", "denial.  {{Dr. Patel's}} report from"),
    "per  AME report",
    "per {{Luis Hernández, M.D.}} AME report",
  ),
  "referred to  who is recommending",
  "referred to {{Dr. Andrew Kim}} who is recommending",
);

export const SAMPLE_KNOWN = known({
  keepCaseNumber: "CM13-0001234",
  people: [
    { name: "Rajesh Patel, MD", role: "REQUESTING_PHYSICIAN" },
    { name: "HERNANDEZ, LUIS", role: "AME" },
    { name: "Dr. Andrew Kim", role: "TREATING_PHYSICIAN" },
    { name: "Robert T. Long", role: "EMPLOYEE" },
  ],
  organizations: ["Golden State Claims Co.", "Acme Manufacturing Inc."],
  claimNumbers: ["CLM-0042-7781"],
  datesOfBirth: ["1965-02-11"],
});
