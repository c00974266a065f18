// The matching rules an administrator may change, from the Setting table: the license
// states accepted besides California ("matching.acceptedLicenseStates", default ["CA"]) and
// the minimum hours a week of active practice ("matching.minHoursPerWeek", default 24; the
// published letters say "at least 24 hours a week"). A missing or malformed value falls
// back to its default, so a bad edit cannot empty the panel. Pure: the rows are read by
// lib/cases/matching-data/load-matching-settings.ts.
import { DEFAULT_QUALIFICATION_RULES, type QualificationRules } from "./types.ts";

export const MATCHING_SETTING_KEYS = {
  acceptedLicenseStates: "matching.acceptedLicenseStates",
  minHoursPerWeek: "matching.minHoursPerWeek",
} as const;

export function parseMatchingSettings(rows: { key: string; value: unknown }[]): QualificationRules {
  const value = (key: string) => rows.find((row) => row.key === key)?.value;
  return {
    acceptedLicenseStates:
      parseStates(value(MATCHING_SETTING_KEYS.acceptedLicenseStates)) ??
      DEFAULT_QUALIFICATION_RULES.acceptedLicenseStates,
    minHoursPerWeek:
      parseHours(value(MATCHING_SETTING_KEYS.minHoursPerWeek)) ?? DEFAULT_QUALIFICATION_RULES.minHoursPerWeek,
  };
}

function parseStates(raw: unknown): string[] | null {
  if (!Array.isArray(raw) || raw.length === 0) return null;
  const states = raw.map((s) => (typeof s === "string" ? s.trim().toUpperCase() : ""));
  if (!states.every((s) => /^[A-Z]{2}$/.test(s))) return null;
  return [...new Set(states)];
}

function parseHours(raw: unknown): number | null {
  const hours = typeof raw === "string" && raw.trim() !== "" ? Number(raw) : raw;
  return typeof hours === "number" && Number.isFinite(hours) && hours >= 0 && hours <= 168 ? hours : null;
}
