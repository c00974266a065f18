// Who reviewed the demo history: the demo panel's numbered reviewers (reviewer4@demo.imr ...)
// who are assignable today, screened as the load generator screens its panel (an active,
// unrestricted California license and a board certification both unexpired, 24 hours a week
// or more, no disciplinary history). The named reviewers of the demo sign-ins keep only the
// cases the demo seed gives them, so the walk-through of the sample case stays as described.
//
// The generator's SQL picks a case's reviewer from load_reviewer by the case's specialty,
// among at least two reviewers. The demo panel is small and certifies fewer specialties than
// the cases need, so each specialty's pool is, in order until it holds two: the reviewers of
// the specialty, those of a similar specialty (the SpecialtySimilarity table), those of the
// other specialties of the clinical profiles that name it, and at last everyone.
import type { LoadClient } from "../../load/load-client.ts";
import { neededSpecialties } from "../../load/load-session.ts";
import { PROFILES } from "../../load/load-vocabulary.ts";
import { SIMILAR_SPECIALTIES } from "../specialties.ts";

export type HistoryReviewer = {
  reviewerId: string;
  userId: string;
  email: string;
  specialty: string;
  specialtyName: string;
};

/** Pure: the reviewers who may take each needed specialty's cases, at least two each (when the panel has two). */
export function specialtyPools(
  reviewers: HistoryReviewer[],
  needed: string[] = neededSpecialties(),
): Map<string, HistoryReviewer[]> {
  const of = (codes: Set<string>) => reviewers.filter((r) => codes.has(r.specialty));
  const pools = new Map<string, HistoryReviewer[]>();
  for (const code of needed) {
    const similar = new Set(SIMILAR_SPECIALTIES.flatMap(([a, b]) => (a === code ? [b] : b === code ? [a] : [])));
    const related = new Set(PROFILES.filter((p) => p.specialties.includes(code)).flatMap((p) => p.specialties));
    let pool: HistoryReviewer[] = [];
    for (const candidates of [of(new Set([code])), of(similar), of(related), reviewers]) {
      for (const reviewer of candidates) if (!pool.includes(reviewer)) pool = [...pool, reviewer];
      if (pool.length >= 2) break;
    }
    pools.set(code, pool);
  }
  return pools;
}

const NUMBERED_DEMO_REVIEWER = "^reviewer[0-9]+@demo\\.imr$";

export async function assignableDemoReviewers(client: LoadClient, now: Date): Promise<HistoryReviewer[]> {
  const { rows } = await client.query<{
    reviewer_id: string;
    user_id: string;
    email: string;
    specialty: string;
    specialty_name: string;
  }>(
    `SELECT DISTINCT ON (u.email) rp.id AS reviewer_id, u.id AS user_id, u.email, bc."specialtyCode" AS specialty, s.name AS specialty_name
       FROM "User" u
       JOIN "ReviewerProfile" rp ON rp."userId" = u.id
       JOIN "BoardCertification" bc ON bc."reviewerId" = rp.id
       JOIN "Specialty" s ON s.code = bc."specialtyCode"
      WHERE u.email ~ $1 AND u."disabledAt" IS NULL AND rp."hoursPerWeek" >= 24 AND NOT rp."disciplinaryHistory"
        AND bc."expiresOn" > $2::timestamptz
        AND EXISTS (SELECT 1 FROM "License" l WHERE l."reviewerId" = rp.id AND l.state = 'CA' AND l.status = 'ACTIVE'
                      AND NOT l.restricted AND l."expiresOn" > $2::timestamptz)
      ORDER BY u.email, bc."specialtyCode"`,
    [NUMBERED_DEMO_REVIEWER, now.toISOString()],
  );
  return rows.map((r) => ({
    reviewerId: r.reviewer_id,
    userId: r.user_id,
    email: r.email,
    specialty: r.specialty,
    specialtyName: r.specialty_name,
  }));
}

/** load_reviewer and load_specialty_count (tools/load/load-session.ts) from the demo panel's pools. */
export async function createDemoReviewerTables(client: LoadClient, now: Date): Promise<HistoryReviewer[]> {
  const reviewers = await assignableDemoReviewers(client, now);
  if (reviewers.length < 2)
    throw new Error(
      `The demo panel has ${reviewers.length} assignable numbered reviewer(s) today; the demo history needs two or more.`,
    );
  const rows = [...specialtyPools(reviewers)].flatMap(([code, pool]) => pool.map((r, idx) => ({ ...r, code, idx })));
  await client.query(`DROP TABLE IF EXISTS load_reviewer, load_specialty_count`);
  await client.query(
    `CREATE TEMP TABLE load_reviewer AS
     SELECT reviewer_id, user_id, specialty, specialty_name, idx
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::int[]) AS t(reviewer_id, user_id, specialty, specialty_name, idx)`,
    [
      rows.map((r) => r.reviewerId),
      rows.map((r) => r.userId),
      rows.map((r) => r.code),
      rows.map((r) => r.specialtyName),
      rows.map((r) => r.idx),
    ],
  );
  await client.query(`CREATE INDEX ON load_reviewer (specialty, idx)`);
  await client.query(
    `CREATE TEMP TABLE load_specialty_count AS SELECT specialty, count(*)::int AS n FROM load_reviewer GROUP BY specialty`,
  );
  return reviewers;
}
