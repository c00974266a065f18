// The embedded database (PGlite) through PGlite's own dump: dumpDataDir() writes the data
// folder as a gzipped tar, and a new PGlite loads it (loadDataDir) into an empty folder. This
// is a physical copy of PGlite's PostgreSQL (17): it restores with the same PGlite release
// line, not into a PostgreSQL server (pg_dump cannot reach PGlite, which has no socket).
// PGlite is one process: stop the portal before a backup or a restore of its folder.
import fs from "node:fs";
import fsp from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pgliteSqlSession } from "../../db/migrate.ts";
import type { Queryable } from "./facts.ts";

const GZIP = "application/gzip";

/** The installed @electric-sql/pglite version (its package.json is not exported, so found beside its entry point). */
export function pgliteVersion(): string {
  try {
    let dir = path.dirname(createRequire(path.join(process.cwd(), "package.json")).resolve("@electric-sql/pglite"));
    for (let depth = 0; depth < 4; depth += 1, dir = path.dirname(dir)) {
      const file = path.join(dir, "package.json");
      if (!fs.existsSync(file)) continue;
      const pkg = JSON.parse(fs.readFileSync(file, "utf8")) as { name?: string; version?: string };
      if (pkg.name === "@electric-sql/pglite" && pkg.version) return pkg.version;
    }
  } catch {
    // fall through
  }
  return "unknown";
}

export const hasPgliteDatabase = (dataDir: string) => fs.existsSync(path.join(dataDir, "PG_VERSION"));

async function withPglite<T>(pglite: PGlite, work: (q: Queryable) => Promise<T>): Promise<T> {
  try {
    await pglite.waitReady;
    await pglite.exec("SET TimeZone = 'UTC'");
    return await work(pgliteSqlSession(pglite, { closeOnEnd: false }));
  } finally {
    await pglite.close();
  }
}

export type PgliteDump<T> = { facts: T; serverVersion: string; dumpTool: string };

/** Dumps the data folder to `file` (.tar.gz) and returns what `collect` read from the same, otherwise idle, database. */
export async function dumpPglite<T>(
  dataDir: string,
  file: string,
  collect: (q: Queryable) => Promise<T>,
): Promise<PgliteDump<T>> {
  if (!hasPgliteDatabase(dataDir)) throw new Error(`There is no embedded database in ${dataDir}`);
  const pglite = new PGlite(dataDir);
  return withPglite(pglite, async (q) => {
    const [{ server_version: serverVersion }] = await q.query<{ server_version: string }>("SHOW server_version");
    const facts = await collect(q);
    await pglite.exec("CHECKPOINT");
    const tarball = await pglite.dumpDataDir("gzip");
    await fsp.writeFile(file, Buffer.from(await tarball.arrayBuffer()), { mode: 0o600 });
    return { facts, serverVersion, dumpTool: `@electric-sql/pglite ${pgliteVersion()} dumpDataDir (gzip)` };
  });
}

/** Runs `work` on the embedded database in `dataDir`. */
export function withPgliteAt<T>(dataDir: string, work: (q: Queryable) => Promise<T>): Promise<T> {
  return withPglite(new PGlite(dataDir), work);
}

/** Loads a dumped data folder into `dataDir`, which must be absent or empty. */
export async function restorePglite(file: string, dataDir: string): Promise<void> {
  if (fs.existsSync(dataDir) && (await fsp.readdir(dataDir)).length > 0) throw new Error(`${dataDir} is not empty`);
  await fsp.mkdir(dataDir, { recursive: true, mode: 0o700 });
  const bytes = await fsp.readFile(file);
  const pglite = new PGlite(dataDir, { loadDataDir: new Blob([new Uint8Array(bytes)], { type: GZIP }) });
  await pglite.waitReady;
  await pglite.close();
}

/** Moves a data folder aside (never deletes it): `<dir>.before-restore-<suffix>`. */
export async function moveAside(dataDir: string, suffix: string): Promise<string> {
  let aside = `${dataDir}.before-restore-${suffix}`;
  for (let n = 2; fs.existsSync(aside); n += 1) aside = `${dataDir}.before-restore-${suffix}-${n}`;
  await fsp.rename(dataDir, aside);
  return aside;
}
