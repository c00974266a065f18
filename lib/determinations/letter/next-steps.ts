// WHAT HAPPENS NEXT, in plain language for the injured worker and the claims administrator.
// - An overturned service is authorized within 5 working days of receipt of the determination
//   (or sooner if the employee's condition requires it), and a service already given is
//   reimbursed within 20 days: Labor Code 4610.6, 8 CCR 9792.10.7(a).
// - The determination is that of the Administrative Director and binds all parties
//   (Labor Code 4610.6). A party may appeal only by a verified appeal to the WCAB, filed and
//   served within 30 days of the date the determination was mailed, and only on the five
//   grounds of Labor Code 4610.6(h) (8 CCR 9792.10.7); a successful appeal sends the dispute
//   to a new review by a different reviewer (Labor Code 4610.6).
import type { LetterItem, LetterModel } from "./letter-model.ts";
import { joinWords } from "./qualifications.ts";

export type NextSteps = {
  /** the paragraphs before the list of appeal grounds */
  paragraphs: string[];
  /** the grounds of appeal, in the order of Labor Code 4610.6(h) */
  grounds: string[];
  /** the paragraph after the list */
  closing: string;
};

export const APPEAL_GROUNDS = [
  "The Administrative Director of the Division of Workers' Compensation acted without or in excess of the Administrative Director's powers.",
  "The determination was procured by fraud.",
  "The independent medical reviewer was subject to a material conflict of interest.",
  "The determination was the result of bias on the basis of race, national origin, ethnic group identification, religion, age, sex, sexual orientation, color, or disability.",
  "The determination was the result of a plainly erroneous express or implied finding of fact, provided that the mistake of fact is a matter of ordinary knowledge based on the information submitted for review and not a matter that is subject to expert opinion.",
] as const;

export const APPEAL_CLOSING =
  "If an appeal succeeds, the dispute is sent back for a new independent medical review by a different reviewer.";

/** "item 1", "items 1 and 3" */
function itemNumbers(items: LetterItem[]): string {
  const numbers = items.map((i) => String(i.number));
  return `${numbers.length === 1 ? "item" : "items"} ${joinWords(numbers)}`;
}

function overturnedParagraph(items: LetterItem[]): string {
  const what = items.length === 1 ? "the service that was overturned" : "the services that were overturned";
  return (
    `Overturned (${itemNumbers(items)}): the physician reviewer found ${what} medically necessary. ` +
    `The claims administrator must authorize ${items.length === 1 ? "it" : "them"} within 5 working days of ` +
    "receiving this determination, or sooner if the employee's medical condition requires it, and must " +
    "tell the employee and the requesting physician that it has done so. If the treatment has already been " +
    "provided, the claims administrator must reimburse the provider or the employee within 20 days of " +
    "receiving this determination (Labor Code section 4610.6; California Code of Regulations, title 8, " +
    "section 9792.10.7)."
  );
}

function upheldParagraph(items: LetterItem[], all: boolean): string {
  const subject = all
    ? "The utilization review decision stands"
    : `Upheld (${itemNumbers(items)}): the utilization review decision stands`;
  const what = items.length === 1 ? "the disputed treatment is" : "the disputed treatments are";
  return `${subject}: ${what} not medically necessary and not authorized.`;
}

function bindingParagraph(organizationName: string): string {
  return (
    `This determination by ${organizationName.trim()} is the final determination of the Administrative ` +
    "Director of the Division of Workers' Compensation. It is final and binding on all parties unless it is appealed."
  );
}

const APPEAL =
  "Either party may appeal this determination to the Workers' Compensation Appeals Board (WCAB) by filing " +
  "a verified appeal with the WCAB, and serving it on all other parties, within 30 days of the date this " +
  "determination was mailed (Labor Code section 4610.6(h)). An appeal may be based only on one or more of " +
  "these grounds:";

/** With a proof of service, the period is counted from each party's service. */
const APPEAL_FROM_SERVICE =
  "Either party may appeal this determination to the Workers' Compensation Appeals Board (WCAB) by filing " +
  "a verified appeal with the WCAB, and serving it on all other parties, within 30 days of the date this " +
  "determination was served on that party, or 35 days when it was served by mail; the proof of service at the end " +
  "of this letter gives each party's last day (Labor Code section 4610.6(h)). An appeal may be based only on one " +
  "or more of these grounds:";

/** The section's text for the decisions of the letter. */
export function nextSteps(model: Pick<LetterModel, "items" | "organizationName" | "service">): NextSteps {
  const overturned = model.items.filter((i) => i.decision === "Overturned");
  const upheld = model.items.filter((i) => i.decision === "Upheld");
  const decisions = [
    ...(overturned.length > 0 ? [overturnedParagraph(overturned)] : []),
    ...(upheld.length > 0 ? [upheldParagraph(upheld, overturned.length === 0)] : []),
  ];
  return {
    paragraphs: [...decisions, bindingParagraph(model.organizationName), model.service ? APPEAL_FROM_SERVICE : APPEAL],
    grounds: [...APPEAL_GROUNDS],
    closing: APPEAL_CLOSING,
  };
}
