// The redacted public copy of a letter and what a person needs to review it (IMR-DOMAIN 11).
// Layered, as Microsoft Presidio and UCSF's Philter are:
//   known    the case's own identifiers in all their variants (matchers.ts, known-layer.ts)
//   pattern  identifiers recognised by shape and validated (patterns.ts, pattern-layer.ts)
//   names    names the case does not hold, by cues and the name finder (name-finder.ts)
//   edit     a reviewer's "remove this" (ReviewEdit)
// Sure findings are removed (cut out, gap style, the whitespace around kept); unsure ones are
// "doubtful": left in the text and shown to a person. A reviewer's "keep" turns a span into
// "kept". The independent leak check (leak-audit.ts) then reads the public copy; any finding
// it makes, or any doubtful span, means the letter needs a person before it is published.
import { escapeRegex, fold, foldString, originalSpan, type Folded } from "./fold.ts";
import {
  IDENTIFIER_KINDS,
  type IdentifierKind,
  type KnownIdentifiers,
  type Leak,
  type RemovedCount,
} from "./known-identifiers.ts";
import { knownLayerMatchers } from "./known-layer.ts";
import { auditText, prepareAudit } from "./leak-audit.ts";
import { buildMatchers, findHits, type Matcher } from "./matchers.ts";
import { isClinicalUse, isMedicalTerm } from "./medical-terms.ts";
import { nameHits } from "./name-finder.ts";
import { patternHits } from "./pattern-layer.ts";

export type ReviewEdit = { section: string; action: "remove" | "keep"; text: string };

export type RedactionSpan = {
  section: string;
  /** offsets in the ORIGINAL section text */
  start: number;
  end: number;
  /** the original text of the span */
  text: string;
  kind: IdentifierKind;
  layer: "known" | "pattern" | "names" | "edit" | "audit";
  /** doubtful: left in the text, needs a person; kept: a person chose to keep it */
  status: "removed" | "doubtful" | "kept";
  reason: string;
};

export type RedactedLetter = {
  /** the public copy: removed spans cut out; doubtful and kept spans left in */
  sections: Record<string, string>;
  spans: RedactionSpan[];
  /** from the independent leak check, run on the public copy (after edits) */
  leaks: (Leak & { section: string })[];
  removed: RemovedCount[];
  /** true when any span is doubtful or any leak remains */
  needsReview: boolean;
  publishable: boolean;
};

type Raw = {
  start: number;
  end: number;
  kind: IdentifierKind;
  layer: RedactionSpan["layer"];
  status: "removed" | "doubtful";
  reason: string;
};

export type Redactor = { known: KnownIdentifiers; matchers: Matcher[] };

export function prepareRedactor(known: KnownIdentifiers): Redactor {
  return { known, matchers: [...buildMatchers(known), ...knownLayerMatchers(known)] };
}

const editKind = (text: string): IdentifierKind =>
  text.includes("@") ? "email" : /\d/.test(text) ? "otherNumber" : "person";
const normal = (text: string) => foldString(text).toLowerCase().replace(/\s+/g, " ").trim();
const withoutPossessive = (text: string) => text.replace(/'s?$/i, "");

/** The findings of every layer on one section, in folded offsets. */
function findRaw(folded: string, redactor: Redactor, removeEdits: string[]): Raw[] {
  const raw: Raw[] = [];
  for (const hit of findHits(folded, redactor.matchers)) {
    // a known party's name written as the clinical term stays ("Hawkins test", "Norco")
    if ((hit.kind === "person" || hit.kind === "organization") && !/\s/.test(hit.found.trim())) {
      const word = withoutPossessive(hit.found);
      if (isMedicalTerm(word) && isClinicalUse(folded, hit.start, hit.end)) continue;
    }
    raw.push({
      start: hit.start,
      end: hit.end,
      kind: hit.kind,
      layer: hit.value === null ? "pattern" : "known",
      status: "removed",
      reason: hit.reason ?? hit.kind,
    });
  }
  for (const hit of patternHits(folded, redactor.known)) raw.push({ ...hit, layer: "pattern" });
  for (const hit of nameHits(folded, raw)) raw.push({ ...hit, layer: "names" });
  for (const text of removeEdits) {
    const needle = foldString(text).trim();
    if (!needle) continue;
    const regex = new RegExp(escapeRegex(needle).replace(/\s+/g, "\\s+"), "giu");
    for (const m of folded.matchAll(regex)) {
      raw.push({
        start: m.index,
        end: m.index + m[0].length,
        kind: editKind(needle),
        layer: "edit",
        status: "removed",
        reason: "Removed by a reviewer",
      });
    }
  }
  return raw;
}

/** Removed spans merge when they overlap or touch; doubtful spans under a removed one go. */
function mergeRaw(raw: Raw[]): Raw[] {
  const sorted = [...raw].sort((a, b) => a.start - b.start || b.end - a.end);
  const removed: (Raw & { longest: number })[] = [];
  for (const span of sorted.filter((s) => s.status === "removed")) {
    const last = removed[removed.length - 1];
    if (last && span.start <= last.end) {
      if (span.end - span.start > last.longest)
        Object.assign(last, {
          kind: span.kind,
          layer: span.layer,
          reason: span.reason,
          longest: span.end - span.start,
        });
      last.end = Math.max(last.end, span.end);
    } else removed.push({ ...span, longest: span.end - span.start });
  }
  const doubtful: Raw[] = [];
  for (const span of sorted.filter((s) => s.status === "doubtful")) {
    if (removed.some((r) => r.start < span.end && r.end > span.start)) continue;
    const last = doubtful[doubtful.length - 1];
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else doubtful.push({ ...span });
  }
  return [...removed.map(({ longest: _longest, ...r }) => r), ...doubtful].sort((a, b) => a.start - b.start);
}

type SectionResult = { text: string; spans: RedactionSpan[]; keptPublic: [number, number][] };

export function redactSection(
  section: string,
  text: string,
  redactor: Redactor,
  edits: ReviewEdit[] = [],
): SectionResult {
  const mine = edits.filter((e) => e.section === section && typeof e.text === "string" && e.text.trim().length > 0);
  const keeps = new Set(
    mine.filter((e) => e.action === "keep").flatMap((e) => [normal(e.text), normal(withoutPossessive(e.text))]),
  );
  // an ASCII text without a backtick folds to itself (fold.ts): its offsets are its own
  const folded: Folded | null = /^[\x00-\x5F\x61-\x7F]*$/.test(text) ? null : fold(text);
  const merged = mergeRaw(
    findRaw(
      folded ? folded.text : text,
      redactor,
      mine.filter((e) => e.action === "remove").map((e) => e.text),
    ),
  );
  const spans: RedactionSpan[] = merged.map((r) => {
    const [start, end] = folded ? originalSpan(text, folded, r.start, r.end) : [r.start, r.end];
    const original = text.slice(start, end);
    const kept = keeps.has(normal(original)) || keeps.has(normal(withoutPossessive(original)));
    return {
      section,
      start,
      end,
      text: original,
      kind: r.kind,
      layer: r.layer,
      status: kept ? "kept" : r.status,
      reason: kept ? `${r.reason}; kept by a reviewer` : r.reason,
    };
  });
  let out = "";
  let at = 0;
  const keptPublic: [number, number][] = [];
  for (const span of spans) {
    if (span.status !== "removed") {
      if (span.status === "kept") keptPublic.push([out.length + (span.start - at), out.length + (span.end - at)]);
      continue;
    }
    if (span.start < at) continue;
    out += text.slice(at, span.start);
    at = span.end;
  }
  out += text.slice(at);
  return { text: out, spans, keptPublic };
}

export function countRemoved(spans: RedactionSpan[]): RemovedCount[] {
  const counts = new Map<IdentifierKind, number>();
  for (const span of spans) if (span.status === "removed") counts.set(span.kind, (counts.get(span.kind) ?? 0) + 1);
  return IDENTIFIER_KINDS.filter((kind) => counts.has(kind)).map((kind) => ({ kind, count: counts.get(kind) ?? 0 }));
}

/** Redacts every section, applies the reviewer's edits, then runs the independent leak check. */
export function redactLetter(args: {
  sections: Record<string, string>;
  known: KnownIdentifiers;
  edits?: ReviewEdit[];
}): RedactedLetter {
  const { sections, known, edits = [] } = args;
  const redactor = prepareRedactor(known);
  const audit = prepareAudit(known);
  const out: Record<string, string> = {};
  const spans: RedactionSpan[] = [];
  const leaks: RedactedLetter["leaks"] = [];
  for (const [section, value] of Object.entries(sections ?? {})) {
    const text = typeof value === "string" ? value : "";
    const result = redactSection(section, text, redactor, edits);
    out[section] = result.text;
    spans.push(...result.spans);
    const keeps = new Set(
      edits
        .filter((e) => e.section === section && e.action === "keep" && typeof e.text === "string")
        .map((e) => normal(e.text)),
    );
    for (const finding of auditText(result.text, known, audit)) {
      const insideKept = result.keptPublic.some(
        ([s, e]) => finding.end > finding.start && finding.start >= s && finding.end <= e,
      );
      if (insideKept || keeps.has(normal(finding.found))) continue;
      leaks.push({ kind: finding.kind, value: finding.value, found: finding.found, section });
    }
  }
  const needsReview = leaks.length > 0 || spans.some((s) => s.status === "doubtful");
  return { sections: out, spans, leaks, removed: countRemoved(spans), needsReview, publishable: !needsReview };
}
