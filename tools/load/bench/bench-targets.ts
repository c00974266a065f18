// What the benchmark asks for, taken from the generated data: the administrator, the
// reviewer with the most accepted cases, a sample of cases to open, and search words of
// every frequency (common ones such as "lumbar", rare ones such as "vestibular").
import type pg from "pg";
import { LOAD_STAFF } from "../load-panel.ts";
import type { RouteName } from "./bench-options.ts";

export const SEARCH_TERMS = [
  "epidural steroid injection",
  "lumbar",
  "tramadol",
  "acupuncture",
  "carpal tunnel",
  "knee arthroscopy",
  "cognitive behavioral therapy",
  "cervical facet",
  "functional restoration",
  "vestibular rehabilitation",
];

export type BenchTargets = {
  adminEmail: string;
  reviewerEmail: string;
  reviewerCases: number;
  caseIds: string[];
  cases: number;
};

export async function findTargets(client: pg.Client): Promise<BenchTargets> {
  const admin = LOAD_STAFF.find((s) => s.key === "admin")!.email;
  const found = await client.query(`SELECT 1 FROM "User" WHERE email = $1`, [admin]);
  if (found.rowCount === 0)
    throw new Error("No generated data in this database: run `npm run db:generate-load` against it first.");
  const reviewer = await client.query<{ email: string; n: number }>(
    `SELECT u.email, count(*)::int AS n FROM "Assignment" a JOIN "ReviewerProfile" rp ON rp.id = a."reviewerId" JOIN "User" u ON u.id = rp."userId"
      WHERE a.status IN ('ACTIVE', 'COMPLETED') AND u.email LIKE '%@load.imr' GROUP BY u.email ORDER BY n DESC, u.email LIMIT 1`,
  );
  const cases = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Case"`);
  // A sample spread over the whole table (every status in its share), without sorting it.
  const percent = Math.min(100, (100 * 400) / Math.max(1, Number(cases.rows[0].n)));
  const sample = await client.query<{ id: string }>(
    `SELECT id FROM "Case" TABLESAMPLE BERNOULLI ($1) REPEATABLE (2026) LIMIT 200`,
    [percent],
  );
  return {
    adminEmail: admin,
    reviewerEmail: reviewer.rows[0]?.email ?? "",
    reviewerCases: reviewer.rows[0]?.n ?? 0,
    caseIds: sample.rows.map((r) => r.id),
    cases: Number(cases.rows[0].n),
  };
}

export type RouteSpec = { name: RouteName; label: string; as: "admin" | "reviewer" | "public"; paths: string[] };

export function routeSpecs(targets: BenchTargets, names: RouteName[]): RouteSpec[] {
  const all: RouteSpec[] = [
    {
      name: "queue",
      label: "Admin queue: ready for assignment, by due date",
      as: "admin",
      paths: ["/admin?status=READY_FOR_ASSIGNMENT&sort=dueAt&dir=asc"],
    },
    {
      name: "queue-decided",
      label: "Admin queue: decided, by due date, page 2",
      as: "admin",
      paths: ["/admin?status=DECIDED&sort=dueAt&dir=desc&page=2"],
    },
    {
      name: "case",
      label: `Admin case page (${targets.caseIds.length} cases in turn)`,
      as: "admin",
      paths: targets.caseIds.map((id) => `/admin/cases/${id}`),
    },
    {
      name: "reviewer",
      label: `Reviewer's open and completed reviews (${targets.reviewerCases} accepted)`,
      as: "reviewer",
      paths: ["/reviewer", "/reviewer?view=completed", "/reviewer?view=completed&page=2"],
    },
    {
      name: "search",
      label: "Public search of published decisions",
      as: "public",
      paths: SEARCH_TERMS.map((q) => `/decisions?q=${encodeURIComponent(q)}`),
    },
  ];
  return all.filter((spec) => names.includes(spec.name));
}
