// An audit event's payload in plain words (pure), for the case history and the audit
// viewer: each field labelled in words, instants as California date and time, calendar
// dates in words, codes in words, hashes shortened and labelled as fingerprints, record ids
// hidden, except people and organisations, named (with a link to their page) when the name
// is known. The CSV export keeps the raw payload.
import { formatDateTime, formatLongIsoDate } from "../format/dates.ts";
import { partyRoleLabel } from "../parties/party-role-labels.ts";
import { staffRoleLabel } from "./audit-format.ts";

export type AuditDetail = { label: string; text: string; href?: string };

/** Names looked up for the ids a payload carries (lib/audit-viewer/audit-rows.ts fills them per batch). */
export type AuditNames = {
  users?: ReadonlyMap<string, string>;
  reviewers?: ReadonlyMap<string, string>;
  organizations?: ReadonlyMap<string, string>;
};

const KEY_LABELS: Record<string, string> = {
  caseNumber: "Case",
  reviewType: "Review type",
  items: "Disputed items",
  separateFromDuplicate: "Kept apart from",
  claimNumber: "Claim number",
  addedItems: "Items added",
  outcome: "Outcome",
  computed: "The rules found",
  overrideReason: "Reason for deciding otherwise",
  reasons: "Reasons",
  dueAt: "Due",
  recordsCompleteAt: "Records complete",
  kind: "Kind",
  sha256: "Fingerprint (SHA-256)",
  pdfSha256: "PDF fingerprint (SHA-256)",
  byteSize: "Size",
  pageCount: "Pages",
  scanner: "Virus scan",
  fields: "Fields filled",
  method: "How chosen",
  score: "Score",
  override: "Chosen over the top-ranked candidate",
  candidates: "Qualified candidates",
  reason: "Reason",
  conflictAttestedAt: "No-conflict attestation",
  offeredAt: "Offered",
  cases: "Cases",
  offered: "Offered",
  unassigned: "Left waiting",
  skipped: "Skipped",
  email: "E-mail",
  changed: "Changed",
  credential: "Credential",
  summary: "Credential",
  verificationCleared: "Verification cleared",
  expiresOn: "Expires",
  verifiedBy: "Verified by",
  source: "Checked against",
  normalizedName: "Name",
  identifier: "Identifier",
  name: "Name",
  aliases: "Aliases",
  affiliationName: "Affiliation",
  partyName: "Party",
  partyLabel: "Party's role",
  startsOn: "From",
  endsOn: "To",
  specialtyCode: "Specialty",
  similarCode: "Similar specialty",
  revision: "Revision",
  version: "Version",
  qualifications: "Qualifications",
  documentsReviewed: "Documents reviewed",
  documentsNotRelevant: "Documents not relevant",
  flagCounts: "Flags",
  flagsOverrideReason: "Reason for approving despite the flags",
  partyCodesExpireAt: "Party access codes expire",
  approvedById: "Approved by",
  leakKinds: "Personal data found",
  leaks: "Leaks",
  doubts: "Doubtful passages",
  action: "Edit",
  section: "Section",
  length: "Characters",
  partyRole: "Party",
  expiresAt: "Expires",
  sessionsEnded: "Sessions ended",
  ip: "Address",
  lifted: "Attempts cleared",
  failedSignIns: "Failed sign-ins",
  from: "From",
  to: "To",
  byAdmin: "By an administrator",
  remaining: "Recovery codes left",
  rows: "Rows",
  filters: "Filters",
  report: "Report",
  attempts: "Attempts",
  error: "Error",
  lastError: "Last error",
  by: "By",
  role: "Role",
  throttled: "Refused during a wait",
  locked: "Locked",
  waitSeconds: "Wait (seconds)",
  waitBy: "Wait set per",
  pastTheWait: "Code tried during the wait",
  failures: "Failures",
  disabled: "Disabled",
  changes: "Changes",
  userId: "User",
  reviewerId: "Reviewer",
  organizationId: "Organisation",
  parentId: "Parent organisation",
};

/** Fields naming a person or an organisation: shown by name, linked to their page. */
const NAMED: Record<string, { book: keyof AuditNames; href: (id: string) => string; unknown: string }> = {
  userId: { book: "users", href: (id) => `/admin/users/${id}`, unknown: "a former user" },
  approvedById: { book: "users", href: (id) => `/admin/users/${id}`, unknown: "a former user" },
  reviewerId: { book: "reviewers", href: (id) => `/admin/reviewers/${id}`, unknown: "a former reviewer" },
  organizationId: {
    book: "organizations",
    href: (id) => `/admin/organizations/${id}`,
    unknown: "an organisation no longer listed",
  },
  parentId: {
    book: "organizations",
    href: (id) => `/admin/organizations/${id}`,
    unknown: "an organisation no longer listed",
  },
};

/** Technical fields that say nothing to a reader (ids are left out by their value). */
const HIDDEN = new Set(["sessionVersion", "unlockLink"]);

/** Codes whose words depend on the field. */
const VALUE_WORDS: Record<string, Record<string, string>> = {
  method: { MANUAL: "by an administrator", AUTO: "automatically (top-ranked)", BATCH: "batch assignment" },
  reason: {
    password: "wrong password",
    totp: "wrong authentication code",
    totp_reused: "authentication code used before",
  },
  by: { staff: "staff", party: "a party" },
  from: { directory: "the directory", intake: "intake" },
  waitBy: { account: "account", address: "address" },
  action: { remove: "removed text", keep: "kept a doubtful passage", undo: "undid an edit" },
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HASH = /^[0-9a-f]{40,}$/i;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
const CODE = /^[A-Z][A-Z0-9_]+$/;
const ROLES = new Set(["ADMIN", "INTAKE", "REVIEWER"]);

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** "flagsOverrideReason" -> "Flags override reason" (fields without words of their own). */
function keyWords(key: string): string {
  const spaced = key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/_/g, " ")
    .toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/** Abbreviations that stay in capitals inside a code's words ("UR_ORGANIZATION": "UR organization"). */
const ACRONYMS = new Set(["UR", "TPA", "QA", "IMR", "NPI", "PDF", "CSV", "SMTP", "MTUS", "ACOEM", "ODG", "CA", "NV"]);
/** Fields whose codes are names in their own right (specialty codes). */
const VERBATIM = new Set(["specialtyCode", "similarCode", "report", "caseNumber", "claimNumber", "identifier"]);

function codeWords(code: string): string {
  const words = code
    .split("_")
    .map((w) => (ACRONYMS.has(w) ? w : w.toLowerCase()))
    .join(" ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function bytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

/** One value in words; null when it is nothing worth showing (an id, an empty value). */
function valueWords(key: string, value: unknown, depth = 0): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "number")
    return key === "byteSize" ? bytes(value) : Number.isFinite(value) ? value.toLocaleString("en-US") : String(value);
  if (typeof value === "string") {
    const text = value.trim();
    if (!text) return null;
    if (UUID.test(text)) return null;
    if (HASH.test(text)) return `${text.slice(0, 12).toLowerCase()}…`;
    if (INSTANT.test(text) && !Number.isNaN(Date.parse(text))) return formatDateTime(new Date(text));
    if (CALENDAR_DATE.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`))) return formatLongIsoDate(text);
    const known = VALUE_WORDS[key]?.[text];
    if (known) return known;
    if (VERBATIM.has(key)) return clip(text, 160);
    if (key === "partyRole" || key === "partyLabel") return partyRoleLabel(text);
    if (ROLES.has(text)) return staffRoleLabel(text);
    if (CODE.test(text)) return codeWords(text);
    return clip(text.replace(/\s+/g, " "), 160);
  }
  if (Array.isArray(value)) {
    const parts = value.map((item) => valueWords(key, item, depth + 1)).filter((part): part is string => part !== null);
    return parts.length ? clip(parts.join(", "), 400) : "none";
  }
  if (typeof value === "object" && depth < 2) {
    // a change: "Label: before → after"
    const change = value as { label?: unknown; field?: unknown; before?: unknown; after?: unknown };
    if (
      "before" in change &&
      "after" in change &&
      (typeof change.label === "string" || typeof change.field === "string")
    ) {
      const name = typeof change.label === "string" ? change.label : keyWords(String(change.field));
      return `${name}: ${valueWords("before", change.before, depth + 1) ?? "empty"} → ${valueWords("after", change.after, depth + 1) ?? "empty"}`;
    }
    const parts = Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => [k, valueWords(k, v, depth + 1)] as const)
      .filter((entry): entry is readonly [string, string] => entry[1] !== null)
      .map(([k, v]) => `${keyWords(k).toLowerCase()} ${v}`);
    return parts.length ? clip(parts.join(", "), 200) : "none";
  }
  return null;
}

/** The payload's fields in words, in the payload's order. */
export function auditDetails(payload: unknown, names: AuditNames = {}): AuditDetail[] {
  if (!payload || typeof payload !== "object" || Array.isArray(payload)) {
    const text = valueWords("value", payload);
    return text ? [{ label: "Details", text }] : [];
  }
  const out: AuditDetail[] = [];
  for (const [key, value] of Object.entries(payload as Record<string, unknown>)) {
    if (HIDDEN.has(key)) continue;
    const named = NAMED[key];
    if (named && typeof value === "string" && UUID.test(value)) {
      const name = names[named.book]?.get(value);
      out.push(
        name
          ? { label: KEY_LABELS[key] ?? keyWords(key), text: name, href: named.href(value) }
          : { label: KEY_LABELS[key] ?? keyWords(key), text: named.unknown },
      );
      continue;
    }
    const text = valueWords(key, value);
    if (text !== null) out.push({ label: KEY_LABELS[key] ?? keyWords(key), text });
  }
  return out;
}

/** The details as one line: "Reason: too busy; Offered: 01/05/2027, 3:04 PM". */
export const detailsText = (details: readonly AuditDetail[]) => details.map((d) => `${d.label}: ${d.text}`).join("; ");

/** The ids of people and organisations a payload names, to look their names up. */
export function namedIds(payload: unknown): { users: string[]; reviewers: string[]; organizations: string[] } {
  const found = { users: [] as string[], reviewers: [] as string[], organizations: [] as string[] };
  if (!payload || typeof payload !== "object" || Array.isArray(payload)) return found;
  for (const [key, value] of Object.entries(payload as Record<string, unknown>)) {
    const named = NAMED[key];
    if (named && typeof value === "string" && UUID.test(value)) found[named.book].push(value);
  }
  return found;
}
