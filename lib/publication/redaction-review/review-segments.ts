// A section of the letter as the redaction reviewer sees it: the original text cut into
// plain runs and the spans the redactor removed, doubted or was told to keep, each with its
// reason, so the page can highlight them in place. Pure.
import type { RedactionSpan } from "../../redaction/leak-check.ts";

export type ReviewSegment = { text: string; span?: { status: RedactionSpan["status"]; reason: string; kind: string } };

/** Spans may overlap: the earliest start wins and a span inside another is dropped. */
export function reviewSegments(original: string, spans: RedactionSpan[]): ReviewSegment[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: ReviewSegment[] = [];
  let at = 0;
  for (const span of sorted) {
    if (span.start < at || span.end <= span.start || span.end > original.length) continue;
    if (span.start > at) out.push({ text: original.slice(at, span.start) });
    out.push({
      text: original.slice(span.start, span.end),
      span: { status: span.status, reason: span.reason, kind: String(span.kind) },
    });
    at = span.end;
  }
  if (at < original.length) out.push({ text: original.slice(at) });
  return out;
}
