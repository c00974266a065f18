// The CSV writer of the report exports: RFC 4180 quoting and the formula-injection guard.
import { csvField, csvRecord, toCsv, type CsvCell } from "@/lib/reports/csv.ts";
import { csvValue, reportCsv } from "@/lib/reports/report-csv.ts";
import type { ColumnKind, ReportColumn } from "@/lib/reports/catalog.ts";

describe("csvField", () => {
  const cases: [string, CsvCell, string][] = [
    ["plain text stays as it is", "Physical therapy", "Physical therapy"],
    ["empty text is an empty field", "", ""],
    ["null is an empty field", null, ""],
    ["undefined is an empty field", undefined, ""],
    ["a comma is quoted", "Neck, upper back", '"Neck, upper back"'],
    ["a double quote is doubled inside quotes", 'The "MTUS" guideline', '"The ""MTUS"" guideline"'],
    ["a lone double quote", '"', '""""'],
    ["a line feed is quoted", "line one\nline two", '"line one\nline two"'],
    ["a carriage return and line feed are quoted", "line one\r\nline two", '"line one\r\nline two"'],
    ["a formula with = gets an apostrophe", "=SUM(A1:A9)", "'=SUM(A1:A9)"],
    ["a formula with + gets an apostrophe", "+1+2", "'+1+2"],
    ["a formula with - gets an apostrophe", "-2+3", "'-2+3"],
    ["a formula with @ gets an apostrophe", "@SUM(A1)", "'@SUM(A1)"],
    ["a leading tab gets an apostrophe", "\t=1", "'\t=1"],
    ["a leading carriage return gets an apostrophe and quotes", "\r=1", '"\'\r=1"'],
    ["a guarded formula that also needs quotes", '=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
    ["= inside the text is harmless", "a=b", "a=b"],
    ["a hyphenated name is not guarded", "Smith-Jones", "Smith-Jones"],
    ["a whole number", 42, "42"],
    ["a fraction", 12.75, "12.75"],
    ["a negative number is a number, not a formula", -3, "-3"],
    ["zero", 0, "0"],
    ["not a number is empty", Number.NaN, ""],
    ["infinity is empty", Number.POSITIVE_INFINITY, ""],
    ["true", true, "true"],
    ["false", false, "false"],
    ["a date in ISO 8601 (UTC)", new Date("2024-03-01T08:00:00.000Z"), "2024-03-01T08:00:00.000Z"],
    ["non-ASCII text stays", "José Núñez", "José Núñez"],
  ];
  it.each(cases)("%s", (_name, value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe("toCsv", () => {
  it("writes a header and records separated by CRLF, with a byte order mark", () => {
    expect(
      toCsv(
        ["Name", "Count"],
        [
          ["a, b", 1],
          ["=x", null],
        ],
      ),
    ).toBe('\uFEFFName,Count\r\n"a, b",1\r\n\'=x,\r\n');
  });

  it("leaves out the byte order mark when asked", () => {
    expect(toCsv(["A"], [], { byteOrderMark: false })).toBe("A\r\n");
  });

  it("keeps a record with an embedded newline as one record when parsed back", () => {
    const record = csvRecord(["first\nsecond", "x"]);
    expect(record).toBe('"first\nsecond",x\r\n');
    expect(parseCsv(record)).toEqual([["first\nsecond", "x"]]);
  });

  it("round-trips hostile text through a strict parser", () => {
    const hostile = ['"quoted"', "a,b", "multi\r\nline", "=cmd|' /C calc'!A0", "@x", "plain"];
    const parsed = parseCsv(toCsv(["h1", "h2", "h3", "h4", "h5", "h6"], [hostile], { byteOrderMark: false }));
    expect(parsed[1]).toEqual(['"quoted"', "a,b", "multi\r\nline", "'=cmd|' /C calc'!A0", "'@x", "plain"]);
  });
});

describe("report columns as CSV", () => {
  type Row = { name: string; n: number; rate: number | null; days: number | null; off: boolean };
  const columns: ReportColumn<Row>[] = [
    { key: "name", label: "Name", kind: "text" },
    { key: "n", label: "Count", kind: "count" },
    { key: "rate", label: "Rate %", kind: "percent" },
    { key: "days", label: "Days", kind: "days" },
    { key: "off", label: "Disabled", kind: "flag" },
  ];

  const values: [string, ColumnKind, unknown, CsvCell][] = [
    ["a count", "count", 7, 7],
    ["a percentage, to two decimals", "percent", 12.3456, 12.35],
    ["days, to two decimals", "days", 6.999, 7],
    ["an average over no cases is empty", "days", null, null],
    ["a missing percentage is empty", "percent", undefined, null],
    ["a flag that is set", "flag", true, "yes"],
    ["a flag that is not set", "flag", false, "no"],
    ["text (guarded later by the writer)", "text", "=1", "=1"],
    ["a year written as text", "text", 2024, "2024"],
  ];
  it.each(values)("%s", (_name, kind, value, expected) => {
    expect(csvValue(kind, value)).toBe(expected);
  });

  it("writes the labels as header and one record per row in column order", () => {
    const csv = reportCsv(columns, [
      { name: "-Dr. Minus", n: 3, rate: 33.3333, days: null, off: true },
      { name: "Plain", n: 0, rate: null, days: 1.5, off: false },
    ]);
    expect(csv).toBe("\uFEFFName,Count,Rate %,Days,Disabled\r\n'-Dr. Minus,3,33.33,,yes\r\nPlain,0,,1.5,no\r\n");
  });
});

/** A strict RFC 4180 reader, to prove that what is written reads back as the same fields. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = "";
  let record: string[] = [];
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') {
        quoted = false;
        i += 1;
        continue;
      }
      field += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && field === "") {
      quoted = true;
      i += 1;
      continue;
    }
    if (ch === '"') throw new Error(`stray quote at ${i}`);
    if (ch === ",") {
      record.push(field);
      field = "";
      i += 1;
      continue;
    }
    if (ch === "\r" && text[i + 1] === "\n") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      i += 2;
      continue;
    }
    if (ch === "\n" || ch === "\r") throw new Error(`bare line break at ${i}`);
    field += ch;
    i += 1;
  }
  if (field !== "" || record.length) throw new Error("the last record does not end with CRLF");
  return records;
}
