// The leak check that gates publication (IMR-DOMAIN 11): after redaction, a determination is
// published only if no identifier known to the case remains. It looks for:
// - every variant redaction removes (names, organizations, addresses, dates of birth, and
//   phones, emails, SSNs and other IMR case numbers by pattern), on folded text, so a name
//   hidden by a zero-width space, a no-break space, accents or a change of case is found;
// - independently of those patterns, the digits of every known claim number, case-file number,
//   phone and SSN inside any run of digits, whatever separates them ("0042 - 7781", "(510)555
//   0100", "5105550100"), and the letters-and-digits of claim numbers with letters;
// - every known email with the whitespace removed and in any case.
// The second and third checks are stricter than redaction: a number embedded in a longer one
// is reported, and publication waits for a person to look at it.
import { fold } from "./fold.ts";
import type { KnownIdentifiers, Leak } from "./known-identifiers.ts";
import { buildMatchers, findHits, type Hit, type Matcher } from "./matchers.ts";

const digitsOf = (value: string) => value.replace(/\D/g, "");
const compact = (value: string) => value.toUpperCase().replace(/[^A-Z0-9]/g, "");
/** Digits separated by at most three non-letters on one line: "(510) 555-0100", "0042 - 7781". */
const DIGIT_RUN = /\d(?:[^\p{L}\p{N}\n]{0,3}\d)*/gu;

function numberLeaks(text: string, known: KnownIdentifiers): Leak[] {
  const runs = [...text.matchAll(DIGIT_RUN)].map((m) => ({ found: m[0], digits: digitsOf(m[0]) }));
  const compactText = compact(text);
  const numbers: [Leak["kind"], string][] = [
    ...known.claimNumbers.map((v): [Leak["kind"], string] => ["claimNumber", v]),
    ...(known.otherNumbers ?? []).map((v): [Leak["kind"], string] => ["otherNumber", v]),
    ...(known.ssns ?? []).map((v): [Leak["kind"], string] => ["ssn", v]),
    ...known.phones.map((v): [Leak["kind"], string] => ["phone", v]),
  ];
  const leaks: Leak[] = [];
  for (const [kind, value] of numbers) {
    let digits = digitsOf(value);
    if (kind === "phone" && digits.length === 11 && digits.startsWith("1")) digits = digits.slice(1);
    if (digits.length >= 7) {
      for (const run of runs) if (run.digits.includes(digits)) leaks.push({ kind, value, found: run.found });
    } else if (digits.length >= 4 && digits === compact(value)) {
      for (const run of runs) if (run.digits === digits) leaks.push({ kind, value, found: run.found });
    }
    const letters = compact(value);
    if (letters !== digits && letters.length >= 6 && compactText.includes(letters))
      leaks.push({ kind, value, found: letters });
  }
  return leaks;
}

function emailLeaks(text: string, known: KnownIdentifiers): Leak[] {
  const squeezed = text.replace(/\s+/g, "").toLowerCase();
  return known.emails
    .filter((email) => email.includes("@") && squeezed.includes(email.replace(/\s+/g, "").toLowerCase()))
    .map((email) => ({ kind: "email" as const, value: email, found: email }));
}

/** Hits inside a longer hit ("Smith" inside "Dr. John Smith") say nothing more. */
const outermost = (hits: Hit[]): Hit[] =>
  hits
    .filter(
      (h) => !hits.some((o) => o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start),
    )
    .sort((a, b) => a.start - b.start);

function leaksWith(redactedText: string, known: KnownIdentifiers, matchers: Matcher[]): Leak[] {
  const folded = fold(redactedText);
  const leaks: Leak[] = outermost(findHits(folded.text, matchers)).map((hit) => ({
    kind: hit.kind,
    value: hit.value ?? hit.found,
    found: redactedText.slice(folded.starts[hit.start], folded.ends[hit.end - 1]),
  }));
  leaks.push(...numberLeaks(folded.text, known), ...emailLeaks(folded.text, known));
  const seen = new Set<string>();
  return leaks.filter((leak) => {
    const key = `${leak.kind}\u0000${leak.value}\u0000${leak.found}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/** Known identifiers (and identifier-shaped text) still present in a redacted text. */
export function findLeaks(redactedText: string, known: KnownIdentifiers): Leak[] {
  return leaksWith(redactedText, known, buildMatchers(known));
}

// The redacted letter with its spans, the reviewer's edits and the independent leak check
// (leak-audit.ts) is made by redact-letter.ts; it is re-exported here for its callers.
export { redactLetter, type RedactedLetter, type RedactionSpan, type ReviewEdit } from "./redact-letter.ts";
