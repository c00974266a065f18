// Letters of the demo history go out on California business days in office hours: a temporary
// table of the windows (08:00 to 16:00 California time on every business day, lib/deadlines'
// calendar with the state holidays), and the month statement that moves each drawn letter
// time (load_case.issue_at) to the window it falls in or the next one. A letter moved past
// "now" is not issued yet: its case is back in QA. The windows end at 16:00 (midnight UTC in
// winter), so the letter's UTC date, which the generator's SQL writes, is its California date.
import { addDays, atCaliforniaTime, californiaDate, isBusinessDay } from "../../../lib/deadlines/calendar.ts";
import type { LoadClient } from "../../load/load-client.ts";

export const OPENS_AT_HOUR = 8;
export const CLOSES_AT_HOUR = 16;

/** Pure: the business-day windows from `from` to `to` (California dates, inclusive). */
export function businessWindows(from: Date, to: Date): { opens: Date; closes: Date }[] {
  const windows: { opens: Date; closes: Date }[] = [];
  const last = californiaDate(to);
  for (let day = californiaDate(from); day <= last; day = addDays(day, 1)) {
    if (isBusinessDay(day))
      windows.push({ opens: atCaliforniaTime(day, OPENS_AT_HOUR), closes: atCaliforniaTime(day, CLOSES_AT_HOUR) });
  }
  return windows;
}

/** demo_business_window (opens, closes as UTC timestamps, like load_case's times) for the session. */
export async function createBusinessWindows(client: LoadClient, from: Date, to: Date): Promise<void> {
  const windows = businessWindows(from, to);
  await client.query(`DROP TABLE IF EXISTS demo_business_window`);
  await client.query(
    `CREATE TEMP TABLE demo_business_window AS
     SELECT (o AT TIME ZONE 'UTC') AS opens, (c AT TIME ZONE 'UTC') AS closes FROM unnest($1::timestamptz[], $2::timestamptz[]) AS t(o, c)`,
    [windows.map((w) => w.opens.toISOString()), windows.map((w) => w.closes.toISOString())],
  );
  await client.query(`CREATE INDEX ON demo_business_window (closes)`);
}

/** The instant `at` (an SQL timestamp) in office hours: itself if in a window, else early in the next window. */
export const inOfficeHours = (at: string, random: string) => `(
  SELECT CASE WHEN ${at} >= w.opens THEN ${at} ELSE w.opens + (w.closes - w.opens) * (0.05 + 0.6 * ${random}) END
    FROM demo_business_window w WHERE w.closes > ${at} ORDER BY w.closes LIMIT 1)`;

export const LETTERS_IN_OFFICE_HOURS = `
UPDATE load_case c SET issue_at = COALESCE(${inOfficeHours("c.issue_at", "c.r_qa")}, c.issue_at) WHERE c.issue_at IS NOT NULL;
UPDATE load_case c SET status = 'IN_QA' FROM load_const k WHERE c.status = 'DECIDED' AND c.issue_at > k.now;
`;
