// The admin reports against a known set of cases taken through the real flow (intake,
// eligibility, records, offers, acceptance, decisions, QA, amendment) at controlled times in
// 2018-2021, far from the "now" of other test files. Every figure of every report is
// compared with an independent SQL query written here (different joins, the period's bounds
// computed by PostgreSQL from the dates), and the main figures also with values worked out
// by hand from the cases below. Then the CSV export, the period filter and who may read.
import { jest } from "@jest/globals";
import { closeDb, db } from "@/lib/db/client.ts";
import type { StaffActor } from "@/lib/auth/actor.ts";
import type { Decision, ReviewType } from "@/lib/db/generated/enums.ts";
import { createCase } from "@/lib/cases/create-case.ts";
import { assignReviewer } from "@/lib/cases/assign-reviewer.ts";
import { respondToOffer } from "@/lib/cases/respond-to-offer.ts";
import { confirmEligibility, evaluateEligibility } from "@/lib/intake/confirm-eligibility.ts";
import { seedTreatmentCategories } from "@/lib/intake/treatment-categories.ts";
import { markRecordsComplete } from "@/lib/records/mark-records-complete.ts";
import { submitDetermination } from "@/lib/determinations/submit-determination.ts";
import { startAmendment } from "@/lib/determinations/start-amendment.ts";
import { atCaliforniaTime } from "@/lib/deadlines/calendar.ts";
import { readReports, type ReportsResult } from "@/lib/reports/read-reports.ts";
import { exportReport } from "@/lib/reports/export-report.ts";
import { routeFailure } from "@/lib/http/entry-point.ts";
import { REPORT_ERROR_STATUS } from "@/lib/reports/report-error-status.ts";
import { reportCsv } from "@/lib/reports/report-csv.ts";
import { REPORT_IDS, REPORTS, type ReportColumn, type ReportId } from "@/lib/reports/catalog.ts";
import { REVIEW_TYPE_NAMES, ALL_REVIEW_TYPES, REVIEW_TYPE_ORDER } from "@/lib/reports/review-types.ts";
import { NO_CATEGORY } from "@/lib/reports/overturn-by-category.ts";
import { fileResponse } from "@/lib/http/file-response.ts";
import {
  applicationInput,
  approveAndIssue,
  caseFileReviewed,
  createReviewer,
  createStaff,
  ensureSpecialties,
  unique,
} from "../factories/index.ts";

jest.setTimeout(60_000);
afterAll(closeDb);

const DAY = 86_400_000;
/** A California wall-clock time: "2019-03-25 10:00". */
const ca = (text: string) => {
  const [date, time = "09:00"] = text.split(" ");
  const [h, m] = time.split(":").map(Number);
  return atCaliforniaTime(date, h, m);
};
const isoDay = (instant: Date) => instant.toISOString().slice(0, 10);
/** The report's "now": after every due date of the data set. */
const NOW = new Date("2022-06-01T12:00:00.000Z");

type ItemSpec = { category?: string; decision?: Decision };
type CaseSpec = {
  name: string;
  specialty: string;
  reviewType?: ReviewType;
  signed?: boolean;
  items: ItemSpec[];
  received: string;
  recordsComplete?: string;
  /** reviewers offered the case in turn; all but the last decline */
  offers?: { reviewer: StaffActor; at: string; answeredAt?: string }[];
  submitted?: string;
  issued?: string;
  amended?: { decisions: Decision[]; issued: string };
};

type World = {
  intake: StaffActor;
  admin: StaffActor;
  reviewers: Record<"r1" | "r2" | "r3" | "r4", StaffActor>;
  specialties: Record<"a" | "b" | "c" | "d" | "e", string>;
  caseIds: Record<string, string>;
};
let world: World;

async function runCase(w: Omit<World, "caseIds">, categoryIds: Map<string, string>, spec: CaseSpec): Promise<string> {
  const received = ca(spec.received);
  const { caseId } = await createCase({
    actor: w.intake,
    now: received,
    input: applicationInput({
      specialtyCode: spec.specialty,
      reviewType: spec.reviewType ?? "STANDARD",
      expeditedCertified: spec.reviewType === "EXPEDITED",
      signed: spec.signed ?? true,
      dateOfInjury: "2017-06-01",
      urDecisionDate: isoDay(new Date(received.getTime() - 5 * DAY)),
      items: spec.items.map((item, i) => ({
        description: `${spec.name} item ${i + 1}`,
        categoryId: item.category ? categoryIds.get(item.category) : undefined,
      })),
    }),
  });
  const at = new Date(received.getTime() + 3_600_000);
  const { outcome } = await evaluateEligibility(caseId, at);
  await confirmEligibility({ actor: w.intake, input: { caseId, outcome }, now: at });
  if (!spec.recordsComplete) return caseId;
  await markRecordsComplete({ actor: w.intake, input: { caseId }, now: ca(spec.recordsComplete) });

  for (const [index, offer] of (spec.offers ?? []).entries()) {
    const last = index === spec.offers!.length - 1;
    const pending = await db().assignment.findFirst({ where: { caseId, status: "OFFERED" } });
    // A decline re-offers the case automatically (at the time of the decline); only this
    // test's reviewers hold the case's specialty.
    if (
      pending &&
      (pending.reviewerId !== offer.reviewer.reviewerId || pending.assignedAt.getTime() !== ca(offer.at).getTime())
    ) {
      throw new Error(`${spec.name}: not offered to the expected reviewer at the expected time`);
    }
    const assignmentId =
      pending?.id ??
      (
        await assignReviewer({
          actor: w.admin,
          now: ca(offer.at),
          input: { caseId, reviewerId: offer.reviewer.reviewerId, reason: "Chosen for the report test" },
        })
      ).assignmentId;
    if (!offer.answeredAt) continue;
    const response = last
      ? { assignmentId, response: "ACCEPT", attestNoConflict: true }
      : { assignmentId, response: "DECLINE", reason: "Not available this week." };
    await respondToOffer({ actor: offer.reviewer, input: response, now: ca(offer.answeredAt) });
  }
  if (!spec.issued) return caseId;

  const reviewer = spec.offers!.at(-1)!.reviewer;
  await decide(
    reviewer,
    w.admin,
    caseId,
    spec.items.map((i) => i.decision!),
    ca(spec.submitted ?? spec.issued),
    ca(spec.issued),
  );
  if (spec.amended) {
    await startAmendment({
      actor: w.admin,
      input: { caseId, reason: "The decision on the first item was written the wrong way round." },
    });
    await decide(reviewer, w.admin, caseId, spec.amended.decisions, ca(spec.amended.issued), ca(spec.amended.issued));
  }
  return caseId;
}

async function decide(
  reviewer: StaffActor,
  admin: StaffActor,
  caseId: string,
  decisions: Decision[],
  submittedAt: Date,
  issuedAt: Date,
) {
  const items = await db().disputedItem.findMany({ where: { caseId }, orderBy: { ordinal: "asc" } });
  const draft = await db().determination.findFirstOrThrow({ where: { caseId, status: { in: ["DRAFT", "RETURNED"] } } });
  const { determinationId } = await submitDetermination({
    actor: reviewer,
    now: submittedAt,
    input: {
      caseId,
      revision: draft.revision,
      clinicalSummary: "The patient is a 52-year-old with chronic low back pain after a fall at work.",
      documents: await caseFileReviewed(caseId),
      items: items.map((item, i) => ({
        disputedItemId: item.id,
        decision: decisions[i],
        claimsAdminGuideline: "Non-MTUS Official Disability Guidelines, Low Back.",
        reviewerGuideline: "MTUS ACOEM Chapter 12 Low Back Complaints Page(s): 300.",
        rationale: "The records document the findings that the guideline requires.",
      })),
    },
  });
  await approveAndIssue({ actor: admin, input: { determinationId }, now: issuedAt });
}

beforeAll(async () => {
  await ensureSpecialties();
  await seedTreatmentCategories();
  const categoryIds = new Map(
    (
      await db().treatmentCategory.findMany({
        where: {
          subcategory: {
            in: ["Facet medial branch block", "Physical therapy", "Opioids", "Spine surgery", "MRI", "Other"],
          },
        },
      })
    ).map((c) => [c.category, c.id]),
  );
  // Specialties of this test alone; B sorts before C, so only the similarity rule picks C for a D case.
  const base = unique("RPT").toUpperCase();
  const specialties = { a: `${base}-A`, b: `${base}-B`, c: `${base}-C`, d: `${base}-D`, e: `${base}-E` };
  await db().specialty.createMany({
    data: Object.values(specialties).map((code) => ({ code, name: `Report specialty ${code.slice(-1)}` })),
  });
  await db().specialtySimilarity.createMany({
    data: [
      { specialtyCode: specialties.d, similarCode: specialties.c },
      { specialtyCode: specialties.c, similarCode: specialties.d },
    ],
  });
  const [intake, admin, r1, r2, r3, r4] = await Promise.all([
    createStaff("INTAKE"),
    createStaff("ADMIN"),
    createReviewer({ specialty: specialties.a }),
    createReviewer({ specialty: specialties.b }),
    createReviewer({ specialty: specialties.e }),
    createReviewer({ specialty: specialties.e }),
  ]);
  const first = await db().boardCertification.findFirstOrThrow({ where: { reviewerId: r2.reviewerId! } });
  await db().boardCertification.create({
    data: {
      reviewerId: first.reviewerId,
      board: first.board,
      specialtyCode: specialties.c,
      expiresOn: first.expiresOn,
      verifiedAt: first.verifiedAt,
      verifiedBy: first.verifiedBy,
      verificationSource: first.verificationSource,
    },
  });
  const w = { intake, admin, reviewers: { r1, r2, r3, r4 }, specialties };

  const { a, c, d, e } = specialties;
  const cases: CaseSpec[] = [
    // Decided before the three-year period in California, though its UTC time is 2019-01-01.
    {
      name: "C0",
      specialty: a,
      items: [{ category: "Injections", decision: "OVERTURNED" }],
      received: "2018-11-01",
      recordsComplete: "2018-11-05",
      offers: [{ reviewer: r1, at: "2018-11-06", answeredAt: "2018-11-07" }],
      issued: "2018-12-31 23:30",
    },
    {
      name: "C1",
      specialty: a,
      items: [
        { category: "Injections", decision: "OVERTURNED" },
        { category: "Physical medicine", decision: "UPHELD" },
      ],
      received: "2019-03-01",
      recordsComplete: "2019-03-10 10:00",
      offers: [{ reviewer: r1, at: "2019-03-11 08:00", answeredAt: "2019-03-12" }],
      issued: "2019-03-25 14:00",
    },
    // Late, and decided on New Year's Eve in California (2020 in UTC).
    {
      name: "C2",
      specialty: a,
      items: [{ category: "Pharmaceuticals", decision: "UPHELD" }],
      received: "2019-10-25",
      recordsComplete: "2019-11-01 12:00",
      offers: [{ reviewer: r1, at: "2019-11-02", answeredAt: "2019-11-04" }],
      issued: "2019-12-31 20:00",
    },
    // A case in a specialty similar to the reviewer's second certification; one item without a category.
    {
      name: "C3",
      specialty: d,
      items: [
        { category: "Surgery", decision: "OVERTURNED" },
        { category: "Surgery", decision: "OVERTURNED" },
        { decision: "UPHELD" },
      ],
      received: "2020-02-03",
      recordsComplete: "2020-02-10",
      offers: [{ reviewer: r2, at: "2020-02-11", answeredAt: "2020-02-11 15:00" }],
      issued: "2020-03-01 11:00",
    },
    // Expedited: due 72 hours after the records; decided after four days. The reviewer is
    // certified in B and C: the case's own specialty C counts, not B, the first by code.
    {
      name: "C4",
      specialty: c,
      reviewType: "EXPEDITED",
      items: [{ category: "Diagnostic testing", decision: "UPHELD" }],
      received: "2020-05-04",
      recordsComplete: "2020-05-05 09:00",
      offers: [{ reviewer: r2, at: "2020-05-05 10:00", answeredAt: "2020-05-05 11:00" }],
      issued: "2020-05-09 09:00",
    },
    // Declined by one reviewer, accepted by the next; upheld, then amended to overturned in 2021.
    {
      name: "C5",
      specialty: e,
      items: [{ category: "Injections", decision: "UPHELD" }],
      received: "2020-08-03",
      recordsComplete: "2020-08-10",
      offers: [
        { reviewer: r3, at: "2020-08-11", answeredAt: "2020-08-12" },
        { reviewer: r4, at: "2020-08-12", answeredAt: "2020-08-13" },
      ],
      issued: "2020-08-30 16:00",
      amended: { decisions: ["OVERTURNED"], issued: "2021-02-01 10:00" },
    },
    {
      name: "C6",
      specialty: a,
      reviewType: "FORMULARY",
      items: [{ category: "Pharmaceuticals", decision: "OVERTURNED" }],
      received: "2021-01-04",
      recordsComplete: "2021-01-05 09:00",
      offers: [{ reviewer: r1, at: "2021-01-05 10:00", answeredAt: "2021-01-05 12:00" }],
      issued: "2021-01-07 15:00",
    },
    // Open: accepted, past due; and offered, not answered, past due.
    {
      name: "C7",
      specialty: a,
      items: [{ category: "Other" }],
      received: "2021-03-01",
      recordsComplete: "2021-03-02",
      offers: [{ reviewer: r1, at: "2021-03-03", answeredAt: "2021-03-04" }],
    },
    {
      name: "C8",
      specialty: a,
      items: [{ category: "Other" }],
      received: "2021-04-26",
      recordsComplete: "2021-05-01",
      offers: [{ reviewer: r1, at: "2021-05-02" }],
    },
    // Not signed: an application found ineligible.
    { name: "C9", specialty: a, signed: false, items: [{ category: "Other" }], received: "2021-06-01" },
    // Eligible, waiting for its records: no due time yet.
    { name: "C10", specialty: a, items: [{ category: "Other" }], received: "2021-06-15" },
    // Late, decided on the last evening of 2021 in California (2022 in UTC).
    {
      name: "C11",
      specialty: a,
      items: [{ category: "Other", decision: "UPHELD" }],
      received: "2021-11-20",
      recordsComplete: "2021-11-22 09:00",
      offers: [{ reviewer: r1, at: "2021-11-23", answeredAt: "2021-11-23 12:00" }],
      issued: "2021-12-31 23:00",
    },
  ];
  const caseIds: Record<string, string> = {};
  for (const spec of cases) caseIds[spec.name] = await runCase(w, categoryIds, spec);
  world = { ...w, caseIds };
}, 240_000);

// ---------------------------------------------------------------------------------------
// Independent SQL. $1 and $2 are the period's dates; PostgreSQL turns them into bounds.

const BOUNDS = `bounds AS (
  SELECT timezone('UTC', timezone('America/Los_Angeles', $1::date::timestamp)) AS lo,
         timezone('UTC', timezone('America/Los_Angeles', ($2::date + 1)::timestamp)) AS hi)`;
/** Each case's first letter (its decision) in the period, and its current (ISSUED) letter's items. */
const DECIDED = `${BOUNDS},
  first_letters AS (
    SELECT DISTINCT ON (d."caseId") d."caseId", d."issuedAt" AS decided_at, d."reviewerId" AS first_reviewer
    FROM "Determination" d WHERE d.status IN ('ISSUED', 'SUPERSEDED') ORDER BY d."caseId", d."issuedAt"),
  decided AS (SELECT f.* FROM first_letters f, bounds b WHERE f.decided_at >= b.lo AND f.decided_at < b.hi),
  decided_items AS (
    SELECT dc."caseId", dc.decided_at, cur."reviewerId", di.decision, it.category, c."specialtyCode" AS case_specialty
    FROM decided dc
    JOIN "Determination" cur ON cur."caseId" = dc."caseId" AND cur.status = 'ISSUED'
    JOIN "DeterminationItem" di ON di."determinationId" = cur.id
    JOIN "DisputedItem" it ON it.id = di."disputedItemId"
    JOIN "Case" c ON c.id = dc."caseId")`;
const OUTCOMES = `count(DISTINCT "caseId")::int AS cases, count(*)::int AS items,
  sum(CASE WHEN decision = 'OVERTURNED' THEN 1 ELSE 0 END)::int AS overturned,
  sum(CASE WHEN decision = 'UPHELD' THEN 1 ELSE 0 END)::int AS upheld`;
const LA = (column: string) => `timezone('America/Los_Angeles', timezone('UTC', ${column}))`;
const percent = (part: number, whole: number) => (whole ? (100 * part) / whole : null);

type Sql = <T>(query: string, ...params: unknown[]) => Promise<T[]>;
const sql: Sql = (query, ...params) => db().$queryRawUnsafe(query, ...params);

async function expectedOverturnByYear(from: string, to: string) {
  const rows = await sql<{ year: number; cases: number; items: number; overturned: number; upheld: number }>(
    `WITH ${DECIDED} SELECT date_part('year', ${LA("decided_at")})::int AS year, ${OUTCOMES} FROM decided_items GROUP BY 1 ORDER BY 1`,
    from,
    to,
  );
  return rows.map((r) => ({ ...r, overturnedPercent: percent(r.overturned, r.items) }));
}

async function expectedOverturnByCategory(from: string, to: string) {
  const rows = await sql<{ category: string | null; cases: number; items: number; overturned: number; upheld: number }>(
    `WITH ${DECIDED} SELECT category, ${OUTCOMES} FROM decided_items GROUP BY category`,
    from,
    to,
  );
  return rows.map((r) => ({
    ...r,
    category: r.category ?? NO_CATEGORY,
    overturnedPercent: percent(r.overturned, r.items),
  }));
}

async function expectedOverturnBySpecialty(from: string, to: string) {
  const rows = await sql<{
    specialtyCode: string | null;
    specialty: string | null;
    cases: number;
    items: number;
    overturned: number;
    upheld: number;
  }>(
    `WITH ${DECIDED}, resolved AS (
       SELECT i.*, coalesce(
         (SELECT bc."specialtyCode" FROM "BoardCertification" bc WHERE bc."reviewerId" = i."reviewerId" AND bc."specialtyCode" = i.case_specialty LIMIT 1),
         (SELECT min(bc."specialtyCode") FROM "BoardCertification" bc
            JOIN "SpecialtySimilarity" s ON s."similarCode" = bc."specialtyCode" AND s."specialtyCode" = i.case_specialty
           WHERE bc."reviewerId" = i."reviewerId"),
         (SELECT min(bc."specialtyCode") FROM "BoardCertification" bc WHERE bc."reviewerId" = i."reviewerId")) AS reviewer_specialty
       FROM decided_items i)
     SELECT r.reviewer_specialty AS "specialtyCode", s.name AS specialty, ${OUTCOMES}
     FROM resolved r LEFT JOIN "Specialty" s ON s.code = r.reviewer_specialty
     GROUP BY r.reviewer_specialty, s.name`,
    from,
    to,
  );
  return rows.map((r) => ({
    ...r,
    specialty: r.specialty ?? r.specialtyCode ?? "(no board certification)",
    overturnedPercent: percent(r.overturned, r.items),
  }));
}

async function expectedVolumeByMonth(from: string, to: string) {
  return sql<{ month: string; applications: number; eligible: number; letters: number; amendedLetters: number }>(
    `WITH ${BOUNDS},
       months AS (SELECT to_char(m, 'YYYY-MM') AS month FROM generate_series(date_trunc('month', $1::date), $2::date, interval '1 month') m)
     SELECT m.month,
       (SELECT count(*) FROM "Case" c, bounds b WHERE c."receivedAt" >= b.lo AND c."receivedAt" < b.hi AND to_char(${LA(`c."receivedAt"`)}, 'YYYY-MM') = m.month)::int AS applications,
       (SELECT count(*) FROM "Case" c, bounds b WHERE c."receivedAt" >= b.lo AND c."receivedAt" < b.hi AND to_char(${LA(`c."receivedAt"`)}, 'YYYY-MM') = m.month AND c."eligibilityOutcome" = 'ELIGIBLE')::int AS eligible,
       (SELECT count(*) FROM "Determination" d, bounds b WHERE d."issuedAt" >= b.lo AND d."issuedAt" < b.hi AND to_char(${LA(`d."issuedAt"`)}, 'YYYY-MM') = m.month)::int AS letters,
       (SELECT count(*) FROM "Determination" d, bounds b WHERE d."issuedAt" >= b.lo AND d."issuedAt" < b.hi AND to_char(${LA(`d."issuedAt"`)}, 'YYYY-MM') = m.month AND d.version > 1)::int AS "amendedLetters"
     FROM months m ORDER BY m.month`,
    from,
    to,
  );
}

/** Per review type (null: all), in the report's row order. */
function byReviewType<T extends { reviewType: string | null }>(rows: T[], empty: Omit<T, "reviewType">) {
  const find = (type: string | null) => ({ ...empty, ...rows.find((r) => r.reviewType === type) });
  return [
    ...REVIEW_TYPE_ORDER.map((t) => ({ ...find(t), reviewType: REVIEW_TYPE_NAMES[t] })),
    { ...find(null), reviewType: ALL_REVIEW_TYPES },
  ];
}

const ACCEPTED_START = `(SELECT max(a."assignedAt") FROM "Assignment" a
   WHERE a."caseId" = dc."caseId" AND a."reviewerId" = dc.first_reviewer AND a."respondedAt" IS NOT NULL AND a.status <> 'DECLINED')`;

async function expectedCaseAge(from: string, to: string) {
  const rows = await sql<{
    reviewType: string | null;
    decided: number;
    withAssignment: number;
    averageDaysFromAssignment: number | null;
    withRecordsComplete: number;
    averageDaysFromRecords: number | null;
  }>(
    `WITH ${DECIDED}, aged AS (
       SELECT c."reviewType"::text AS review_type,
              extract(epoch FROM dc.decided_at - ${ACCEPTED_START}) / 86400 AS from_assignment,
              extract(epoch FROM dc.decided_at - c."recordsCompleteAt") / 86400 AS from_records
       FROM decided dc JOIN "Case" c ON c.id = dc."caseId")
     SELECT review_type AS "reviewType", count(*)::int AS decided,
            count(from_assignment)::int AS "withAssignment", avg(from_assignment)::float8 AS "averageDaysFromAssignment",
            count(from_records)::int AS "withRecordsComplete", avg(from_records)::float8 AS "averageDaysFromRecords"
     FROM aged GROUP BY ROLLUP (review_type)`,
    from,
    to,
  );
  return byReviewType(rows, {
    decided: 0,
    withAssignment: 0,
    averageDaysFromAssignment: null,
    withRecordsComplete: 0,
    averageDaysFromRecords: null,
  });
}

async function expectedDeadlines(from: string, to: string, now: Date) {
  const decided = await sql<{ reviewType: string | null; met: number; missed: number; noDueTime: number }>(
    `WITH ${DECIDED}
     SELECT c."reviewType"::text AS "reviewType",
            coalesce(sum(CASE WHEN dc.decided_at <= c."dueAt" THEN 1 ELSE 0 END), 0)::int AS met,
            coalesce(sum(CASE WHEN dc.decided_at > c."dueAt" THEN 1 ELSE 0 END), 0)::int AS missed,
            coalesce(sum(CASE WHEN c."dueAt" IS NULL THEN 1 ELSE 0 END), 0)::int AS "noDueTime"
     FROM decided dc JOIN "Case" c ON c.id = dc."caseId" GROUP BY ROLLUP (c."reviewType")`,
    from,
    to,
  );
  const open = await sql<{ reviewType: string | null; openPastDue: number }>(
    `WITH ${BOUNDS}
     SELECT c."reviewType"::text AS "reviewType", count(*)::int AS "openPastDue"
     FROM "Case" c, bounds b
     WHERE c.status NOT IN ('DECIDED', 'INELIGIBLE', 'TERMINATED') AND c."dueAt" >= b.lo AND c."dueAt" < b.hi AND c."dueAt" < ($3::timestamptz AT TIME ZONE 'UTC')
     GROUP BY ROLLUP (c."reviewType")`,
    from,
    to,
    now.toISOString(),
  );
  const merged = [...new Set([...decided, ...open].map((r) => r.reviewType))].map((type) => ({
    met: 0,
    missed: 0,
    noDueTime: 0,
    openPastDue: 0,
    ...decided.find((r) => r.reviewType === type),
    ...open.find((r) => r.reviewType === type),
    reviewType: type,
  }));
  return byReviewType(merged, { met: 0, missed: 0, noDueTime: 0, openPastDue: 0 }).map((r) => ({
    ...r,
    metPercent: percent(r.met, r.met + r.missed),
  }));
}

async function expectedWorkload(from: string, to: string, reviewerIds: string[]) {
  return sql<{
    reviewerId: string;
    reviewer: string;
    specialties: string;
    accountDisabled: boolean;
    openAssignments: number;
    pendingOffers: number;
    decided: number;
    averageDaysToDecide: number | null;
  }>(
    `WITH ${DECIDED}
     SELECT r.id::text AS "reviewerId", u.name AS reviewer,
            (SELECT string_agg(code, ', ') FROM (SELECT DISTINCT bc."specialtyCode" AS code FROM "BoardCertification" bc WHERE bc."reviewerId" = r.id ORDER BY 1) s) AS specialties,
            u."disabledAt" IS NOT NULL AS "accountDisabled",
            (SELECT count(*) FROM "Assignment" a WHERE a."reviewerId" = r.id AND a.status = 'ACTIVE')::int AS "openAssignments",
            (SELECT count(*) FROM "Assignment" a WHERE a."reviewerId" = r.id AND a.status = 'OFFERED')::int AS "pendingOffers",
            (SELECT count(*) FROM decided dc WHERE dc.first_reviewer = r.id)::int AS decided,
            (SELECT avg(extract(epoch FROM dc.decided_at - ${ACCEPTED_START}) / 86400) FROM decided dc WHERE dc.first_reviewer = r.id)::float8 AS "averageDaysToDecide"
     FROM "ReviewerProfile" r JOIN "User" u ON u.id = r."userId"
     WHERE r.id = ANY($3::uuid[])`,
    from,
    to,
    reviewerIds,
  );
}

const byKey = <T>(rows: T[], key: (row: T) => string) => [...rows].sort((x, y) => key(x).localeCompare(key(y)));

/** Numbers compared to 9 decimals (averages and rates are floating point), everything else exactly. */
function expectSameRows(actual: object[], expected: object[]) {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((row, i) => {
    for (const [key, value] of Object.entries(row)) {
      const got = (actual[i] as Record<string, unknown>)[key];
      if (typeof value === "number") {
        expect(typeof got).toBe("number");
        expect(got as number).toBeCloseTo(value, 9);
      } else {
        expect({ row: i, key, value: got }).toEqual({ row: i, key, value });
      }
    }
  });
}

async function reportsFor(from: string, to: string, now = NOW): Promise<ReportsResult> {
  return readReports({ actor: world.admin, input: { from, to }, now });
}

const myReviewerIds = () => Object.values(world.reviewers).map((r) => r.reviewerId!);
const myWorkload = (result: ReportsResult) =>
  byKey(
    result.rows["reviewer-workload"].filter((r) => myReviewerIds().includes(r.reviewerId)),
    (r) => r.reviewerId,
  );

const PERIODS: [string, string, string][] = [
  ["the three years 2019-2021", "2019-01-01", "2021-12-31"],
  ["2020 alone", "2020-01-01", "2020-12-31"],
  ["one day with one decision", "2019-03-25", "2019-03-25"],
  ["the first four months of 2021", "2021-01-01", "2021-04-30"],
  ["a period with nothing in it", "2017-01-01", "2017-06-30"],
];

describe.each(PERIODS)("every figure agrees with SQL written apart: %s", (_name, from, to) => {
  let result: ReportsResult;
  beforeAll(async () => {
    result = await reportsFor(from, to);
  });

  test("overturn rate by year", async () => {
    expectSameRows(result.rows["overturn-by-year"], await expectedOverturnByYear(from, to));
  });
  test("overturn rate by treatment category", async () => {
    expectSameRows(
      byKey(result.rows["overturn-by-category"], (r) => r.category),
      byKey(await expectedOverturnByCategory(from, to), (r) => r.category),
    );
  });
  test("overturn rate by reviewer specialty", async () => {
    const key = (r: { specialty: string }) => r.specialty;
    expectSameRows(
      byKey(result.rows["overturn-by-specialty"], key),
      byKey(await expectedOverturnBySpecialty(from, to), key),
    );
  });
  test("applications, eligible cases and letters by month", async () => {
    expectSameRows(result.rows["volume-by-month"], await expectedVolumeByMonth(from, to));
  });
  test("average case age", async () => {
    expectSameRows(result.rows["case-age"], await expectedCaseAge(from, to));
  });
  test("deadlines met and missed", async () => {
    expectSameRows(result.rows.deadlines, await expectedDeadlines(from, to, NOW));
  });
  test("reviewer workload", async () => {
    expectSameRows(
      myWorkload(result),
      byKey(await expectedWorkload(from, to, myReviewerIds()), (r) => r.reviewerId),
    );
  });
});

describe("the figures worked out by hand for 2019-2021", () => {
  let result: ReportsResult;
  beforeAll(async () => {
    result = await reportsFor("2019-01-01", "2021-12-31");
  });
  const days = (later: string, earlier: string) => (ca(later).getTime() - ca(earlier).getTime()) / DAY;

  test("overturn rate by California year; the amended case counts once, in 2020, as overturned", () => {
    expect(result.rows["overturn-by-year"]).toEqual([
      { year: 2019, cases: 2, items: 3, overturned: 1, upheld: 2, overturnedPercent: expect.closeTo(100 / 3, 9) },
      { year: 2020, cases: 3, items: 5, overturned: 3, upheld: 2, overturnedPercent: 60 },
      { year: 2021, cases: 2, items: 2, overturned: 1, upheld: 1, overturnedPercent: 50 },
    ]);
  });

  test("overturn rate by category, items without one grouped apart", () => {
    const rows = Object.fromEntries(
      result.rows["overturn-by-category"].map((r) => [r.category, [r.cases, r.items, r.overturned]]),
    );
    expect(rows).toEqual({
      Injections: [2, 2, 2],
      "Physical medicine": [1, 1, 0],
      Pharmaceuticals: [2, 2, 1],
      Surgery: [1, 2, 2],
      "Diagnostic testing": [1, 1, 0],
      Other: [1, 1, 0],
      [NO_CATEGORY]: [1, 1, 0],
    });
  });

  test("overturn rate by the reviewer's qualifying specialty (own, then similar, never just the first by code)", () => {
    const { a, c, e } = world.specialties;
    const rows = Object.fromEntries(
      result.rows["overturn-by-specialty"].map((r) => [r.specialtyCode, [r.cases, r.items, r.overturned]]),
    );
    expect(rows).toEqual({ [a]: [4, 5, 2], [c]: [2, 4, 2], [e]: [1, 1, 1] });
  });

  test("applications, eligible cases and letters", () => {
    const months = result.rows["volume-by-month"];
    expect(months).toHaveLength(36);
    const total = (key: "applications" | "eligible" | "letters" | "amendedLetters") =>
      months.reduce((sum, m) => sum + m[key], 0);
    // C1-C11 received; all but C9 (not signed) eligible. Letters: C1, C2, C3, C4, C5 and its amendment, C6, C11.
    expect([total("applications"), total("eligible"), total("letters"), total("amendedLetters")]).toEqual([
      11, 10, 8, 1,
    ]);
    expect(months.find((m) => m.month === "2019-12")).toMatchObject({ letters: 1 });
    expect(months.find((m) => m.month === "2021-02")).toMatchObject({ letters: 1, amendedLetters: 1 });
    expect(months.find((m) => m.month === "2021-12")).toMatchObject({ letters: 1 });
    expect(months.find((m) => m.month === "2021-06")).toMatchObject({ applications: 2, eligible: 1 });
  });

  test("average case age from the accepted assignment (not the declined offer) and from complete records", () => {
    const standard = result.rows["case-age"].find((r) => r.reviewType === "Standard")!;
    const fromAssignment = [
      days("2019-03-25 14:00", "2019-03-11 08:00"),
      days("2019-12-31 20:00", "2019-11-02"),
      days("2020-03-01 11:00", "2020-02-11"),
      days("2020-08-30 16:00", "2020-08-12"),
      days("2021-12-31 23:00", "2021-11-23"),
    ];
    const fromRecords = [
      days("2019-03-25 14:00", "2019-03-10 10:00"),
      days("2019-12-31 20:00", "2019-11-01 12:00"),
      days("2020-03-01 11:00", "2020-02-10"),
      days("2020-08-30 16:00", "2020-08-10"),
      days("2021-12-31 23:00", "2021-11-22 09:00"),
    ];
    const mean = (values: number[]) => values.reduce((s, v) => s + v, 0) / values.length;
    expect(standard.decided).toBe(5);
    expect(standard.averageDaysFromAssignment).toBeCloseTo(mean(fromAssignment), 9);
    expect(standard.averageDaysFromRecords).toBeCloseTo(mean(fromRecords), 9);
    const expedited = result.rows["case-age"].find((r) => r.reviewType === "Expedited")!;
    expect(expedited.averageDaysFromAssignment).toBeCloseTo(days("2020-05-09 09:00", "2020-05-05 10:00"), 9);
    expect(result.rows["case-age"].at(-1)).toMatchObject({
      reviewType: ALL_REVIEW_TYPES,
      decided: 7,
      withAssignment: 7,
      withRecordsComplete: 7,
    });
  });

  test("deadlines: late letters missed, open cases past due counted", () => {
    const rows = Object.fromEntries(result.rows.deadlines.map((r) => [r.reviewType, [r.met, r.missed, r.openPastDue]]));
    expect(rows).toEqual({
      Standard: [3, 2, 2],
      Expedited: [0, 1, 0],
      "Pharmacy formulary": [1, 0, 0],
      [ALL_REVIEW_TYPES]: [4, 3, 2],
    });
  });

  test("reviewer workload: open, offered, decided", () => {
    const { r1, r2, r3, r4 } = world.reviewers;
    const rows = Object.fromEntries(
      myWorkload(result).map((r) => [r.reviewerId, [r.openAssignments, r.pendingOffers, r.decided]]),
    );
    expect(rows).toEqual({
      [r1.reviewerId!]: [1, 1, 4],
      [r2.reviewerId!]: [0, 0, 2],
      [r3.reviewerId!]: [0, 0, 0],
      [r4.reviewerId!]: [0, 0, 1],
    });
    const r2Row = myWorkload(result).find((r) => r.reviewerId === r2.reviewerId)!;
    expect(r2Row.specialties).toBe([world.specialties.b, world.specialties.c].join(", "));
  });
});

describe("the period", () => {
  test("open cases count as past due only once their due time has passed at the time of the report", async () => {
    // C7 was due 2021-04-01, C8 2021-05-31.
    const early = await reportsFor("2021-01-01", "2021-12-31", ca("2021-05-15 12:00"));
    expect(early.rows.deadlines.at(-1)!.openPastDue).toBe(1);
    const later = await reportsFor("2021-01-01", "2021-12-31", ca("2021-06-15 12:00"));
    expect(later.rows.deadlines.at(-1)!.openPastDue).toBe(2);
  });

  test("a decision just before midnight in California belongs to that California day", async () => {
    const lastDay2018 = await reportsFor("2018-12-31", "2018-12-31");
    expect(lastDay2018.rows["overturn-by-year"]).toEqual([expect.objectContaining({ year: 2018, cases: 1 })]);
    const firstDay2019 = await reportsFor("2019-01-01", "2019-01-01");
    expect(firstDay2019.rows["overturn-by-year"]).toEqual([]);
  });

  test.each([
    [{ from: "2021-02-01", to: "2021-01-01" }, { to: ["The end date must be on or after the start date."] }],
    [{ from: "2021-02-30" }, { from: ["Enter the start date as a date (YYYY-MM-DD)."] }],
  ])("wrong dates are refused with a message: %j", async (input, fieldErrors) => {
    await expect(readReports({ actor: world.admin, input, now: NOW })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors,
    });
  });

  test("without dates, the last 12 months up to today", async () => {
    const result = await readReports({ actor: world.admin, input: {}, now: new Date("2021-07-01T19:00:00Z") });
    expect([result.period.from, result.period.to]).toEqual(["2020-07-02", "2021-07-01"]);
    // C5 (2020-08-30), C6 (2021-01-07): their years.
    expect(result.rows["overturn-by-year"].map((r) => [r.year, r.cases])).toEqual([
      [2020, 1],
      [2021, 1],
    ]);
  });
});

// ---------------------------------------------------------------------------------------
// CSV export and who may read.

/** A strict RFC 4180 reader. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = "";
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      record.push(field);
      field = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      i += 1;
    } else field += ch;
  }
  return records;
}

/** What the report route answers for a failure (app/api/reports/[report]/route.ts). */
const reportFailure = (error: unknown) => routeFailure(error, REPORT_ERROR_STATUS);
const exportCount = (actorId: string) => db().auditEvent.count({ where: { action: "report.exported", actorId } });

describe("CSV export", () => {
  test.each(REPORT_IDS.map((id) => [id]))(
    "%s: the file holds the table's rows and columns, and the export is audited",
    async (id: ReportId) => {
      const admin = await createStaff("ADMIN");
      const input = { from: "2019-01-01", to: "2021-12-31" };
      const table = await readReports({ actor: admin, input, now: NOW });
      const file = await exportReport({ actor: admin, input: { report: id, ...input }, now: NOW });
      const rows: object[] = table.rows[id];
      const columns = REPORTS[id].columns as ReportColumn<object>[];
      expect(file.bytes.toString("utf8")).toBe(reportCsv(columns, rows));
      const parsed = parseCsv(file.bytes.toString("utf8").replace(/^\uFEFF/, ""));
      expect(parsed[0]).toEqual(columns.map((c) => c.label));
      expect(parsed).toHaveLength(rows.length + 1);
      expect(file.rows).toBe(rows.length);
      expect(file.fileName).toBe(`imr-${id}-2019-01-01-to-2021-12-31.csv`);

      const audit = await db().auditEvent.findMany({ where: { action: "report.exported", actorId: admin.userId } });
      expect(audit.map((a) => [a.entityType, a.entityId, a.payload])).toEqual([
        ["Report", id, { report: id, rows: rows.length, from: "2019-01-01", to: "2021-12-31" }],
      ]);
    },
  );

  test("the overturn-by-year file, cell by cell", async () => {
    const file = await exportReport({
      actor: world.admin,
      input: { report: "overturn-by-year", from: "2019-01-01", to: "2021-12-31" },
      now: NOW,
    });
    expect(parseCsv(file.bytes.toString("utf8").replace(/^\uFEFF/, ""))).toEqual([
      ["Year", "Cases", "Items decided", "Overturned", "Upheld", "Overturned %"],
      ["2019", "2", "3", "1", "2", "33.33"],
      ["2020", "3", "5", "3", "2", "60"],
      ["2021", "2", "2", "1", "1", "50"],
    ]);
  });

  test("the response is an attachment, CSV, never cached", async () => {
    const response = fileResponse(
      await exportReport({
        actor: world.admin,
        input: { report: "deadlines", from: "2020-01-01", to: "2020-12-31" },
        now: NOW,
      }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="imr-deadlines-2020-01-01-to-2020-12-31.csv"',
    );
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.text()).toContain("Met,Missed");
  });

  const refusals: [string, () => Promise<StaffActor | null>, number][] = [
    ["anonymous", async () => null, 401],
    ["intake", () => createStaff("INTAKE"), 403],
    ["a reviewer", () => createReviewer(), 403],
  ];
  test.each(refusals)(
    "%s gets no data, from the page or the file, and no export is recorded",
    async (_who, makeActor, status) => {
      const actor = await makeActor();
      await expect(readReports({ actor, input: {}, now: NOW })).rejects.toMatchObject({
        code: status === 401 ? "UNAUTHENTICATED" : "FORBIDDEN",
      });
      for (const report of ["overturn-by-year", "reviewer-workload", "no-such-report"]) {
        const response = await exportReport({ actor, input: { report }, now: NOW }).then(fileResponse, reportFailure);
        expect(response.status).toBe(status);
        expect(response.headers.get("content-type")).toMatch(/^application\/json/);
        expect(response.headers.get("cache-control")).toBe("no-store");
        expect(Object.keys(await response.json())).toEqual(["ok", "message"]);
      }
      if (actor) expect(await exportCount(actor.userId)).toBe(0);
    },
  );

  test("an unknown report is not found and wrong dates are explained; neither is recorded", async () => {
    const admin = await createStaff("ADMIN");
    const unknown = await exportReport({ actor: admin, input: { report: "salaries" }, now: NOW }).then(
      fileResponse,
      reportFailure,
    );
    expect(unknown.status).toBe(404);
    const wrong = await exportReport({
      actor: admin,
      input: { report: "deadlines", from: "2021-05-01", to: "2021-04-01" },
      now: NOW,
    }).then(fileResponse, reportFailure);
    expect(wrong.status).toBe(422);
    expect(await wrong.json()).toEqual({
      ok: false,
      message: "Please correct the dates of the report.",
      fieldErrors: { to: ["The end date must be on or after the start date."] },
    });
    expect(await exportCount(admin.userId)).toBe(0);
  });
});
