// `npm run db:restore -- <backup folder>`: checks the backup against its manifest before
// anything is touched, refuses a target that holds data (unless forced), restores the
// database and the disk documents, then verifies the result against the database's own
// checksums and the manifest. Refusals throw RestoreRefused; a restore whose verification
// fails returns a report with ok: false.
import fs from "node:fs";
import fsp from "node:fs/promises";
import path from "node:path";
import { resolveDirectDatabaseTarget, type DatabaseTarget } from "../../db/config.ts";
import { readMigrations } from "../../db/migrate.ts";
import { nonEmptyTables, type Queryable } from "./facts.ts";
import {
  backupName,
  DOCUMENTS_DIR,
  fileInBackup,
  readManifest,
  sha256File,
  verifyBackupFiles,
  type Manifest,
} from "./manifest.ts";
import { hasPgliteDatabase, moveAside, pgliteVersion, restorePglite, withPgliteAt } from "./pglite.ts";
import { restorePostgres, withPostgres } from "./postgres.ts";
import { redactUrl } from "./redact.ts";
import { copyFileHashed, diskFile, diskStorageRoot, isMissing } from "./storage-copy.ts";
import { verifyRestored, type S3CheckMode, type VerifyReport } from "./verify.ts";

type Env = Record<string, string | undefined>;

export class RestoreRefused extends Error {
  constructor(
    message: string,
    readonly problems: string[] = [],
  ) {
    super(message);
    this.name = "RestoreRefused";
  }
}

export type RestoreOptions = {
  backupDir: string;
  env?: Env;
  cwd?: string;
  /** restore over a database that holds data, and over document files that differ */
  force?: boolean;
  /** check the backup against its manifest, and nothing else */
  verifyOnly?: boolean;
  s3?: S3CheckMode;
  now?: Date;
  log?: (line: string) => void;
};

export type RestoreReport = {
  ok: boolean;
  manifest: Manifest;
  verifyOnly: boolean;
  target: string;
  filesChecked: number;
  documentsRestored: number;
  documentsUnchanged: number;
  movedAside: string | null;
  notes: string[];
  verify: VerifyReport | null;
};

const describeTarget = (target: DatabaseTarget) =>
  target.kind === "postgres" ? redactUrl(target.url) : target.dataDir;

const withTarget = <T>(target: DatabaseTarget, work: (q: Queryable) => Promise<T>) =>
  target.kind === "postgres" ? withPostgres(target.url, work) : withPgliteAt(target.dataDir, work);

type DiskPlan = { key: string; from: string; to: string; sha256: string }[];

/** The document files to write, and those already there with other content (refused unless forced). */
async function planDocuments(backupDir: string, manifest: Manifest, storageRoot: string) {
  const plan: DiskPlan = [];
  const differing: string[] = [];
  let unchanged = 0;
  const prefix = `${DOCUMENTS_DIR}/`;
  for (const entry of manifest.files) {
    if (!entry.path.startsWith(prefix)) continue;
    const key = entry.path.slice(prefix.length);
    const to = diskFile(storageRoot, key);
    try {
      const existing = await sha256File(to);
      if (existing.sha256 === entry.sha256) {
        unchanged += 1;
        continue;
      }
      differing.push(key);
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
    plan.push({ key, from: fileInBackup(backupDir, entry.path), to, sha256: entry.sha256 });
  }
  return { plan, differing, unchanged };
}

export async function restoreBackup(options: RestoreOptions): Promise<RestoreReport> {
  const env = options.env ?? process.env;
  const cwd = options.cwd ?? process.cwd();
  const log = options.log ?? (() => {});
  const backupDir = path.resolve(cwd, options.backupDir);
  if (!fs.existsSync(backupDir) || !fs.statSync(backupDir).isDirectory())
    throw new RestoreRefused(`${backupDir} is not a folder`);
  if (backupDir.endsWith(".partial")) throw new RestoreRefused(`${backupDir} is an unfinished backup (.partial)`);

  let manifest: Manifest;
  try {
    manifest = await readManifest(backupDir);
  } catch (error) {
    throw new RestoreRefused((error as Error).message);
  }

  // 1. The backup as written: every file with its checksum, nothing added.
  log(`Checking ${manifest.files.length} file(s) against the manifest ...`);
  const fileProblems = await verifyBackupFiles(backupDir, manifest);
  if (fileProblems.length > 0) {
    throw new RestoreRefused(
      `The backup does not match its manifest (${fileProblems.length} problem(s)); nothing was restored`,
      fileProblems,
    );
  }
  const target = resolveDirectDatabaseTarget(env);
  const base: RestoreReport = {
    ok: true,
    manifest,
    verifyOnly: true,
    target: describeTarget(target),
    filesChecked: manifest.files.length,
    documentsRestored: 0,
    documentsUnchanged: 0,
    movedAside: null,
    notes: [],
    verify: null,
  };
  if (options.verifyOnly) return base;

  // 2. A target this backup can go to.
  if (manifest.database.kind !== target.kind) {
    throw new RestoreRefused(
      `The backup is of ${manifest.database.kind === "postgres" ? "a PostgreSQL server" : "the embedded database"}, ` +
        `the configured database is ${target.kind === "postgres" ? "a PostgreSQL server (DATABASE_URL)" : "the embedded database (DATABASE_URL unset)"}`,
    );
  }
  const known = new Set(readMigrations(path.join(cwd, "prisma", "migrations")).map((m) => m.name));
  const unknown = manifest.database.migrations.filter((name) => !known.has(name));
  if (unknown.length > 0 && !options.force) {
    throw new RestoreRefused(
      `The backup's database has migrations this release does not know (restore it with the release that made it, or use --force): ${unknown.join(", ")}`,
    );
  }
  const pending = [...known].filter((name) => !manifest.database.migrations.includes(name));
  if (pending.length > 0)
    base.notes.push(
      `${pending.length} migration(s) of this release are newer than the backup: run npm run db:migrate after checking the restore`,
    );
  if (target.kind === "pglite" && manifest.database.dumpTool.split(" ")[1] !== pgliteVersion()) {
    base.notes.push(
      `the backup was made with ${manifest.database.dumpTool}; this release has @electric-sql/pglite ${pgliteVersion()}`,
    );
  }

  // 3. A target that holds no data, unless forced.
  let filled: string[] = [];
  if (target.kind === "postgres" || hasPgliteDatabase(target.dataDir))
    filled = await withTarget(target, nonEmptyTables);
  if (filled.length > 0 && !options.force) {
    throw new RestoreRefused(
      `The target database ${describeTarget(target)} holds data (${filled.slice(0, 5).join(", ")}${filled.length > 5 ? ", ..." : ""}); restore into an empty database, or use --force to replace it`,
    );
  }
  const storageRoot = diskStorageRoot(env, cwd);
  const documents = await planDocuments(backupDir, manifest, storageRoot);
  if (documents.differing.length > 0 && !options.force) {
    throw new RestoreRefused(
      `${documents.differing.length} document file(s) in ${storageRoot} differ from the backup's (for example ${documents.differing[0]}); use --force to overwrite them`,
    );
  }

  // 4. The database.
  const dump = fileInBackup(backupDir, manifest.database.file);
  if (target.kind === "postgres") {
    log(`Restoring into ${describeTarget(target)} with pg_restore ...`);
    await restorePostgres(target.url, dump);
  } else {
    if (fs.existsSync(target.dataDir) && (await fsp.readdir(target.dataDir)).length > 0) {
      // holds data only when forced; an empty database or stray files are moved aside all the same, never deleted
      base.movedAside = await moveAside(
        target.dataDir,
        backupName(options.now ?? new Date()).replace(/^imr-backup-/, ""),
      );
    }
    log(`Restoring the embedded database into ${target.dataDir} ...`);
    await restorePglite(dump, target.dataDir);
  }

  // 5. The disk documents.
  if (documents.plan.length > 0) log(`Restoring ${documents.plan.length} document file(s) into ${storageRoot} ...`);
  for (const item of documents.plan) {
    const copied = await copyFileHashed(item.from, item.to);
    if (copied.sha256 !== item.sha256) throw new Error(`${item.key} changed while it was restored`);
  }
  base.documentsRestored = documents.plan.length;
  base.documentsUnchanged = documents.unchanged;

  // 6. Verification against the database's checksums and the manifest.
  log("Verifying every document and the audit trail ...");
  const verify = await withTarget(target, (q) =>
    verifyRestored(q, manifest, { storageRoot, s3: options.s3 ?? "head", env }),
  );
  return { ...base, verifyOnly: false, ok: verify.ok, verify };
}

export function formatRestoreReport(report: RestoreReport): string[] {
  const m = report.manifest;
  const lines = [
    `Backup ${m.createdAtCalifornia} (${m.app.name} ${m.app.version}, ${m.database.kind}): ${report.filesChecked} file(s) match the manifest`,
  ];
  if (report.verifyOnly) return [...lines, "Nothing was restored (--verify-only)."];
  const v = report.verify!;
  lines.push(
    `Restored into ${report.target}${report.movedAside ? ` (the previous folder moved to ${report.movedAside})` : ""}`,
  );
  lines.push(`  document files: ${report.documentsRestored} written, ${report.documentsUnchanged} already in place`);
  const byStorage =
    Object.entries(v.documents.byStorage)
      .map(([scheme, n]) => `${n} ${scheme}`)
      .join(", ") || "none";
  lines.push(
    `  documents: ${v.documents.checked} checked (${byStorage})${v.documents.s3Unchecked ? `, ${v.documents.s3Unchecked} in S3 not checked` : ""}, ${v.documents.problems.length} mismatch(es); index ${v.documentIndex.matches ? "matches" : `DIFFERS (${v.documentIndex.actual} rows, the manifest says ${v.documentIndex.expected})`}`,
  );
  lines.push(
    `  audit trail: ${v.audit.actual} event(s), the manifest says ${v.audit.expected}; content ${v.audit.matches ? "matches" : "DIFFERS"}`,
  );
  lines.push(
    `  tables: ${v.tables.length === 0 ? `${Object.keys(m.counts.tables).length} with the manifest's row counts` : `${v.tables.length} DIFFER`}; migrations ${v.migrations.matches ? "match" : "DIFFER"}`,
  );
  for (const t of v.tables.slice(0, 20))
    lines.push(`    ${t.name}: ${t.actual ?? "absent"} row(s), the manifest says ${t.expected ?? "absent"}`);
  for (const p of v.documents.problems.slice(0, 20)) {
    const known = m.sourceProblems.some((s) => s.id === p.id) ? " (already so when the backup was taken)" : "";
    lines.push(`    ${p.id} ${p.storageKey}: ${p.problem}${known}`);
  }
  if (v.documents.problems.length > 20) lines.push(`    ... and ${v.documents.problems.length - 20} more`);
  for (const other of v.other) lines.push(`  ${other}`);
  for (const note of report.notes) lines.push(`  note: ${note}`);
  lines.push(report.ok ? "Restore verified." : "RESTORE NOT VERIFIED: see the mismatches above.");
  return lines;
}
