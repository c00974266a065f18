// The generator's session: temporary tables the month statements read (constants with the
// guideline list, clinical profiles, the assignable reviewers per specialty). They live as long as the one connection the generator uses, and are never in the schema.
// The demo history (tools/demo/history) makes the same tables with its own staff and panel:
// createLoadConstants, then load_reviewer and load_specialty_count of its own.
import type { LoadClient } from "./load-client.ts";
import { citationText } from "../../lib/guidelines/starter-list.ts";
import type { EvidenceTier } from "../../lib/db/generated/enums.ts";
import { PROFILES } from "./load-vocabulary.ts";
import type { LoadStaffIds } from "./load-panel.ts";
import { PANEL_SIZE } from "./load-panel.ts";
import { LOAD_EMAIL_DOMAIN } from "./load-target.ts";
import type { SharedBlobs } from "./shared-blobs.ts";

// Temporary tables are stored PLAIN (never toasted): read once per generated row, a
// toasted array would be fetched and decompressed again every time.
const SETUP = `
SET synchronous_commit = off;
SET work_mem = '64MB';
-- Row estimates of the month's temporary tables would otherwise make JIT compile for seconds per statement.
SET jit = off;
DROP TABLE IF EXISTS load_const, load_profile, load_reviewer, load_specialty_count;
CREATE TEMP TABLE load_profile (idx int PRIMARY KEY, lo float8, hi float8, region text, specialties text[],
  diagnoses text[], findings text[], items text[]);
CREATE TEMP TABLE load_const (now timestamp, intake_id uuid, admin_id uuid, qa_id uuid, panel_size int,
  notice_key text, notice_size int, notice_sha256 text, records_key text, records_size int, records_sha256 text,
  letter_key text, letter_size int, letter_sha256 text, guideline_ids uuid[], guideline_citations text[]);
ALTER TABLE load_profile ALTER specialties SET STORAGE PLAIN, ALTER diagnoses SET STORAGE PLAIN, ALTER findings SET STORAGE PLAIN,
  ALTER items SET STORAGE PLAIN;
ALTER TABLE load_const ALTER guideline_ids SET STORAGE PLAIN, ALTER guideline_citations SET STORAGE PLAIN;
`;

export type LoadConstants = { now: Date; staff: LoadStaffIds; blobs: SharedBlobs; panelSize?: number };

export async function prepareLoadSession(client: LoadClient, constants: LoadConstants): Promise<void> {
  await createLoadConstants(client, constants);
  await createReviewerTables(client);
}

/** The session settings, load_const and load_profile; load_reviewer is the caller's. */
export async function createLoadConstants(
  client: LoadClient,
  { now, staff, blobs, panelSize = PANEL_SIZE }: LoadConstants,
): Promise<void> {
  await client.query(SETUP);
  const guidelines = await client.query<{
    id: string;
    tier: EvidenceTier;
    source: string;
    title: string;
    section: string | null;
    pages: string | null;
  }>(`SELECT id, tier, source, title, section, pages FROM "Guideline" WHERE active ORDER BY tier, source, title`);
  const citations = guidelines.rows.map((g) =>
    citationText(g)
      .replace(/^Decision based on /, "")
      .replace(/\.$/, ""),
  );
  await client.query(
    `INSERT INTO load_const VALUES (($1::timestamptz AT TIME ZONE 'UTC'), $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`,
    [
      now.toISOString(),
      staff.intake,
      staff.admin,
      staff.qa,
      panelSize,
      blobs.notice.storageKey,
      blobs.notice.byteSize,
      blobs.notice.sha256,
      blobs.records.storageKey,
      blobs.records.byteSize,
      blobs.records.sha256,
      blobs.letter.storageKey,
      blobs.letter.byteSize,
      blobs.letter.sha256,
      guidelines.rows.map((g) => g.id),
      citations,
    ],
  );
  const total = PROFILES.reduce((sum, p) => sum + p.share, 0);
  let lo = 0;
  for (const [idx, profile] of PROFILES.entries()) {
    const hi = idx === PROFILES.length - 1 ? 1.0000001 : lo + profile.share / total;
    await client.query(`INSERT INTO load_profile VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`, [
      idx,
      lo,
      hi,
      profile.region,
      profile.specialties,
      profile.diagnoses,
      profile.findings,
      profile.items,
    ]);
    lo = hi;
  }
}

/** Assignable reviewers (as lib/matching/qualify-reviewer.ts screens them), numbered 0..n-1 per certified specialty. */
async function createReviewerTables(client: LoadClient): Promise<void> {
  await client.query(`
    CREATE TEMP TABLE load_reviewer AS
    SELECT rp.id AS reviewer_id, u.id AS user_id, bc."specialtyCode" AS specialty, s.name AS specialty_name,
           (row_number() OVER (PARTITION BY bc."specialtyCode" ORDER BY u.email) - 1)::int AS idx
      FROM "User" u
      JOIN "ReviewerProfile" rp ON rp."userId" = u.id
      JOIN "BoardCertification" bc ON bc."reviewerId" = rp.id
      JOIN "Specialty" s ON s.code = bc."specialtyCode"
      CROSS JOIN load_const k
     WHERE u.email LIKE '%@${LOAD_EMAIL_DOMAIN}' AND u."disabledAt" IS NULL AND rp."hoursPerWeek" >= 24 AND NOT rp."disciplinaryHistory"
       AND bc."expiresOn" > k.now
       AND EXISTS (SELECT 1 FROM "License" l WHERE l."reviewerId" = rp.id AND l.state = 'CA' AND l.status = 'ACTIVE'
                     AND NOT l.restricted AND l."expiresOn" > k.now);
    CREATE INDEX ON load_reviewer (specialty, idx);
    CREATE TEMP TABLE load_specialty_count AS SELECT specialty, count(*)::int AS n FROM load_reviewer GROUP BY specialty;
  `);
  const needed = neededSpecialties();
  const { rows } = await client.query<{ specialty: string; n: number }>(
    `SELECT specialty, n FROM load_specialty_count`,
  );
  const missing = needed.filter((code) => (rows.find((r) => r.specialty === code)?.n ?? 0) < 2);
  if (missing.length)
    throw new Error(`The generated panel has fewer than two assignable reviewers in ${missing.join(", ")}`);
}

/** Every specialty a generated case may need: load_reviewer has at least two reviewers for each. */
export const neededSpecialties = (): string[] => [...new Set(PROFILES.flatMap((p) => p.specialties))];
