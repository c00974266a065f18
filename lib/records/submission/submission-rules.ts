// The rules of records sent by the parties through the party page (8 CCR 9792.10.5: the
// claims administrator delivers the medical records; the employee and the requesting
// physician may send documents too). Pure: which parties may send, the limits on files,
// when a submission is late (after the request's due date on the California calendar) and
// how the due date reads ("due in 3 days", "due today", "late").
import { californiaToday } from "../../format/dates.ts";
import type { PartyRole } from "../../db/generated/enums.ts";

/** The parties that may send records: the claims administrator (who must), the requesting physician and the employee. */
export const SUBMITTING_ROLES: readonly PartyRole[] = ["CLAIMS_ADMINISTRATOR", "REQUESTING_PHYSICIAN", "EMPLOYEE"];

/** Only the claims administrator, to whom the records request is addressed, declares its submission complete. */
export const DECLARING_ROLE: PartyRole = "CLAIMS_ADMINISTRATOR";

/** The kinds a party may give its document. */
export const SUBMISSION_KINDS = ["MEDICAL_REPORT", "UR_DECISION", "APPLICATION", "CORRESPONDENCE", "OTHER"] as const;
export type SubmissionKind = (typeof SUBMISSION_KINDS)[number];

const positive = (value: string | undefined, fallback: number) => {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : fallback;
};

export type UploadLimits = {
  /** one file, in bytes */
  maxFileBytes: number;
  /** one PATCH (or POST with data) body, in bytes; the browser sends 8 MB chunks */
  maxChunkBytes: number;
  /** files a party may keep on a case (stored and in progress) */
  maxFilesPerParty: number;
  /** uploads in progress at once for a party */
  maxOpenUploads: number;
  /** uploads started per party session, per hour */
  perSessionPerHour: number;
  /** uploads started from one address, per hour */
  perAddressPerHour: number;
  /** an unfinished upload is swept this long after it started */
  expiryHours: number;
};

export const CLIENT_CHUNK_BYTES = 8 * 1024 * 1024;

export function uploadLimits(env: Record<string, string | undefined> = process.env): UploadLimits {
  return {
    maxFileBytes: positive(env.IMR_PARTY_UPLOAD_MAX_MB, 512) * 1024 * 1024,
    maxChunkBytes: 16 * 1024 * 1024,
    maxFilesPerParty: positive(env.IMR_PARTY_UPLOAD_MAX_FILES, 300),
    maxOpenUploads: positive(env.IMR_PARTY_UPLOAD_MAX_OPEN, 20),
    perSessionPerHour: positive(env.IMR_PARTY_UPLOADS_PER_SESSION_HOUR, 120),
    perAddressPerHour: positive(env.IMR_PARTY_UPLOADS_PER_ADDRESS_HOUR, 300),
    expiryHours: positive(env.IMR_PARTY_UPLOAD_EXPIRY_HOURS, 24),
  };
}

/** Late: received on a California date after the request's due date. */
export function isLateSubmission(receivedAt: Date, dueAt: Date): boolean {
  return californiaToday(receivedAt) > californiaToday(dueAt);
}

const dayNumber = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000;

/** Whole California days from today until the due date: 0 on the day, negative once late. */
export function daysUntilDue(dueAt: Date, now: Date): number {
  return dayNumber(californiaToday(dueAt)) - dayNumber(californiaToday(now));
}
