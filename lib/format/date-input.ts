// A calendar date typed into one text box (pure): the way intake writes dates on paper and on
// the keypad. Accepts MM/DD/YYYY and its short forms (1/2/26, 01-02-2026, 01.02.2026, 01022026,
// 010226) and ISO yyyy-mm-dd, and answers the ISO date the server reads, or why it is not a
// date. A two-digit year is this century's unless that would be after this year. "Today" is
// California's (lib/format/dates.ts californiaToday): no date of the application is later.

export type DateInputResult =
  { ok: true; iso: string } | { ok: false; reason: "format" | "calendar" | "year" | "future" };

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The year, month and day the text names (in that order), or null when it is no date format we read. */
function parts(text: string, todayYear: number): [number, number, number] | null {
  let match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (match) return [Number(match[1]), Number(match[2]), Number(match[3])];
  match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$/.exec(text) ?? /^(\d{2})(\d{2})(\d{4}|\d{2})$/.exec(text);
  if (!match) return null;
  let year = Number(match[3]);
  if (match[3].length === 2) year = 2000 + year > todayYear ? 1900 + year : 2000 + year;
  return [year, Number(match[1]), Number(match[2])];
}

/**
 * Reads a typed date. `today` is the latest date accepted (yyyy-mm-dd), or null for no limit.
 * Empty text is not a date: callers treat it as "not given".
 */
export function parseDateInput(text: string, today: string | null): DateInputResult {
  const typed = text.trim();
  const todayYear = Number((today ?? "9999-12-31").slice(0, 4));
  const found = parts(typed, todayYear);
  if (!found) return { ok: false, reason: "format" };
  const [year, month, day] = found;
  if (year < 1900) return { ok: false, reason: "year" };
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return { ok: false, reason: "calendar" };
  const iso = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  if (today !== null && iso > today) return { ok: false, reason: "future" };
  return { ok: true, iso };
}

/** What a refused date is told, after the field's label. */
export function dateInputMessage(label: string, reason: Exclude<DateInputResult, { ok: true }>["reason"]): string {
  switch (reason) {
    case "format":
      return `${label}: enter the date as MM/DD/YYYY, for example 06/10/2024.`;
    case "calendar":
      return `${label}: there is no such day; check the month and the day.`;
    case "year":
      return `${label}: check the year; enter it with four digits.`;
    case "future":
      return `${label} cannot be in the future.`;
  }
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** An ISO date as intake reads it, MM/DD/YYYY; anything else is returned as it is. */
export function formatDateInput(value: string): string {
  const match = ISO.exec(value);
  return match ? `${match[2]}/${match[3]}/${match[1]}` : value;
}
