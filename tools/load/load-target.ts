// Where generated load may go: a PostgreSQL server named by URL, never the embedded
// database (PGlite, for development), and never a database that holds cases or staff the
// generator did not make, unless forced. Everything generated is recognisable by the
// staff accounts' e-mail domain (LOAD_EMAIL_DOMAIN): the generated cases are created by its
// intake account.
import type pg from "pg";

export const LOAD_EMAIL_DOMAIN = "load.imr";

export function requirePostgresUrl(url: string | undefined): string {
  if (!url) {
    throw new Error(
      "The load generator needs a PostgreSQL server: set DATABASE_URL or pass --database-url postgresql://... " +
        "It never writes to the embedded database (PGlite), which is for development. " +
        "Create a dedicated benchmark database, e.g. `createdb -h 127.0.0.1 -U postgres imr_bench`.",
    );
  }
  return url;
}

export type ForeignData = { cases: number; users: number };

/** Cases not created by a generated account, and users outside the generated domain. */
export async function foreignData(client: pg.Client): Promise<ForeignData> {
  const { rows } = await client.query<{ cases: string; users: string }>(
    `SELECT (SELECT count(*) FROM "Case" c LEFT JOIN "User" u ON u.id = c."createdById"
              WHERE u.email IS NULL OR u.email NOT LIKE '%@' || $1) AS cases,
            (SELECT count(*) FROM "User" WHERE email NOT LIKE '%@' || $1) AS users`,
    [LOAD_EMAIL_DOMAIN],
  );
  return { cases: Number(rows[0].cases), users: Number(rows[0].users) };
}

export function refusalFor(found: ForeignData): string | null {
  if (found.cases === 0 && found.users === 0) return null;
  return (
    `This database holds ${found.cases} case(s) and ${found.users} user(s) that the load generator did not create. ` +
    "Generated load is for a dedicated benchmark database; run it against an empty one, or pass --force to add to this one anyway."
  );
}
