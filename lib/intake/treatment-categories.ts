// The maintained list of treatment categories for disputed items, and its starting contents.
import { db } from "../db/client.ts";

export const STARTER_CATEGORIES: [string, string][] = [
  ["Injections", "Facet medial branch block"],
  ["Injections", "Epidural steroid injection"],
  ["Injections", "Trigger point injection"],
  ["Pharmaceuticals", "Opioids"],
  ["Pharmaceuticals", "Muscle relaxants"],
  ["Pharmaceuticals", "Topical analgesics"],
  ["Physical medicine", "Physical therapy"],
  ["Physical medicine", "Chiropractic manipulation"],
  ["Physical medicine", "Acupuncture"],
  ["Diagnostic testing", "MRI"],
  ["Diagnostic testing", "Electrodiagnostic studies (EMG/NCV)"],
  ["Surgery", "Spine surgery"],
  ["Surgery", "Shoulder surgery"],
  ["Surgery", "Knee surgery"],
  ["Durable medical equipment", "DME"],
  ["Psychological services", "Psychotherapy"],
  ["Other", "Other"],
];

export async function seedTreatmentCategories(): Promise<void> {
  await db().treatmentCategory.createMany({
    data: STARTER_CATEGORIES.map(([category, subcategory]) => ({ category, subcategory })),
    skipDuplicates: true,
  });
}

export async function listTreatmentCategories(): Promise<{ id: string; label: string }[]> {
  const rows = await db().treatmentCategory.findMany({ orderBy: [{ category: "asc" }, { subcategory: "asc" }] });
  return rows.map((row) => ({ id: row.id, label: `${row.category} / ${row.subcategory}` }));
}
