// The maintained list of board specialties with, for each, the specialties accepted as
// similar for matching (Labor Code 4610.6(e): a reviewer certified "in the same or a
// similar specialty"), e.g. Physical Medicine & Rehabilitation ~ Pain Medicine.
import { db } from "../db/client.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";

export type SpecialtyRow = { code: string; name: string; similar: { code: string; name: string }[] };

export async function getSpecialtyTable({
  actor,
}: {
  actor: Actor | null;
}): Promise<{ specialties: SpecialtyRow[]; pairs: [SpecialtyRow, SpecialtyRow][] }> {
  requirePermission(actor, "reviewers.read");
  const [specialties, similarities] = await Promise.all([
    db().specialty.findMany({ select: { code: true, name: true }, orderBy: { name: "asc" } }),
    db().specialtySimilarity.findMany({ select: { specialtyCode: true, similarCode: true } }),
  ]);
  const byCode = new Map(specialties.map((s) => [s.code, { ...s, similar: [] as { code: string; name: string }[] }]));
  for (const { specialtyCode, similarCode } of similarities) {
    const similar = byCode.get(similarCode);
    if (similar) byCode.get(specialtyCode)?.similar.push({ code: similar.code, name: similar.name });
  }
  const rows = [...byCode.values()];
  for (const row of rows) row.similar.sort((a, b) => a.name.localeCompare(b.name));
  // each unordered pair once, by the first name
  const pairs = rows.flatMap((row) =>
    row.similar
      .filter((s) => row.name.localeCompare(s.name) < 0)
      .map((s) => [row, byCode.get(s.code)!] as [SpecialtyRow, SpecialtyRow]),
  );
  return { specialties: rows, pairs };
}
