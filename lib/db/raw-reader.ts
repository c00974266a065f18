// The reads every staff page makes (the session's user, the case tables, a case's summary and
// history, the latest batch run) go straight to node-postgres, on the same pool as Prisma's
// adapter (./adapters.ts). Prisma's $queryRaw wraps each statement in its query engine and
// tracing, which costs the app several times the driver's own work; on these pages that was
// a large share of each request. The answers are those of $queryRaw: timestamps as Dates in
// UTC, int8 as BigInt, numeric as Decimal, JSON parsed (tests/integration/raw-reader.test.ts
// compares the two). Statements are named (parsed once a connection, their plans kept), unless
// DATABASE_URL goes through a transaction pooler. On the embedded database the reader is Prisma itself.
import crypto from "node:crypto";
import pg from "pg";
import { Prisma } from "./generated/client.ts";
import { db, primaryPool } from "./client.ts";
import { readReplicaPool } from "./read-client.ts";

/** What the hot reads need of a client: $queryRaw. Prisma's client (or a transaction) is one too. */
export type RawReader = {
  $queryRaw<T = unknown>(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]): PromiseLike<T>;
};

// PostgreSQL type OIDs whose text form node-postgres reads differently from Prisma
const TIMESTAMP = 1114;
const TIMESTAMP_ARRAY = 1115;
const DATE = 1082;
const INT8 = 20;
const INT8_ARRAY = 1016;
const NUMERIC = 1700;
const TEXT_ARRAY = 1009;

/** A timestamp without time zone as stored (UTC): "2025-01-19 16:40:37.298" is that instant in UTC. */
const utcTimestamp = (text: string) => new Date(`${text.replace(" ", "T")}Z`);
const typeParser = pg.types.getTypeParser as (oid: number, format?: string) => (text: string) => unknown;
const textArray = typeParser(TEXT_ARRAY) as (text: string) => string[];

const PARSERS: Record<number, (text: string) => unknown> = {
  [TIMESTAMP]: utcTimestamp,
  [TIMESTAMP_ARRAY]: (text) => textArray(text).map(utcTimestamp),
  [DATE]: (text) => new Date(`${text}T00:00:00Z`),
  [INT8]: (text) => BigInt(text),
  [INT8_ARRAY]: (text) => textArray(text).map((n) => BigInt(n)),
  [NUMERIC]: (text) => new Prisma.Decimal(text),
};

const TYPES = {
  getTypeParser: ((oid: number, format?: string) =>
    (format ?? "text") === "text" && PARSERS[oid]
      ? PARSERS[oid]
      : typeParser(oid, format)) as pg.CustomTypesConfig["getTypeParser"],
};

/** A parameter as Prisma sends it: an instant in UTC (node-postgres would write local time). */
function parameter(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(parameter);
  if (value instanceof Prisma.Decimal) return value.toString();
  return value;
}

/**
 * A statement's name on a connection, from its text: the server parses it once per connection,
 * and after a few runs may keep one plan for it, where an unnamed statement is parsed and
 * planned on every run (on the staff pages' reads that was about half the database's time).
 */
export function statementName(text: string): string {
  return `raw_${crypto.createHash("sha256").update(text).digest("base64url").slice(0, 22)}`;
}

function readerOn(pool: pg.Pool, prepared: boolean): RawReader {
  return {
    async $queryRaw<T>(query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]): Promise<T> {
      const sql = query instanceof Prisma.Sql ? query : Prisma.sql(query, ...(values as Prisma.Sql[]));
      const result = await pool.query({
        name: prepared ? statementName(sql.text) : undefined,
        text: sql.text,
        values: sql.values.map(parameter),
        types: TYPES,
      });
      return result.rows as T;
    },
  };
}

const readers = new WeakMap<pg.Pool, RawReader>();

/**
 * Statements are named unless DATABASE_DIRECT_URL says DATABASE_URL goes through a
 * transaction-pooling proxy (PgBouncer in transaction mode hands each transaction to any
 * server connection, where a statement named on another does not exist).
 */
export const namedStatements = (env: Record<string, string | undefined> = process.env) =>
  !env.DATABASE_DIRECT_URL?.trim();

function readerFor(pool: pg.Pool): RawReader {
  let reader = readers.get(pool);
  if (!reader) readers.set(pool, (reader = readerOn(pool, namedStatements())));
  return reader;
}

/** The reader for the hot reads: node-postgres on the server's pool, or Prisma on the embedded database. */
export function rawReader(): RawReader {
  const pool = primaryPool();
  return pool ? readerFor(pool) : db();
}

/** The same for reads that tolerate replica lag (as dbRead): the next replica's pool, else the primary's. */
export function rawReadReader(): RawReader {
  const replica = readReplicaPool();
  return replica ? readerFor(replica) : rawReader();
}
