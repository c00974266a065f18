// Generated published decisions for the public search tests: a seeded generator (the same
// rows on every run) whose every fact and word is known, so each filter's answer can be
// computed in plain TypeScript and compared with what the database returns.
import crypto from "node:crypto";
import { db } from "@/lib/db/client.ts";
import { SUMMARY_INTRO } from "@/lib/determinations/letter/letter-text.ts";
import { seededRandom } from "../support/seeded-random.ts";
import { recordFacetValues } from "@/lib/publication/search-facets.ts";

export type Generated = {
  id: string;
  caseNumber: string;
  status: "PUBLISHED" | "BLOCKED" | "WITHDRAWN" | "SUPERSEDED";
  outcome: "UPHELD" | "OVERTURNED" | "PARTIALLY_OVERTURNED";
  decisionDate: string;
  dateOfInjury: string;
  receivedDate: string;
  reviewerSpecialty: string;
  categories: string[];
  subcategories: string[];
  itemDecisions: ("UPHELD" | "OVERTURNED")[];
  redactedText: string;
};

export const SPECIALTIES = [
  "Orthopaedic Surgery",
  "Physical Medicine & Rehabilitation",
  "Pain Medicine",
  "Psychiatry",
  "Neurology",
  "Internal Medicine",
];
/** A specialty only blocked copies have: it must not be offered in the search form. */
export const HIDDEN_SPECIALTY = "Hidden Specialty Of Blocked Copies";

const TREATMENTS: { category: string; subcategory: string; sentence: string }[] = [
  {
    category: "Injections",
    subcategory: "Epidural steroid injection",
    sentence: "A lumbar epidural steroid injection at L4-L5 was requested.",
  },
  {
    category: "Injections",
    subcategory: "Facet medial branch block",
    sentence: "Diagnostic medial branch blocks were requested for facet pain.",
  },
  {
    category: "Injections",
    subcategory: "Trigger point injection",
    sentence: "Trigger point injections of the trapezius were requested.",
  },
  {
    category: "Pharmaceuticals",
    subcategory: "Opioids",
    sentence: "Continued opioid therapy with oxycodone was requested.",
  },
  {
    category: "Pharmaceuticals",
    subcategory: "Muscle relaxants",
    sentence: "Cyclobenzaprine for muscle spasm was requested.",
  },
  {
    category: "Physical medicine",
    subcategory: "Physical therapy",
    sentence: "Twelve sessions of physical therapy were requested.",
  },
  {
    category: "Physical medicine",
    subcategory: "Acupuncture",
    sentence: "Six sessions of acupuncture were requested.",
  },
  {
    category: "Physical medicine",
    subcategory: "Chiropractic manipulation",
    sentence: "Chiropractic manipulation of the lumbar spine was requested.",
  },
  { category: "Diagnostic testing", subcategory: "MRI", sentence: "An MRI of the cervical spine was requested." },
  {
    category: "Surgery",
    subcategory: "Knee surgery",
    sentence: "An arthroscopic partial meniscectomy of the right knee was requested.",
  },
];
// "epidural" and "steroid" also occur apart, so that a phrase search has something to refuse.
const FILLER = [
  "The patient reports pain rated 6/10 that limits walking.",
  "A steroid taper was tried earlier and an epidural catheter was never placed.",
  "Conservative care included home exercise and anti-inflammatory medication.",
  "Examination showed tenderness and a reduced range of motion.",
  "Imaging was reviewed and correlated with the examination.",
];

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)];
const day = (random: () => number, from: string, spanDays: number) =>
  new Date(Date.parse(`${from}T00:00:00Z`) + Math.floor(random() * spanDays) * 86_400_000).toISOString().slice(0, 10);
const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export function generateDecisions(count: number, seed = 4610): Generated[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i): Generated => {
    const n = 1 + Math.floor(random() * 3);
    const treatments = Array.from({ length: n }, () => pick(random, TREATMENTS));
    const decisions = treatments.map((): "UPHELD" | "OVERTURNED" => (random() < 0.3 ? "OVERTURNED" : "UPHELD"));
    const outcome = decisions.every((d) => d === "UPHELD")
      ? "UPHELD"
      : decisions.every((d) => d === "OVERTURNED")
        ? "OVERTURNED"
        : "PARTIALLY_OVERTURNED";
    const decisionDate = day(random, "2024-01-01", 730);
    const r = random();
    const status = r < 0.8 ? "PUBLISHED" : r < 0.9 ? "BLOCKED" : r < 0.95 ? "WITHDRAWN" : "SUPERSEDED";
    const summary = [pick(random, FILLER), ...treatments.map((t) => t.sentence), pick(random, FILLER)].join(" ");
    return {
      id: crypto.randomUUID(),
      caseNumber: `CM${decisionDate.slice(2, 4)}-${String(100000 + i).padStart(7, "0")}`,
      status,
      outcome,
      decisionDate,
      dateOfInjury: day(random, "2015-01-01", 3000),
      receivedDate: addDays(decisionDate, -(10 + Math.floor(random() * 50))),
      reviewerSpecialty: status === "BLOCKED" && i % 7 === 0 ? HIDDEN_SPECIALTY : pick(random, SPECIALTIES),
      categories: [...new Set(treatments.map((t) => t.category))],
      subcategories: [...new Set(treatments.map((t) => t.subcategory))],
      itemDecisions: [...new Set(decisions)],
      redactedText: [
        "Independent Medical Review Final Determination",
        "CLINICAL CASE SUMMARY",
        SUMMARY_INTRO,
        `The patient is a ${25 + Math.floor(random() * 40)}-year-old ${random() < 0.5 ? "female" : "male"}. ${summary}`,
        "IMR ISSUES, DECISIONS AND RATIONALES",
        ...treatments.map(
          (t, k) =>
            `${k + 1} ${t.sentence} ${decisions[k] === "UPHELD" ? "Upheld" : "Overturned"}. Decision rationale: ${pick(random, FILLER)} ${pick(random, FILLER)}`,
        ),
      ].join("\n\n"),
    };
  });
}

/** Inserts the rows (with the cases and determinations they belong to) in a few bulk statements. */
export async function insertDecisions(rows: Generated[]): Promise<void> {
  const user = await db().user.create({
    data: {
      email: `search-${crypto.randomUUID()}@test.imr`,
      name: "Search Reviewer",
      role: "REVIEWER",
      passwordHash: "x",
      reviewer: { create: { yearsInPractice: 10, hoursPerWeek: 30 } },
    },
    include: { reviewer: true },
  });
  const caseIds = rows.map(() => crypto.randomUUID());
  const determinationIds = rows.map(() => crypto.randomUUID());
  const date = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
  await db().case.createMany({
    data: rows.map((row, i) => ({
      id: caseIds[i],
      caseNumber: row.caseNumber,
      status: "DECIDED" as const,
      reviewType: "STANDARD" as const,
      receivedAt: date(row.receivedDate),
      dateOfInjury: date(row.dateOfInjury),
      urDecisionDate: date(row.receivedDate),
      claimNumber: `CLM-${i}`,
      employeeName: "",
      claimsAdministratorName: "",
      specialtyCode: "PMR",
      createdById: user.id,
    })),
  });
  await db().determination.createMany({
    data: rows.map((row, i) => ({
      id: determinationIds[i],
      caseId: caseIds[i],
      reviewerId: user.reviewer!.id,
      status: "ISSUED" as const,
      issuedAt: date(row.decisionDate),
    })),
  });
  await db().publishedDecision.createMany({
    data: rows.map((row, i) => ({
      id: row.id,
      determinationId: determinationIds[i],
      caseId: caseIds[i],
      caseNumber: row.caseNumber,
      status: row.status,
      outcome: row.outcome,
      decisionDate: date(row.decisionDate),
      dateOfInjury: date(row.dateOfInjury),
      receivedDate: date(row.receivedDate),
      reviewerSpecialty: row.reviewerSpecialty,
      categories: row.categories,
      subcategories: row.subcategories,
      itemDecisions: row.itemDecisions,
      redactedText: row.redactedText,
      publishedAt: row.status === "BLOCKED" ? null : date(row.decisionDate),
    })),
  });
  // what publishing each of the public copies adds to the search form's values
  await recordFacetValues(
    db(),
    rows.filter((row) => row.status === "PUBLISHED"),
  );
}
