// A CSV writer (RFC 4180) for exports that people open in spreadsheets.
// - A field holding a comma, a double quote, a carriage return or a line feed is quoted,
//   with each double quote doubled; records end with CRLF.
// - Formula injection guard (OWASP "CSV Injection"): a text cell starting with = + - @, a
//   tab or a carriage return would be run as a formula by a spreadsheet, so it gets a
//   leading apostrophe ('), which spreadsheets show as text. Numbers are written as numbers
//   and are never changed (a negative number is not a formula).
// - Empty cells for null and undefined; dates as ISO 8601 in UTC; non-finite numbers empty.
// - The file starts with a UTF-8 byte order mark by default, so that spreadsheet programs
//   read accented names correctly.

export type CsvCell = string | number | boolean | Date | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One field, guarded and escaped. */
export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  const text = value instanceof Date ? value.toISOString() : FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRecord(cells: readonly CsvCell[]): string {
  return `${cells.map(csvField).join(",")}\r\n`;
}

/** A whole file: the header, then one record per row. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
  { byteOrderMark = true } = {},
): string {
  return (byteOrderMark ? "\uFEFF" : "") + csvRecord(header) + rows.map(csvRecord).join("");
}
