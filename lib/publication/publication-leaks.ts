// What the leak check found, and what the redactor doubted, as it is stored on a publication
// held back for review (NEEDS_REVIEW; BLOCKED before redaction review existed) and shown to
// administrators: the kind of identifier, where it is, and a masked sample (first and last
// letter or digit kept, the rest hidden), never the identifier itself in full.
import { IDENTIFIER_KINDS, type IdentifierKind, type Leak } from "../redaction/known-identifiers.ts";
import type { RedactionSpan } from "../redaction/leak-check.ts";
import { sectionLabel } from "./letter-sections.ts";

export type StoredLeak = { kind: IdentifierKind; section: string; sample: string; doubtful?: boolean };

const ALPHANUMERIC = /[\p{L}\p{N}]/u;
const MASK = "•";
const MAX_SAMPLE = 40;

/** "García-López" -> "G•••••-••••z", "0042-7781-01" -> "0•••-••••-•1"; short values keep one character. */
export function maskSample(found: string): string {
  const chars = [
    ...found
      .replace(/\p{Cf}/gu, "")
      .replace(/\s+/g, " ")
      .trim(),
  ].slice(0, MAX_SAMPLE);
  const positions = chars.flatMap((c, i) => (ALPHANUMERIC.test(c) ? [i] : []));
  const keep = new Set(positions.length >= 4 ? [positions[0], positions[positions.length - 1]] : positions.slice(0, 1));
  return chars.map((c, i) => (ALPHANUMERIC.test(c) && !keep.has(i) ? MASK : c)).join("");
}

export function storedLeaks(leaks: (Leak & { section: string })[]): StoredLeak[] {
  const seen = new Set<string>();
  const out: StoredLeak[] = [];
  for (const leak of leaks) {
    const stored = { kind: leak.kind, section: leak.section, sample: maskSample(leak.found) };
    const key = `${stored.kind}|${stored.section}|${stored.sample}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(stored);
  }
  return out;
}

/** What holds a copy back for review: each leak, and each span the redactor was unsure of (masked). */
export function reviewFindings(spans: RedactionSpan[], leaks: (Leak & { section: string })[]): StoredLeak[] {
  const doubtful = spans
    .filter((span) => span.status === "doubtful")
    .map((span) => ({ kind: span.kind, section: span.section, sample: maskSample(span.text), doubtful: true }));
  return [...storedLeaks(leaks), ...dedupe(doubtful)];
}

function dedupe(list: StoredLeak[]): StoredLeak[] {
  const seen = new Set<string>();
  return list.filter((l) => {
    const key = `${l.kind}|${l.section}|${l.sample}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

const KIND_WORDS: Partial<Record<IdentifierKind, string>> = {
  person: "a person's name",
  organization: "an organization's name",
  claimNumber: "a claim number",
  otherNumber: "a case-file number",
  caseNumber: "another IMR case number",
  address: "an address",
  phone: "a phone number",
  email: "an email address",
  dateOfBirth: "a date of birth",
  ssn: "a social security number",
};

const kindWords = (kind: IdentifierKind): string => KIND_WORDS[kind] ?? "an identifier";

/** Stored leaks read back from the database's JSON (anything malformed is dropped). */
export function parseStoredLeaks(value: unknown): StoredLeak[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => {
    const e = entry as Partial<StoredLeak> | null;
    return e &&
      typeof e.kind === "string" &&
      (IDENTIFIER_KINDS as readonly string[]).includes(e.kind) &&
      typeof e.section === "string" &&
      typeof e.sample === "string"
      ? [{ kind: e.kind, section: e.section, sample: e.sample, ...(e.doubtful === true ? { doubtful: true } : {}) }]
      : [];
  });
}

/** The administrators' message for a blocked publication. */
export function leakMessage(leaks: StoredLeak[]): string {
  if (leaks.length === 0) return "";
  const count = leaks.length === 1 ? "One finding needs a person" : `${leaks.length} findings need a person`;
  const list = leaks
    .map((l) => `${l.doubtful ? "possibly " : ""}${kindWords(l.kind)} (${l.sample}) in ${sectionLabel(l.section)}`)
    .join("; ");
  return (
    `Not published: ${count} after redaction: ${list}. ` +
    "Open the redaction review to remove or keep each one, then publish."
  );
}
