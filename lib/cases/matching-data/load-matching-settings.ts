// Reads the matching rules an administrator may change from the Setting table; what they
// mean, their defaults and the parsing are in lib/matching/matching-settings.ts (pure).
import type { Prisma } from "../../db/generated/client.ts";
import { db } from "../../db/client.ts";
import { MATCHING_SETTING_KEYS, parseMatchingSettings } from "../../matching/matching-settings.ts";
import type { QualificationRules } from "../../matching/types.ts";

type SettingReader = Pick<Prisma.TransactionClient, "setting">;

export async function loadMatchingSettings(reader: SettingReader = db()): Promise<QualificationRules> {
  const rows = await reader.setting.findMany({
    where: { key: { in: Object.values(MATCHING_SETTING_KEYS) } },
    select: { key: true, value: true },
  });
  return parseMatchingSettings(rows);
}
