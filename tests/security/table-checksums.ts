// A checksum of every row of every table, to prove that a refused or malformed call changed
// nothing at all (tables added later are covered without listing them). Meant for a test
// file's own small database.
import { db } from "@/lib/db/client.ts";

export type TableChecksums = Record<string, string>;

let tableList: string[] | null = null;

async function tables(): Promise<string[]> {
  tableList ??= (
    await db().$queryRaw<
      { name: string }[]
    >`SELECT table_name::text AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`
  ).map((t) => t.name);
  return tableList;
}

/** table name -> "<row count>:<md5 of all rows>" */
export async function tableChecksums(): Promise<TableChecksums> {
  const names = await tables();
  const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;
  const literal = (name: string) => `'${name.replace(/'/g, "''")}'`;
  const sql = names
    .map(
      (name) =>
        `SELECT ${literal(name)} AS name, count(*)::int AS n, coalesce(md5(string_agg(t::text, ',' ORDER BY t::text)), '') AS sum FROM ${quoted(name)} t`,
    )
    .join(" UNION ALL ");
  const rows = await db().$queryRawUnsafe<{ name: string; n: number; sum: string }[]>(sql);
  return Object.fromEntries(rows.map((r) => [r.name, `${r.n}:${r.sum}`]));
}

/** The tables whose rows differ between two checksums. */
export function changedTables(before: TableChecksums, after: TableChecksums): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((name) => before[name] !== after[name])
    .sort();
}
