// The reports, each with its title, a one-paragraph definition in words (the full
// definitions are the header comments of each module), its columns and its loader. The
// page, the CSV export and the tests all go through this list, so a table and its CSV file
// always have the same columns.
import type { ReportPeriod } from "./period.ts";
import type { ReportReader } from "./sql.ts";
import { overturnByYear } from "./overturn-by-year.ts";
import { overturnByCategory } from "./overturn-by-category.ts";
import { overturnBySpecialty } from "./overturn-by-specialty.ts";
import { volumeByMonth } from "./volume-by-month.ts";
import { caseAge } from "./case-age.ts";
import { deadlines } from "./deadlines.ts";
import { reviewerWorkload } from "./reviewer-workload.ts";

/** How a column's values are written: text, whole numbers, percentages, days (fractional), yes/no. */
export type ColumnKind = "text" | "count" | "percent" | "days" | "flag";

export type ReportColumn<Row> = { key: Extract<keyof Row, string>; label: string; kind: ColumnKind };

export type ReportDefinition<Row> = {
  title: string;
  definition: string;
  columns: ReportColumn<Row>[];
  load: (reader: ReportReader, period: ReportPeriod) => Promise<Row[]>;
};

const define = <Row>(report: ReportDefinition<Row>) => report;

const OUTCOME_COLUMNS = [
  { key: "cases", label: "Cases", kind: "count" },
  { key: "items", label: "Items decided", kind: "count" },
  { key: "overturned", label: "Overturned", kind: "count" },
  { key: "upheld", label: "Upheld", kind: "count" },
  { key: "overturnedPercent", label: "Overturned %", kind: "percent" },
] as const;

const DECIDED =
  "Cases decided in the period (original letter issued in the period), each counted once with the decisions of its latest issued letter.";

export const REPORTS = {
  "overturn-by-year": define({
    title: "Overturn rate by year",
    definition: `${DECIDED} The share of disputed items overturned, by the California year of the decision.`,
    columns: [{ key: "year", label: "Year", kind: "text" }, ...OUTCOME_COLUMNS],
    load: overturnByYear,
  }),
  "overturn-by-category": define({
    title: "Overturn rate by treatment category",
    definition: `${DECIDED} The share of disputed items overturned, by the item's treatment category; a case with items in two categories counts in both.`,
    columns: [{ key: "category", label: "Treatment category", kind: "text" }, ...OUTCOME_COLUMNS],
    load: overturnByCategory,
  }),
  "overturn-by-specialty": define({
    title: "Overturn rate by reviewer specialty",
    definition: `${DECIDED} The share of disputed items overturned, by the reviewer's board-certified specialty that qualified them for the case (the case's own specialty, otherwise a similar one).`,
    columns: [
      { key: "specialty", label: "Reviewer specialty", kind: "text" },
      { key: "specialtyCode", label: "Code", kind: "text" },
      ...OUTCOME_COLUMNS,
    ],
    load: overturnBySpecialty,
  }),
  "volume-by-month": define({
    title: "Applications, eligible cases and letters by month",
    definition:
      "Applications: cases received in the month. Eligible: of those, the cases found eligible. Letters: final determination letters issued in the month, amended letters included (and also counted on their own).",
    columns: [
      { key: "month", label: "Month", kind: "text" },
      { key: "applications", label: "Applications", kind: "count" },
      { key: "eligible", label: "Eligible cases", kind: "count" },
      { key: "letters", label: "Letters issued", kind: "count" },
      { key: "amendedLetters", label: "Of which amended", kind: "count" },
    ],
    load: volumeByMonth,
  }),
  "case-age": define({
    title: "Average case age at decision",
    definition:
      "Cases decided in the period: average days from the start of the accepted assignment to the letter, and from complete records to the letter. Each average counts only the cases that have that start time.",
    columns: [
      { key: "reviewType", label: "Review type", kind: "text" },
      { key: "decided", label: "Cases decided", kind: "count" },
      { key: "withAssignment", label: "With accepted assignment", kind: "count" },
      { key: "averageDaysFromAssignment", label: "Average days from assignment", kind: "days" },
      { key: "withRecordsComplete", label: "With records complete", kind: "count" },
      { key: "averageDaysFromRecords", label: "Average days from complete records", kind: "days" },
    ],
    load: caseAge,
  }),
  deadlines: define({
    title: "Deadlines met and missed",
    definition:
      "Cases decided in the period: original letter issued on or before the due time (met) or after it (missed). Open past due: cases not yet decided whose due time fell in the period and has passed.",
    columns: [
      { key: "reviewType", label: "Review type", kind: "text" },
      { key: "met", label: "Met", kind: "count" },
      { key: "missed", label: "Missed", kind: "count" },
      { key: "metPercent", label: "Met %", kind: "percent" },
      { key: "noDueTime", label: "No due time", kind: "count" },
      { key: "openPastDue", label: "Open past due", kind: "count" },
    ],
    load: deadlines,
  }),
  "reviewer-workload": define({
    title: "Reviewer workload",
    definition:
      "Open assignments (accepted, not yet decided) and pending offers as of now; cases decided in the period and the average days from the start of the accepted assignment to the letter.",
    columns: [
      { key: "reviewer", label: "Reviewer", kind: "text" },
      { key: "specialties", label: "Specialties", kind: "text" },
      { key: "accountDisabled", label: "Account disabled", kind: "flag" },
      { key: "openAssignments", label: "Open assignments", kind: "count" },
      { key: "pendingOffers", label: "Pending offers", kind: "count" },
      { key: "decided", label: "Decided in period", kind: "count" },
      { key: "averageDaysToDecide", label: "Average days to decide", kind: "days" },
    ],
    load: reviewerWorkload,
  }),
};

export type Reports = typeof REPORTS;
export type ReportId = keyof Reports;
export type ReportRows = { [K in ReportId]: Awaited<ReturnType<Reports[K]["load"]>> };

export const REPORT_IDS = Object.keys(REPORTS) as ReportId[];

export const isReportId = (value: unknown): value is ReportId =>
  typeof value === "string" && Object.hasOwn(REPORTS, value);
