// CSV text (RFC 4180: comma-separated, CRLF lines, fields quoted when they hold a comma, a
// quote or a line break, quotes doubled). Text that a spreadsheet would run as a formula
// (starting with = + - @, a tab or a carriage return) is prefixed with an apostrophe, so an
// exported value such as a typed name can never execute (OWASP "CSV injection").
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") return String(value);
  let text = value instanceof Date ? value.toISOString() : typeof value === "string" ? value : JSON.stringify(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: readonly unknown[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

/** A whole file; starts with a byte-order mark so spreadsheet programs read it as UTF-8. */
export function csvFile(header: readonly string[], rows: Iterable<readonly unknown[]>): string {
  let out = `\uFEFF${csvLine(header)}`;
  for (const row of rows) out += csvLine(row);
  return out;
}
