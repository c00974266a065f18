// `npm run db:backup`: one folder, named with the California time it was taken, holding the
// database dump, a copy of the disk document store (or, for S3, the list of object keys with
// their sha256), and manifest.json. Written under "<name>.partial" and renamed when complete,
// so a folder without that suffix is a finished backup.
import fs from "node:fs";
import fsp from "node:fs/promises";
import path from "node:path";
import readline from "node:readline";
import { resolveDirectDatabaseTarget } from "../../db/config.ts";
import { readMigrations } from "../../db/migrate.ts";
import {
  appliedMigrations,
  auditTrailDigest,
  databaseContentProblem,
  documentIndexHasher,
  documentRows,
  storageScheme,
  tableCounts,
  type AuditDigest,
  type Queryable,
} from "./facts.ts";
import {
  backupName,
  californiaTimestamp,
  DOCUMENTS_DIR,
  FORMAT,
  FORMAT_VERSION,
  S3_LIST_FILE,
  sha256File,
  writeManifest,
  type DocumentProblem,
  type FileEntry,
  type Manifest,
} from "./manifest.ts";
import { dumpPglite } from "./pglite.ts";
import { dumpPostgres } from "./postgres.ts";
import { redactUrl } from "./redact.ts";
import { S3_NOTE, s3Description } from "./s3-objects.ts";
import { copyFileHashed, diskFile, diskStorageRoot, isMissing } from "./storage-copy.ts";

type Env = Record<string, string | undefined>;

export type BackupOptions = {
  /** the folder that receives the backup folder (BACKUP_DIR, default ./data/backups) */
  outDir: string;
  env?: Env;
  cwd?: string;
  now?: Date;
  log?: (line: string) => void;
};

export type BackupResult = { dir: string; manifest: Manifest; problems: DocumentProblem[] };

/** Lines appended to a file, waiting when the stream's buffer is full. */
function lineWriter(file: string) {
  const stream = fs.createWriteStream(file, { mode: 0o600 });
  let lines = 0;
  return {
    get lines() {
      return lines;
    },
    async write(value: unknown) {
      lines += 1;
      if (!stream.write(`${JSON.stringify(value)}\n`))
        await new Promise<void>((resolve) => stream.once("drain", () => resolve()));
    },
    close: () =>
      new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve()))),
  };
}

type DiskEntry = { id: string; key: string; sha256: string; byteSize: number };

type Facts = {
  tables: Record<string, number>;
  migrations: string[];
  audit: AuditDigest;
  documents: { count: number; sha256: string; byStorage: Record<string, number> };
  problems: DocumentProblem[];
};

/** Reads the facts of the database (in the dump's snapshot) and lists its disk and S3 documents as it goes. */
async function collectFacts(
  q: Queryable,
  disk: ReturnType<typeof lineWriter>,
  s3: ReturnType<typeof lineWriter>,
): Promise<Facts> {
  const index = documentIndexHasher();
  const problems: DocumentProblem[] = [];
  for await (const row of documentRows(q)) {
    index.add(row);
    const scheme = storageScheme(row.storageKey);
    const key = row.storageKey.slice(scheme.length + 1);
    if (scheme === "db") {
      const problem = databaseContentProblem(row);
      if (problem) problems.push({ id: row.id, storageKey: row.storageKey, problem });
    } else if (scheme === "disk")
      await disk.write({ id: row.id, key, sha256: row.sha256, byteSize: row.byteSize } satisfies DiskEntry);
    else if (scheme === "s3") await s3.write({ documentId: row.id, key, sha256: row.sha256, byteSize: row.byteSize });
    else problems.push({ id: row.id, storageKey: row.storageKey, problem: `unknown storage scheme ${scheme}` });
  }
  return {
    tables: await tableCounts(q),
    migrations: await appliedMigrations(q),
    audit: await auditTrailDigest(q),
    documents: index.result(),
    problems,
  };
}

async function uniqueFolder(outDir: string, name: string): Promise<string> {
  let candidate = path.join(outDir, name);
  for (let n = 2; fs.existsSync(candidate) || fs.existsSync(`${candidate}.partial`); n += 1)
    candidate = path.join(outDir, `${name}-${n}`);
  return candidate;
}

export async function createBackup(options: BackupOptions): Promise<BackupResult> {
  const env = options.env ?? process.env;
  const cwd = options.cwd ?? process.cwd();
  const now = options.now ?? new Date();
  const log = options.log ?? (() => {});
  const target = resolveDirectDatabaseTarget(env);
  const pkg = JSON.parse(await fsp.readFile(path.join(cwd, "package.json"), "utf8")) as {
    name: string;
    version: string;
  };

  await fsp.mkdir(options.outDir, { recursive: true });
  const finalDir = await uniqueFolder(path.resolve(options.outDir), backupName(now));
  const work = `${finalDir}.partial`;
  await fsp.mkdir(work, { mode: 0o700 });
  const diskListFile = path.join(work, ".disk-documents.jsonl");
  const diskList = lineWriter(diskListFile);
  const s3List = lineWriter(path.join(work, S3_LIST_FILE));
  try {
    const dumpFile = target.kind === "postgres" ? "database.pgdump" : "database.pglite.tar.gz";
    log(
      target.kind === "postgres"
        ? `Dumping ${redactUrl(target.url)} with pg_dump ...`
        : `Dumping the embedded database in ${target.dataDir} ...`,
    );
    const collect = (q: Queryable) => collectFacts(q, diskList, s3List);
    const dumped =
      target.kind === "postgres"
        ? await dumpPostgres(target.url, path.join(work, dumpFile), collect)
        : await dumpPglite(target.dataDir, path.join(work, dumpFile), collect);
    await diskList.close();
    await s3List.close();
    const { facts } = dumped;
    const problems = [...facts.problems];

    const files: FileEntry[] = [{ path: dumpFile, ...(await sha256File(path.join(work, dumpFile))) }];

    // The disk store, after the snapshot: a file is written before its row is committed, so
    // every row of the snapshot has its file by now.
    const storageRoot = diskStorageRoot(env, cwd);
    let diskFiles = 0;
    if (diskList.lines > 0) {
      log(`Copying ${diskList.lines} document file(s) from ${storageRoot} ...`);
      const lines = readline.createInterface({ input: fs.createReadStream(diskListFile), crlfDelay: Infinity });
      for await (const line of lines) {
        if (!line) continue;
        const entry = JSON.parse(line) as DiskEntry;
        const storageKey = `disk:${entry.key}`;
        let from: string;
        try {
          from = diskFile(storageRoot, entry.key);
        } catch (error) {
          problems.push({ id: entry.id, storageKey, problem: (error as Error).message });
          continue;
        }
        const relative = `${DOCUMENTS_DIR}/${entry.key}`;
        try {
          const copied = await copyFileHashed(from, path.join(work, DOCUMENTS_DIR, ...entry.key.split("/")));
          files.push({ path: relative, ...copied });
          diskFiles += 1;
          if (copied.bytes !== entry.byteSize || copied.sha256 !== entry.sha256) {
            problems.push({
              id: entry.id,
              storageKey,
              problem: "file sha256 differs from the row's sha256 (copied as it is)",
            });
          }
        } catch (error) {
          problems.push({
            id: entry.id,
            storageKey,
            problem: isMissing(error) ? `file missing from ${storageRoot}` : (error as Error).message,
          });
        }
      }
    }
    await fsp.rm(diskListFile);

    const s3Objects = facts.documents.byStorage.s3 ?? 0;
    if (s3Objects > 0) files.push({ path: S3_LIST_FILE, ...(await sha256File(path.join(work, S3_LIST_FILE))) });
    else await fsp.rm(path.join(work, S3_LIST_FILE));

    const manifest: Manifest = {
      format: FORMAT,
      formatVersion: FORMAT_VERSION,
      createdAt: now.toISOString(),
      createdAtCalifornia: californiaTimestamp(now),
      app: {
        name: pkg.name,
        version: pkg.version,
        migrations: readMigrations(path.join(cwd, "prisma", "migrations")).map((m) => m.name),
      },
      database: {
        kind: target.kind,
        source: target.kind === "postgres" ? redactUrl(target.url) : target.dataDir,
        serverVersion: dumped.serverVersion,
        dumpTool: dumped.dumpTool,
        file: dumpFile,
        migrations: facts.migrations,
      },
      counts: {
        documents: facts.documents.count,
        documentsByStorage: facts.documents.byStorage,
        auditEvents: facts.audit.count,
        tables: facts.tables,
      },
      auditTrail: facts.audit,
      documentIndex: { count: facts.documents.count, sha256: facts.documents.sha256 },
      storage: {
        disk: diskList.lines > 0 ? { root: storageRoot, directory: DOCUMENTS_DIR, files: diskFiles } : null,
        s3: s3Objects > 0 ? { ...s3Description(env), objects: s3Objects, list: S3_LIST_FILE, note: S3_NOTE } : null,
      },
      sourceProblems: problems,
      files,
    };
    await writeManifest(work, manifest);
    await fsp.rename(work, finalDir);
    return { dir: finalDir, manifest, problems };
  } catch (error) {
    await Promise.allSettled([diskList.close(), s3List.close()]);
    await fsp.rm(work, { recursive: true, force: true });
    throw error;
  }
}

export function formatBackupReport(result: BackupResult): string[] {
  const { manifest: m } = result;
  const storage =
    Object.entries(m.counts.documentsByStorage)
      .map(([scheme, n]) => `${n} ${scheme}`)
      .join(", ") || "none";
  const lines = [
    `Backup written to ${result.dir}`,
    `  taken ${m.createdAtCalifornia}, ${m.app.name} ${m.app.version}, ${m.database.migrations.length} migration(s) applied`,
    `  database: ${m.database.kind} ${m.database.serverVersion} (${m.database.source}), dump ${m.database.file} (${m.files[0].bytes} bytes)`,
    `  documents: ${m.counts.documents} (${storage}); audit events: ${m.counts.auditEvents}; files with checksums: ${m.files.length}`,
  ];
  if (m.storage.s3)
    lines.push(
      `  S3 bucket ${m.storage.s3.bucket ?? "?"}: ${m.storage.s3.objects} object key(s) listed in ${m.storage.s3.list}, not copied (the bucket's own versioning and replication protect it)`,
    );
  if (result.problems.length > 0) {
    lines.push(
      `  ${result.problems.length} document(s) did not match their sha256 in the source (recorded in the manifest as sourceProblems):`,
    );
    for (const p of result.problems.slice(0, 20)) lines.push(`    ${p.id} ${p.storageKey}: ${p.problem}`);
    if (result.problems.length > 20) lines.push(`    ... and ${result.problems.length - 20} more`);
  }
  return lines;
}
