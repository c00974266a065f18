// The eligibility figures an administrator may change, from the Setting table, because the
// law leaves them uncertain (IMR-DOMAIN: "make the window a setting"):
//   "eligibility.filingWindowDays"   days from UR service to file (default 30; 8 CCR 9792.10.1(b)(1))
//   "eligibility.mailExtensionDays"  days added when the UR decision was mailed (default 5)
// A missing or malformed value falls back to its default.
import type { Prisma } from "../db/generated/client.ts";
import { DEFAULT_ELIGIBILITY_SETTINGS, type EligibilitySettings } from "../eligibility/check-eligibility.ts";

export const ELIGIBILITY_SETTING_KEYS = {
  filingWindowDays: "eligibility.filingWindowDays",
  mailExtensionDays: "eligibility.mailExtensionDays",
} as const;

const days = (raw: unknown, max: number): number | null => {
  const value = typeof raw === "string" && raw.trim() !== "" ? Number(raw) : raw;
  return typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= max ? value : null;
};

export function parseEligibilitySettings(rows: { key: string; value: unknown }[]): EligibilitySettings {
  const value = (key: string) => rows.find((row) => row.key === key)?.value;
  return {
    ...DEFAULT_ELIGIBILITY_SETTINGS,
    filingWindowDays:
      days(value(ELIGIBILITY_SETTING_KEYS.filingWindowDays), 365) ?? DEFAULT_ELIGIBILITY_SETTINGS.filingWindowDays,
    mailExtensionDays:
      days(value(ELIGIBILITY_SETTING_KEYS.mailExtensionDays), 30) ?? DEFAULT_ELIGIBILITY_SETTINGS.mailExtensionDays,
  };
}

export async function loadEligibilitySettings(
  reader: Pick<Prisma.TransactionClient, "setting">,
): Promise<EligibilitySettings> {
  const rows = await reader.setting.findMany({
    where: { key: { in: Object.values(ELIGIBILITY_SETTING_KEYS) } },
    select: { key: true, value: true },
  });
  return parseEligibilitySettings(rows);
}
