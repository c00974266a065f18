// The pure parts of the demo history: who may review which specialty, the office-hours
// calendar, the switch, the command a statement reports, and the PDF of a published copy.
import { specialtyPools, type HistoryReviewer } from "@/tools/demo/history/history-panel.ts";
import { businessWindows } from "@/tools/demo/history/business-hours.ts";
import { commandOf } from "@/tools/demo/history/history-client.ts";
import { demoHistoryWanted } from "@/tools/demo/history/seed-history.ts";
import { publishedCopyPdf } from "@/tools/demo/history/published-pdfs.ts";
import { atCaliforniaTime } from "@/lib/deadlines/calendar.ts";

const reviewer = (email: string, specialty: string): HistoryReviewer => ({
  reviewerId: email,
  userId: email,
  email,
  specialty,
  specialtyName: specialty,
});
const PANEL = [
  reviewer("a", "PMR"),
  reviewer("b", "PMR"),
  reviewer("c", "PAIN"),
  reviewer("d", "ANES"),
  reviewer("e", "PSY"),
];
const emails = (pool: HistoryReviewer[] | undefined) => (pool ?? []).map((r) => r.email);

test("each specialty's pool: its own reviewers, then similar specialties, then the profiles' other specialties, then everyone", () => {
  const pools = specialtyPools(PANEL, ["PMR", "ANES", "PSY", "NSURG", "PLAS"]);
  expect(emails(pools.get("PMR"))).toEqual(["a", "b"]);
  // ANES and PAIN are similar
  expect(emails(pools.get("ANES"))).toEqual(["d", "c"]);
  // no similar specialty: the profiles naming PSY also name NEURO and PMR
  expect(emails(pools.get("PSY"))).toEqual(["e", "a", "b"]);
  // neurosurgery's profiles (the spine) also name PM&R and pain medicine
  expect(emails(pools.get("NSURG"))).toEqual(["a", "b", "c"]);
  // nobody near plastic surgery (the hand: orthopaedics, occupational medicine, neurology): everyone
  expect(emails(pools.get("PLAS"))).toEqual(["a", "b", "c", "d", "e"]);
  expect([...pools.values()].every((pool) => pool.length >= 2)).toBe(true);
});

test("office hours: 08:00 to 16:00 California time on business days only (weekends and state holidays out)", () => {
  const windows = businessWindows(new Date("2026-11-20T12:00:00Z"), new Date("2026-11-30T12:00:00Z"));
  const days = windows.map((w) => w.opens.toLocaleDateString("en-CA", { timeZone: "America/Los_Angeles" }));
  // Thanksgiving (26th) and the day after are state holidays
  expect(days).toEqual(["2026-11-20", "2026-11-23", "2026-11-24", "2026-11-25", "2026-11-30"]);
  expect(windows[0]).toEqual({ opens: atCaliforniaTime("2026-11-20", 8), closes: atCaliforniaTime("2026-11-20", 16) });
  // every instant of a window (before its close) is on the same UTC day: the generator's SQL writes the letter's UTC date
  const day = (instant: Date) => instant.toISOString().slice(0, 10);
  expect(windows.every((w) => day(new Date(w.closes.getTime() - 1)) === day(w.opens))).toBe(true);
});

test.each([
  [undefined, true],
  ["", true],
  ["1", true],
  ["0", false],
  ["false", false],
  ["OFF", false],
  [" no ", false],
])("IMR_DEMO_HISTORY=%j: history %s", (value, wanted) => {
  expect(demoHistoryWanted({ IMR_DEMO_HISTORY: value })).toBe(wanted);
});

test.each([
  ["INSERT INTO x SELECT 1", "INSERT"],
  ["\n  -- a comment\nUPDATE x SET y = 1", "UPDATE"],
  ["WITH parties AS (INSERT INTO p SELECT 1 RETURNING id) INSERT INTO c SELECT id FROM parties", "INSERT"],
  ["WITH t AS (SELECT 1) SELECT * FROM t", "SELECT"],
  ["ANALYZE load_case", "ANALYZE"],
])("%s is a %s", (sql, command) => {
  expect(commandOf(sql)).toBe(command);
});

test("the published copy's PDF names its case, date, outcome and items, and says where the full text is", () => {
  const pdf = publishedCopyPdf({
    id: "x",
    case_number: "CM26-0000042",
    version: 2,
    outcome: "PARTIALLY_OVERTURNED",
    decided: "March 3, 2026",
    specialty: "Pain Medicine",
    items: [
      "1. Lumbar epidural steroid injection L4-L5, one injection: Overturned",
      `2. ${"A very long description ".repeat(8)}: Upheld`,
    ],
  });
  const text = pdf.toString("latin1");
  expect(text.startsWith("%PDF-1.4")).toBe(true);
  for (const part of [
    "amended, version 2",
    "CM26-0000042",
    "March 3, 2026",
    "Partially overturned",
    "Pain Medicine",
    "one injection: Overturned",
    "/decisions/CM26-0000042",
  ]) {
    expect(text).toContain(part);
  }
  expect(text).toMatch(/A very long description .*\.\.\.\)/);
});
