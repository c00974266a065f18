// What the leak check found, as it is stored on a BLOCKED publication and shown to
// administrators: the kind of identifier, where it is, and a masked sample (first and last
// letter or digit kept, the rest hidden), never the identifier itself in full.
import type { IdentifierKind, Leak } from "../redaction/known-identifiers.ts";
import { sectionLabel } from "./letter-sections.ts";

export type StoredLeak = { kind: IdentifierKind; section: string; sample: string };

const ALPHANUMERIC = /[\p{L}\p{N}]/u;
const MASK = "•";
const MAX_SAMPLE = 40;

/** "García-López" -> "G•••••-••••z", "0042-7781-01" -> "0•••-••••-•1"; short values keep one character. */
export function maskSample(found: string): string {
  const chars = [...found.replace(/\p{Cf}/gu, "").replace(/\s+/g, " ").trim()].slice(0, MAX_SAMPLE);
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

const KIND_WORDS: Record<IdentifierKind, string> = {
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

const KINDS = new Set(Object.keys(KIND_WORDS));

/** Stored leaks read back from the database's JSON (anything malformed is dropped). */
export function parseStoredLeaks(value: unknown): StoredLeak[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => {
    const e = entry as Partial<StoredLeak> | null;
    return e && typeof e.kind === "string" && KINDS.has(e.kind) && typeof e.section === "string" && typeof e.sample === "string"
      ? [{ kind: e.kind, section: e.section, sample: e.sample }]
      : [];
  });
}

/** The administrators' message for a blocked publication. */
export function leakMessage(leaks: StoredLeak[]): string {
  if (leaks.length === 0) return "";
  const count = leaks.length === 1 ? "One identifier of the case remains" : `${leaks.length} identifiers of the case remain`;
  const list = leaks.map((l) => `${KIND_WORDS[l.kind]} (${l.sample}) in ${sectionLabel(l.section)}`).join("; ");
  return (
    `Not published: ${count} after redaction: ${list}. ` +
    "Correct the letter by an amendment, or the case record if it is wrong, then retry the publication."
  );
}
