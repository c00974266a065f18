// What a license or board certification is worth today, as shown on the reviewer screens.
// Matching only counts verified credentials valid through a case's due date
// (lib/matching/hard-constraints.ts); this is the same rule seen from the credential:
// expired (before today), unverified (no verification record), expiring (within 90 days),
// or verified. Pure: dates are calendar dates at UTC midnight.
import { DAY_MS, utcDay } from "../matching/calendar.ts";

export const EXPIRING_WITHIN_DAYS = 90;
export const EXPIRY_WINDOWS = [30, 60, 90] as const;
export type ExpiryWindow = (typeof EXPIRY_WINDOWS)[number];

export type CredentialState = "verified" | "unverified" | "expiring" | "expired";

export type CredentialDates = { expiresOn: Date; verifiedAt: Date | null };

/** Whole days from today to the expiry date (negative once expired; 0 on the day itself). */
export const daysUntil = (expiresOn: Date, now: Date = new Date()): number =>
  Math.round((utcDay(expiresOn) - utcDay(now)) / DAY_MS);

export function credentialState(credential: CredentialDates, now: Date = new Date()): CredentialState {
  const days = daysUntil(credential.expiresOn, now);
  if (days < 0) return "expired";
  if (credential.verifiedAt === null) return "unverified";
  return days <= EXPIRING_WITHIN_DAYS ? "expiring" : "verified";
}

/** How many credentials are in each state: the reviewer list's badges. */
export function credentialSummary(
  credentials: CredentialDates[],
  now: Date = new Date(),
): Record<CredentialState, number> {
  const out: Record<CredentialState, number> = { verified: 0, unverified: 0, expiring: 0, expired: 0 };
  for (const c of credentials) out[credentialState(c, now)] += 1;
  return out;
}

/** The first day after the window: credentials expiring before it fall in "the next N days". */
export const windowEnd = (days: number, now: Date = new Date()): Date => new Date(utcDay(now) + (days + 1) * DAY_MS);
export const startOfToday = (now: Date = new Date()): Date => new Date(utcDay(now));
