// Facts of a database that a backup records and a restore must reproduce: the rows of every
// table, the applied migrations, the audit trail's digest and the index of documents. Read
// in batches (keyset on the primary key), so a database of any size is never held in memory.
// The same queries run on PostgreSQL and on the embedded database (PGlite).
import crypto from "node:crypto";

export type Queryable = { query<T>(sql: string, params?: unknown[]): Promise<T[]> };

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

export async function publicTables(q: Queryable): Promise<string[]> {
  const rows = await q.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
  );
  return rows.map((row) => row.name);
}

export async function tableCounts(q: Queryable): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const name of await publicTables(q)) {
    const [row] = await q.query<{ n: string }>(`SELECT count(*)::text AS n FROM public.${quoteIdent(name)}`);
    counts[name] = Number(row.n);
  }
  return counts;
}

/** Tables (of any schema but the system's) holding at least one row, besides the migrations table. */
export async function nonEmptyTables(q: Queryable): Promise<string[]> {
  const tables = await q.query<{ schema: string; name: string }>(
    `SELECT schemaname AS schema, tablename AS name FROM pg_tables
     WHERE schemaname NOT IN ('pg_catalog', 'information_schema') AND schemaname NOT LIKE 'pg\\_%'
     ORDER BY schemaname, tablename`,
  );
  const filled: string[] = [];
  for (const { schema, name } of tables) {
    if (schema === "public" && name === "_prisma_migrations") continue;
    const [row] = await q.query<{ filled: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM ${quoteIdent(schema)}.${quoteIdent(name)}) AS filled`,
    );
    if (row.filled) filled.push(schema === "public" ? name : `${schema}.${name}`);
  }
  return filled;
}

export async function appliedMigrations(q: Queryable): Promise<string[]> {
  const [exists] = await q.query<{ present: boolean }>(
    `SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS present`,
  );
  if (!exists.present) return [];
  const rows = await q.query<{ name: string }>(
    `SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows.map((row) => row.name);
}

export type AuditDigest = { count: number; firstId: string | null; lastId: string | null; sha256: string };

/** sha256 over every audit row as JSON (to_jsonb, which does not depend on the session's date style), in id order. */
export async function auditTrailDigest(q: Queryable, batch = 5000): Promise<AuditDigest> {
  const hash = crypto.createHash("sha256");
  let count = 0;
  let firstId: string | null = null;
  let lastId: string | null = null;
  for (;;) {
    const rows: { id: string; row: string }[] = await q.query<{ id: string; row: string }>(
      `SELECT a.id::text AS id, to_jsonb(a)::text AS row FROM "AuditEvent" a
       WHERE ($1::bigint IS NULL OR a.id > $1::bigint) ORDER BY a.id LIMIT ${batch}`,
      [lastId],
    );
    for (const row of rows) {
      hash.update(row.row).update("\n");
      firstId ??= row.id;
      count += 1;
    }
    if (rows.length === 0) break;
    lastId = rows[rows.length - 1].id;
    if (rows.length < batch) break;
  }
  return { count, firstId, lastId, sha256: hash.digest("hex") };
}

export type DocumentRow = {
  id: string;
  storageKey: string;
  sha256: string;
  byteSize: number;
  /** for a db: document, the size and sha256 of its DocumentContent bytes, computed by the server (null when there is no row) */
  contentBytes: number | null;
  contentSha256: string | null;
};

/** Every Document row in id order, with its database content's size and sha256 (computed by the server, not sent over). */
export async function* documentRows(q: Queryable, batch = 500): AsyncGenerator<DocumentRow> {
  let after: string | null = null;
  for (;;) {
    const rows: DocumentRow[] = await q.query<DocumentRow>(
      `SELECT d.id::text AS id, d."storageKey" AS "storageKey", d.sha256 AS sha256, d."byteSize" AS "byteSize",
              octet_length(c.bytes) AS "contentBytes", encode(sha256(c.bytes), 'hex') AS "contentSha256"
       FROM "Document" d LEFT JOIN "DocumentContent" c ON c."documentId" = d.id
       WHERE ($1::uuid IS NULL OR d.id > $1::uuid) ORDER BY d.id LIMIT ${batch}`,
      [after],
    );
    for (const row of rows)
      yield {
        ...row,
        byteSize: Number(row.byteSize),
        contentBytes: row.contentBytes === null ? null : Number(row.contentBytes),
      };
    if (rows.length < batch) return;
    after = rows[rows.length - 1].id;
  }
}

export const storageScheme = (storageKey: string) => storageKey.split(":")[0];

/** Accumulates the document index digest: the same lines at backup and at restore. */
export function documentIndexHasher() {
  const hash = crypto.createHash("sha256");
  let count = 0;
  const byStorage: Record<string, number> = {};
  return {
    add(row: DocumentRow) {
      hash.update(`${row.id} ${row.sha256} ${row.byteSize} ${row.storageKey}\n`);
      count += 1;
      const scheme = storageScheme(row.storageKey);
      byStorage[scheme] = (byStorage[scheme] ?? 0) + 1;
    },
    result: () => ({ count, sha256: hash.digest("hex"), byStorage }),
  };
}

/** A db: document's content against its row: null when it matches. */
export function databaseContentProblem(row: DocumentRow): string | null {
  if (row.contentSha256 === null) return "no DocumentContent row";
  if (row.contentBytes !== row.byteSize) return `content is ${row.contentBytes} bytes, the row says ${row.byteSize}`;
  if (row.contentSha256 !== row.sha256) return "content sha256 differs from the row's sha256";
  return null;
}
