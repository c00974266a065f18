// The redacted public copy of a final determination (IMR-DOMAIN 11, publication): made
// at issue time, it removes the names of the employee, employer, claims administrator,
// physicians and every other person or organization known to the case, claim and case-file
// numbers other than the IMR case number, addresses, phone numbers, emails, dates of birth
// and social security numbers; age, sex, dates of service and the clinical text stay.
//
// Gap style, as in the published sample letter ("referred to  who is recommending",
// "denial.   report from 07/03/2013"): the identifier is cut out and nothing is put in its
// place; the whitespace on both sides stays. Every character outside a removed span is
// kept byte for byte. The period of "M.D.", "Jr." or "Inc." goes with the name even at the end
// of a sentence (it cannot be told from a sentence's period).
import type { KnownIdentifiers, RemovedCount } from "./known-identifiers.ts";
import { countRemoved, prepareRedactor, redactSection } from "./redact-letter.ts";

export type RedactionResult = { text: string; removed: RemovedCount[] };

/**
 * One text redacted by every layer (known identifiers, patterns, names with a cue), as
 * redactLetter does for a section; doubtful findings stay in the text.
 */
export function redactText(text: string, known: KnownIdentifiers): RedactionResult {
  const { text: redacted, spans } = redactSection("text", text, prepareRedactor(known));
  return { text: redacted, removed: countRemoved(spans) };
}
