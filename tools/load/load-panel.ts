// The generated staff (intake, administrator, QA reader) and a reviewer panel of 400
// physicians with users, profiles, verified California licenses, board certifications
// (some in a second, similar specialty) and some affiliations. Specialties in proportion to
// the case mix; about 7% are not assignable (suspended license, expired certification,
// too few practice hours), as on a real panel. Deterministic: reviewer i is always the
// same person. Created once; a later run reuses it (and sets the password given).
import crypto from "node:crypto";
import type pg from "pg";
import { hashPassword } from "../../lib/auth/passwords.ts";
import { SIMILAR_SPECIALTIES } from "../demo/specialties.ts";
import { normalizeName } from "../../lib/matching/normalize-name.ts";
import { CLAIMS_ADMINISTRATORS, EMPLOYERS, FIRST_NAMES, LAST_NAMES } from "./load-vocabulary.ts";
import { LOAD_EMAIL_DOMAIN } from "./load-target.ts";

export const PANEL_SIZE = 400;
export const LOAD_STAFF = [
  { key: "intake", email: `intake@${LOAD_EMAIL_DOMAIN}`, name: "Ivy Intake (load)", role: "INTAKE" },
  { key: "admin", email: `admin@${LOAD_EMAIL_DOMAIN}`, name: "Alex Admin (load)", role: "ADMIN" },
  { key: "qa", email: `qa@${LOAD_EMAIL_DOMAIN}`, name: "Quinn QA (load)", role: "ADMIN" },
] as const;

export type LoadStaffIds = Record<(typeof LOAD_STAFF)[number]["key"], string>;

/** Reviewers per 100 by specialty (musculoskeletal first, as in the case mix). */
const SHARE: [string, number][] = [
  ["PMR", 18],
  ["ORTH", 16],
  ["PAIN", 12],
  ["OCC", 9],
  ["FM", 7],
  ["IM", 7],
  ["ANES", 6],
  ["NSURG", 6],
  ["NEURO", 6],
  ["PSY", 7],
  ["RHEUM", 3],
  ["PLAS", 3],
];
const WEIGHTED = SHARE.flatMap(([code, share]) => Array<string>(share).fill(code));
const DAY = 86_400_000;

export type PanelReviewer = {
  userId: string;
  reviewerId: string;
  email: string;
  name: string;
  specialty: string;
  secondSpecialty: string | null;
  licenseStatus: "ACTIVE" | "SUSPENDED";
  certExpiresOn: Date;
  hoursPerWeek: number;
  yearsInPractice: number;
  licenseNumber: string;
  affiliation: { kind: "CLAIMS_ADMINISTRATOR" | "EMPLOYER"; name: string } | null;
};

export function panelReviewer(i: number, now: Date): PanelReviewer {
  const specialty = WEIGHTED[(i * 37) % WEIGHTED.length];
  const similar = SIMILAR_SPECIALTIES.find(([a, b]) => a === specialty || b === specialty);
  const secondSpecialty = i % 7 === 0 && similar ? (similar[0] === specialty ? similar[1] : similar[0]) : null;
  const name = `${FIRST_NAMES[(i * 7) % FIRST_NAMES.length]} ${LAST_NAMES[(i * 11 + Math.floor(i / FIRST_NAMES.length)) % LAST_NAMES.length]}`;
  const affiliation =
    i % 4 !== 0
      ? null
      : i % 8 === 0
        ? { kind: "CLAIMS_ADMINISTRATOR" as const, name: CLAIMS_ADMINISTRATORS[(i / 8) % CLAIMS_ADMINISTRATORS.length] }
        : { kind: "EMPLOYER" as const, name: EMPLOYERS[i % EMPLOYERS.length] };
  return {
    userId: crypto.randomUUID(),
    reviewerId: crypto.randomUUID(),
    email: `reviewer${String(i + 1).padStart(3, "0")}@${LOAD_EMAIL_DOMAIN}`,
    name: `Dr. ${name}`,
    specialty,
    secondSpecialty,
    licenseStatus: i % 40 === 7 ? "SUSPENDED" : "ACTIVE",
    certExpiresOn: new Date(now.getTime() + (i % 40 === 23 ? -30 : 400 + (i % 5) * 300) * DAY),
    hoursPerWeek: i % 50 === 3 ? 16 : 24 + (i % 4) * 8,
    yearsInPractice: 5 + (i % 25),
    licenseNumber: `G${100_000 + i}`,
    affiliation,
  };
}

const VERIFIED = { by: "Alex Admin (load)", source: "Primary source (state board / ABMS)" };

export async function ensureStaffAndPanel(client: pg.Client, password: string, now: Date): Promise<LoadStaffIds> {
  const passwordHash = await hashPassword(password);
  await client.query(
    `INSERT INTO "User" ("id", "email", "name", "role", "passwordHash", "updatedAt")
     SELECT gen_random_uuid(), e, n, r::"Role", $4, now() FROM unnest($1::text[], $2::text[], $3::text[]) AS t(e, n, r)
     ON CONFLICT ("email") DO NOTHING`,
    [LOAD_STAFF.map((s) => s.email), LOAD_STAFF.map((s) => s.name), LOAD_STAFF.map((s) => s.role), passwordHash],
  );
  const existing = await client.query(
    `SELECT count(*)::int AS n FROM "User" WHERE role = 'REVIEWER' AND email LIKE '%@' || $1`,
    [LOAD_EMAIL_DOMAIN],
  );
  if (existing.rows[0].n === 0)
    await insertPanel(
      client,
      Array.from({ length: PANEL_SIZE }, (_, i) => panelReviewer(i, now)),
      passwordHash,
      now,
    );
  // The password given this time opens every generated account.
  await client.query(`UPDATE "User" SET "passwordHash" = $1 WHERE email LIKE '%@' || $2`, [
    passwordHash,
    LOAD_EMAIL_DOMAIN,
  ]);
  const staff = await client.query<{ email: string; id: string }>(
    `SELECT email, id FROM "User" WHERE email = ANY($1)`,
    [LOAD_STAFF.map((s) => s.email)],
  );
  const idOf = (email: string) => staff.rows.find((row) => row.email === email)!.id;
  return { intake: idOf(LOAD_STAFF[0].email), admin: idOf(LOAD_STAFF[1].email), qa: idOf(LOAD_STAFF[2].email) };
}

async function insertPanel(client: pg.Client, panel: PanelReviewer[], passwordHash: string, now: Date): Promise<void> {
  const col = <T>(pick: (r: PanelReviewer) => T) => panel.map(pick);
  const verifiedAt = new Date(now.getTime() - 100 * DAY);
  await client.query("BEGIN");
  try {
    await client.query(
      `INSERT INTO "User" ("id", "email", "name", "role", "passwordHash", "updatedAt")
       SELECT id, e, n, 'REVIEWER', $4, now() FROM unnest($1::uuid[], $2::text[], $3::text[]) AS t(id, e, n)`,
      [col((r) => r.userId), col((r) => r.email), col((r) => r.name), passwordHash],
    );
    await client.query(
      `INSERT INTO "ReviewerProfile" ("id", "userId", "yearsInPractice", "hoursPerWeek", "maxOpenCases", "maxCasesPerWeek")
       SELECT id, u, y, h, 25, 40 FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::int[]) AS t(id, u, y, h)`,
      [col((r) => r.reviewerId), col((r) => r.userId), col((r) => r.yearsInPractice), col((r) => r.hoursPerWeek)],
    );
    await client.query(
      `INSERT INTO "License" ("id", "reviewerId", "state", "number", "status", "expiresOn", "verifiedAt", "verifiedBy", "verificationSource")
       SELECT gen_random_uuid(), r, 'CA', n, s::"LicenseStatus", $4::date + (row_number() OVER () % 900)::int, $5, $6, $7
         FROM unnest($1::uuid[], $2::text[], $3::text[]) AS t(r, n, s)`,
      [
        col((r) => r.reviewerId),
        col((r) => r.licenseNumber),
        col((r) => r.licenseStatus),
        new Date(now.getTime() + 365 * DAY),
        verifiedAt,
        VERIFIED.by,
        VERIFIED.source,
      ],
    );
    const certs = panel.flatMap((r) => [
      { reviewerId: r.reviewerId, specialty: r.specialty, expiresOn: r.certExpiresOn },
      ...(r.secondSpecialty
        ? [{ reviewerId: r.reviewerId, specialty: r.secondSpecialty, expiresOn: r.certExpiresOn }]
        : []),
    ]);
    await client.query(
      `INSERT INTO "BoardCertification" ("id", "reviewerId", "board", "specialtyCode", "expiresOn", "verifiedAt", "verifiedBy", "verificationSource")
       SELECT gen_random_uuid(), r, 'American Board of ' || s.name, t.c, d, $4, $5, $6
         FROM unnest($1::uuid[], $2::text[], $3::date[]) AS t(r, c, d) JOIN "Specialty" s ON s.code = t.c`,
      [
        certs.map((c) => c.reviewerId),
        certs.map((c) => c.specialty),
        certs.map((c) => c.expiresOn),
        verifiedAt,
        VERIFIED.by,
        VERIFIED.source,
      ],
    );
    const affiliated = panel.filter((r) => r.affiliation);
    await client.query(
      `INSERT INTO "Affiliation" ("id", "reviewerId", "kind", "name", "normalizedName")
       SELECT gen_random_uuid(), r, k::"AffiliationKind", n, nn FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[]) AS t(r, k, n, nn)`,
      [
        affiliated.map((r) => r.reviewerId),
        affiliated.map((r) => r.affiliation!.kind),
        affiliated.map((r) => r.affiliation!.name),
        affiliated.map((r) => normalizeName(r.affiliation!.name)),
      ],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}
