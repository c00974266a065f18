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
import { fold, originalSpan } from "./fold.ts";
import { IDENTIFIER_KINDS, type IdentifierKind, type KnownIdentifiers, type RemovedCount } from "./known-identifiers.ts";
import { findHits, type Matcher } from "./matchers.ts";
import { countRemoved, prepareRedactor, redactSection } from "./redact-letter.ts";

export type RedactionResult = { text: string; removed: RemovedCount[] };

type Span = { start: number; end: number; kind: IdentifierKind };

/** Overlapping or touching spans become one; it counts for the kind of its longest part. */
function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: (Span & { longest: number })[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) {
      if (span.end - span.start > last.longest) Object.assign(last, { kind: span.kind, longest: span.end - span.start });
      last.end = Math.max(last.end, span.end);
    } else {
      merged.push({ ...span, longest: span.end - span.start });
    }
  }
  return merged.map(({ start, end, kind }) => ({ start, end, kind }));
}

/** One pass: the spans to cut from `text`, in original offsets. */
function spansToRemove(text: string, matchers: Matcher[]): Span[] {
  const folded = fold(text);
  const spans = findHits(folded.text, matchers).map((hit) => {
    const [start, end] = originalSpan(text, folded, hit.start, hit.end);
    return { start, end, kind: hit.kind };
  });
  return mergeSpans(spans);
}

/** Redaction with matchers already built (redactLetter builds them once for all sections). */
export function redactWithMatchers(text: string, matchers: Matcher[]): RedactionResult {
  const counts = new Map<IdentifierKind, number>();
  let current = text;
  // Cutting text out can bring two pieces together into a new match: repeat until clean.
  for (let pass = 0; pass < 5; pass++) {
    const spans = spansToRemove(current, matchers);
    if (spans.length === 0) break;
    let out = "";
    let at = 0;
    for (const span of spans) {
      out += current.slice(at, span.start);
      at = span.end;
      counts.set(span.kind, (counts.get(span.kind) ?? 0) + 1);
    }
    current = out + current.slice(at);
  }
  const removed = IDENTIFIER_KINDS.filter((kind) => counts.has(kind)).map((kind) => ({ kind, count: counts.get(kind) ?? 0 }));
  return { text: current, removed };
}

/**
 * One text redacted by every layer (known identifiers, patterns, names with a cue), as
 * redactLetter does for a section; doubtful findings stay in the text.
 */
export function redactText(text: string, known: KnownIdentifiers): RedactionResult {
  const { text: redacted, spans } = redactSection("text", text, prepareRedactor(known));
  return { text: redacted, removed: countRemoved(spans) };
}

/** Sums of several `removed` lists, in the usual order. */
export function sumRemoved(lists: RemovedCount[][]): RemovedCount[] {
  const counts = new Map<IdentifierKind, number>();
  for (const { kind, count } of lists.flat()) counts.set(kind, (counts.get(kind) ?? 0) + count);
  return IDENTIFIER_KINDS.filter((kind) => counts.has(kind)).map((kind) => ({ kind, count: counts.get(kind) ?? 0 }));
}
