// The generator's clinical profiles use the maintained lists: every disputed item has a
// category from the treatment categories, every specialty is on the specialty list and has
// assignable reviewers on the generated panel, and the overturn rates average near the
// DWC's 13%.
import { STARTER_CATEGORIES } from "@/lib/intake/treatment-categories.ts";
import { SPECIALTIES } from "@/tools/demo/specialties.ts";
import { FORMULARY_ITEMS, PROFILES } from "@/tools/load/load-vocabulary.ts";
import { PANEL_SIZE, panelReviewer } from "@/tools/load/load-panel.ts";

const NOW = new Date("2026-11-27T17:00:00.000Z");
const items = PROFILES.flatMap((p) => p.items).map((item) => item.split("|"));

test.each(items.map(([category, subcategory, rate, description]) => ({ category, subcategory, rate, description })))(
  "$description: a listed category and a rate",
  ({ category, subcategory, rate }) => {
    expect(STARTER_CATEGORIES).toContainEqual([category, subcategory]);
    expect(Number(rate)).toBeGreaterThan(0);
    expect(Number(rate)).toBeLessThan(0.5);
  },
);

test("overturn rates average between 10% and 16%; every profile can give three distinct items", () => {
  const mean = items.reduce((sum, [, , rate]) => sum + Number(rate), 0) / items.length;
  expect(mean).toBeGreaterThan(0.1);
  expect(mean).toBeLessThan(0.16);
  for (const profile of PROFILES) expect(profile.items.length).toBeGreaterThanOrEqual(3);
  expect(FORMULARY_ITEMS.length).toBeGreaterThanOrEqual(3);
  expect(FORMULARY_ITEMS.every((item) => item.startsWith("Pharmaceuticals|"))).toBe(true);
});

test("profile specialties are listed and each has at least two assignable panel reviewers", () => {
  const codes = SPECIALTIES.map(([code]) => code);
  const panel = Array.from({ length: PANEL_SIZE }, (_, i) => panelReviewer(i, NOW));
  const assignable = panel.filter((r) => r.licenseStatus === "ACTIVE" && r.certExpiresOn > NOW && r.hoursPerWeek >= 24);
  for (const code of new Set(PROFILES.flatMap((p) => p.specialties))) {
    expect(codes).toContain(code);
    expect(assignable.filter((r) => r.specialty === code || r.secondSpecialty === code).length).toBeGreaterThanOrEqual(
      2,
    );
  }
  const share = 1 - assignable.length / panel.length;
  expect(share).toBeGreaterThan(0.03);
  expect(share).toBeLessThan(0.12);
  expect(new Set(panel.map((r) => r.email)).size).toBe(PANEL_SIZE);
  expect(new Set(panel.map((r) => r.licenseNumber)).size).toBe(PANEL_SIZE);
});
