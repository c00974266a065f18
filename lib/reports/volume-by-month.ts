// Applications, eligible cases and letters by California calendar month.
// - Applications: cases received in the month (Case.receivedAt). A duplicate application
//   merged into an open case on submission creates no case and is not counted again.
// - Eligible: of those applications, the cases whose eligibility outcome is ELIGIBLE today
//   (counted in the month the application was received, so the two figures compare).
// - Letters: final determination letters issued in the month, every version: an amended
//   letter is a letter sent to the parties. Amended letters are also shown on their own.
// Every month of the period has a row, with zeros where nothing happened.
import { californiaTime, instant, type ReportReader } from "./sql.ts";
import type { ReportPeriod } from "./period.ts";

export type VolumeByMonthRow = {
  month: string;
  applications: number;
  eligible: number;
  letters: number;
  amendedLetters: number;
};

/** "YYYY-MM" of every month from the month of `from` to the month of `to`, in order. */
export function monthsOf(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.slice(0, 7).split("-").map(Number);
  const last = to.slice(0, 7);
  for (;;) {
    const key = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`;
    if (key > last) return months;
    months.push(key);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
}

export async function volumeByMonth(reader: ReportReader, period: ReportPeriod): Promise<VolumeByMonthRow[]> {
  const [received, issued] = await Promise.all([
    reader.$queryRaw<{ month: string; applications: number; eligible: number }[]>`
      SELECT to_char(${californiaTime(`c."receivedAt"`)}, 'YYYY-MM') AS month,
             count(*)::int AS applications,
             count(*) FILTER (WHERE c."eligibilityOutcome" = 'ELIGIBLE')::int AS eligible
      FROM "Case" c
      WHERE c."receivedAt" >= ${instant(period.start)} AND c."receivedAt" < ${instant(period.end)}
      GROUP BY 1`,
    reader.$queryRaw<{ month: string; letters: number; amendedLetters: number }[]>`
      SELECT to_char(${californiaTime(`d."issuedAt"`)}, 'YYYY-MM') AS month,
             count(*)::int AS letters,
             count(*) FILTER (WHERE d."amendsId" IS NOT NULL)::int AS "amendedLetters"
      FROM "Determination" d
      WHERE d."issuedAt" >= ${instant(period.start)} AND d."issuedAt" < ${instant(period.end)}
      GROUP BY 1`,
  ]);
  const receivedBy = new Map(received.map((r) => [r.month, r]));
  const issuedBy = new Map(issued.map((r) => [r.month, r]));
  return monthsOf(period.from, period.to).map((month) => ({
    month,
    applications: receivedBy.get(month)?.applications ?? 0,
    eligible: receivedBy.get(month)?.eligible ?? 0,
    letters: issuedBy.get(month)?.letters ?? 0,
    amendedLetters: issuedBy.get(month)?.amendedLetters ?? 0,
  }));
}
