// Bulk loading without the secondary B-tree indexes: the non-unique ones of the tables being
// filled are dropped first and built again at the end (a sorted build is several times
// cheaper than millions of single insertions). Unique indexes and keys stay, so duplicates
// are still refused. The full-text GIN index stays too: its cost is parsing every text, which
// the parallel month workers share, where a build at the end would run on one core. The
// definitions are kept in a file until they are rebuilt, so a run that was killed restores
// them at its next start.
import fs from "node:fs";
import path from "node:path";
import type pg from "pg";

export function pendingIndexFile(databaseUrl: string, dir = path.join(process.cwd(), "data")): string {
  const name = new URL(databaseUrl).pathname.replace(/^\//, "") || "postgres";
  return path.join(dir, `load-indexes-to-rebuild.${name.replace(/[^a-zA-Z0-9_-]/g, "_")}.sql`);
}

/** "CREATE INDEX x ON ..." as pg_get_indexdef prints it, made safe to run twice. */
export function ifNotExists(definition: string): string {
  return definition.replace(/^CREATE INDEX /, "CREATE INDEX IF NOT EXISTS ");
}

export async function dropSecondaryIndexes(client: pg.Client, tables: string[], file: string): Promise<string[]> {
  const { rows } = await client.query<{ name: string; definition: string }>(
    `SELECT quote_ident(ci.relname) AS name, pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid JOIN pg_class ci ON ci.oid = i.indexrelid
       JOIN pg_am am ON am.oid = ci.relam
      WHERE am.amname = 'btree' AND t.relnamespace = 'public'::regnamespace AND t.relname = ANY($1) AND NOT i.indisunique AND NOT i.indisprimary
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
      ORDER BY t.relname, ci.relname`,
    [tables],
  );
  const definitions = rows.map((row) => ifNotExists(row.definition));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const previous = fs.existsSync(file) ? fs.readFileSync(file, "utf8").split("\n").filter(Boolean) : [];
  fs.writeFileSync(file, [...new Set([...previous, ...definitions])].join("\n") + "\n");
  for (const row of rows) await client.query(`DROP INDEX ${row.name}`);
  return definitions;
}

/** Builds every index listed in the file (if missing), then removes the file. */
export async function rebuildPendingIndexes(
  client: pg.Client,
  file: string,
  log: (line: string) => void,
): Promise<void> {
  if (!fs.existsSync(file)) return;
  const definitions = fs.readFileSync(file, "utf8").split("\n").filter(Boolean);
  await client.query("SET maintenance_work_mem = '512MB'");
  for (const definition of definitions) {
    const started = performance.now();
    await client.query(definition);
    log(
      `  index ${definition.match(/EXISTS (\S+)/)?.[1] ?? ""} built in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  }
  fs.rmSync(file);
}
