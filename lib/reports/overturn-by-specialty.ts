// Overturn rate by the reviewer's specialty. Among the disputed items of the cases decided
// in the period (current decisions, as in overturn-by-year.ts), the share Overturned,
// grouped by the specialty of the reviewer of the latest letter. A reviewer may hold several
// board certifications; the one counted is the one that qualified them for the case
// (board certified in the same or a similar specialty): the case's own specialty if they are
// certified in it, otherwise a certified specialty listed as similar to the case's,
// otherwise any certified specialty (the first by code in each tier). Certifications are
// read as they stand today. A reviewer with no certification on record is shown as
// "(no board certification)". Most items first. Counted in decided-outcomes.ts.
import { outcomesBy } from "./decided-outcomes.ts";
import type { OutcomeCounts, ReportReader } from "./sql.ts";
import type { ReportPeriod } from "./period.ts";

export type OverturnBySpecialtyRow = { specialtyCode: string | null; specialty: string } & OutcomeCounts;

export async function overturnBySpecialty(
  reader: ReportReader,
  period: ReportPeriod,
): Promise<OverturnBySpecialtyRow[]> {
  return (await outcomesBy(reader, period, "specialty")).map(
    ({ specialtyCode, specialty, cases, items, overturned, upheld, overturnedPercent }) => ({
      specialtyCode,
      specialty: specialty!,
      cases,
      items,
      overturned,
      upheld,
      overturnedPercent,
    }),
  );
}
