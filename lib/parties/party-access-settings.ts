// How long parties' access codes stay valid after the final determination letter is issued.
// Setting "parties.accessDaysAfterLetter" (default 180 days: the 30-day appeal window, with
// room for the appeal to be heard, and for the parties to download their letters again).
import type { Prisma } from "../db/generated/client.ts";

export const PARTY_ACCESS_SETTING_KEY = "parties.accessDaysAfterLetter";
export const DEFAULT_PARTY_ACCESS_DAYS_AFTER_LETTER = 180;

export function parsePartyAccessDays(raw: unknown): number {
  const value = typeof raw === "string" && raw.trim() !== "" ? Number(raw) : raw;
  return typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 3650
    ? value
    : DEFAULT_PARTY_ACCESS_DAYS_AFTER_LETTER;
}

export async function partyAccessDaysAfterLetter(reader: Pick<Prisma.TransactionClient, "setting">): Promise<number> {
  const row = await reader.setting.findUnique({ where: { key: PARTY_ACCESS_SETTING_KEY }, select: { value: true } });
  return parsePartyAccessDays(row?.value);
}

/** The moment the parties' codes stop opening the case. */
export function partyCodesExpireAt(issuedAt: Date, days: number): Date {
  return new Date(issuedAt.getTime() + days * 24 * 60 * 60 * 1000);
}
