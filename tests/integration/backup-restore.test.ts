// Backup and restore (lib/ops/backup, npm run db:backup / db:restore) on real databases.
// PostgreSQL: a database of its own with cases, uploads on disk (a temporary
// DOCUMENT_STORAGE_DIR) and in S3 (s3rver), an issued letter and notices (in the database) and
// their audit trail, backed up by the script and restored into a fresh, empty database and
// an empty storage folder; every document's bytes are hashed again here, independently of
// the restore's own check, and the audit trail compared row by row. A backup with one byte
// changed is refused before anything is touched, a target holding data is refused without
// --force and replaced with it, and a mismatch after restoring makes the script exit 1.
// The embedded database (PGlite): the same round trip through its own data-folder dump.
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import S3rver from "s3rver";
import { CreateBucketCommand, DeleteObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { closeDb, db } from "@/lib/db/client.ts";
import { applyMigrations, openSqlSession } from "@/lib/db/migrate.ts";
import { uploadDocument } from "@/lib/documents/upload-document.ts";
import { storageFor } from "@/lib/documents/storage/storage.ts";
import { createBackup, type BackupResult } from "@/lib/ops/backup/backup.ts";
import { readManifest, type Manifest } from "@/lib/ops/backup/manifest.ts";
import { restoreBackup, RestoreRefused } from "@/lib/ops/backup/restore.ts";
import { verifyRestored } from "@/lib/ops/backup/verify.ts";
import { withPgliteAt } from "@/lib/ops/backup/pglite.ts";
import type { Queryable } from "@/lib/ops/backup/facts.ts";
import type { StaffActor } from "@/lib/auth/actor.ts";
import { adminUrl } from "../support/test-database.ts";
import { withOwnDatabase } from "../support/own-database.ts";
import {
  assignAndAccept,
  createReviewer,
  createStaff,
  createTestCase,
  ensureSpecialties,
  issueDetermination,
} from "../factories/index.ts";

withOwnDatabase("imr_it_backup");

const PASSWORD = "s3cret-Backup-Pw";
const work = fs.mkdtempSync(path.join(os.tmpdir(), "imr-backup-it-"));
const sha256 = (bytes: Buffer) => crypto.createHash("sha256").update(bytes).digest("hex");

/** A small PDF by content (header and one page object), different each time. */
const pdf = () => Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Page >> endobj\n% ${crypto.randomUUID()}\n%%EOF\n`);

// ---------------------------------------------------------------- databases and scripts

const created: string[] = [];

/** A database with nothing in it (no migrations either): what a restore starts from. */
async function emptyDatabase(): Promise<string> {
  const name = `imr_it_restore_${Date.now().toString(36)}_${crypto.randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  created.push(name);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const publicTableCount = (url: string) =>
  withClient(url, async (c) =>
    Number((await c.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`)).rows[0].n),
  );

/** The local server accepts any password (trust), so a URL can carry one to prove it is never shown. */
const withPassword = (url: string) => {
  const parsed = new URL(url);
  parsed.password = PASSWORD;
  return parsed.toString();
};

function runScript(
  script: string,
  args: string[],
  env: Record<string, string | undefined>,
): Promise<{ code: number | null; output: string }> {
  const childEnv: Record<string, string | undefined> = { ...process.env, ...env };
  delete childEnv.NODE_OPTIONS;
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(process.cwd(), "node_modules", ".bin", "tsx"), [script, ...args], {
      env: childEnv as NodeJS.ProcessEnv,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, output }));
  });
}

function copyBackup(dir: string, name: string): string {
  const copy = path.join(work, name);
  fs.cpSync(dir, copy, { recursive: true });
  return copy;
}

function flipByte(file: string, at = 0): void {
  const bytes = fs.readFileSync(file);
  bytes[Math.min(at, bytes.length - 1)] ^= 0x01;
  fs.writeFileSync(file, bytes);
}

// ---------------------------------------------------------------- S3 (s3rver on a free port)

const BUCKET = "imr-backup-documents";
const s3Dir = path.join(work, "s3rver");
fs.mkdirSync(s3Dir);
const s3server = http.createServer(new S3rver({ directory: s3Dir, silent: true }).callback());
let s3Env: Record<string, string> = {};
const s3Admin = () =>
  new S3Client({
    endpoint: s3Env.S3_ENDPOINT,
    region: "us-east-1",
    forcePathStyle: true,
    credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
  });

beforeAll(async () => {
  await new Promise<void>((resolve) => s3server.listen(0, "127.0.0.1", resolve));
  s3Env = {
    S3_ENDPOINT: `http://127.0.0.1:${(s3server.address() as AddressInfo).port}`,
    S3_BUCKET: BUCKET,
    S3_REGION: "us-east-1",
    S3_ACCESS_KEY_ID: "S3RVER",
    S3_SECRET_ACCESS_KEY: "S3RVER",
  };
  const admin = s3Admin();
  await admin.send(new CreateBucketCommand({ Bucket: BUCKET }));
  admin.destroy();
});

afterAll(async () => {
  s3server.closeAllConnections();
  await new Promise((resolve) => s3server.close(resolve));
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    for (const name of created) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
  fs.rmSync(work, { recursive: true, force: true });
});

// ---------------------------------------------------------------- what must survive

type DocumentFacts = { id: string; sha256: string; byteSize: number; storageKey: string; actual: string };
type AuditRow = Record<string, unknown>;

/** Every document with the sha256 of its bytes as read here: from the database, the storage folder or the bucket. */
async function documentsOf(q: Queryable, storageDir: string): Promise<DocumentFacts[]> {
  const rows = await q.query<{
    id: string;
    sha256: string;
    byteSize: number;
    storageKey: string;
    bytes: Uint8Array | null;
  }>(
    `SELECT d.id::text AS id, d.sha256, d."byteSize" AS "byteSize", d."storageKey" AS "storageKey", c.bytes
     FROM "Document" d LEFT JOIN "DocumentContent" c ON c."documentId" = d.id ORDER BY d.id`,
  );
  const out: DocumentFacts[] = [];
  for (const row of rows) {
    const [scheme, ...rest] = row.storageKey.split(":");
    const key = rest.join(":");
    let bytes: Buffer;
    if (scheme === "db") bytes = Buffer.from(row.bytes!);
    else if (scheme === "disk") bytes = fs.readFileSync(path.join(storageDir, key));
    else bytes = await storageFor(row.storageKey, s3Env).storage.get(key);
    out.push({
      id: row.id,
      sha256: row.sha256,
      byteSize: row.byteSize,
      storageKey: row.storageKey,
      actual: sha256(bytes),
    });
  }
  return out;
}

const auditOf = (q: Queryable) =>
  q.query<AuditRow>(
    `SELECT id::text AS id, to_char(at, 'YYYY-MM-DD"T"HH24:MI:SS.MS') AS at, "actorType"::text AS "actorType", "actorId", "actorRole", action, "entityType", "entityId", "caseId"::text AS "caseId", ip, "userAgent", payload::text AS payload FROM "AuditEvent" ORDER BY id`,
  );

const pgQ = (client: pg.Client): Queryable => ({
  query: async <T>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as T[],
});

/** Builds a case with an upload on disk, one in S3, an issued letter and its notices. */
async function buildCaseFile(options: { s3: boolean }) {
  await ensureSpecialties();
  const [intake, admin] = await Promise.all([createStaff("INTAKE"), createStaff("ADMIN")]);
  const reviewer = await createReviewer();
  const kase = await createTestCase(intake);
  await upload(intake, kase.caseId, "Progress report (disk)");
  if (options.s3) {
    Object.assign(process.env, { DOCUMENT_STORAGE: "s3" }, s3Env);
    try {
      await upload(intake, kase.caseId, "Imaging report (S3)");
    } finally {
      delete process.env.DOCUMENT_STORAGE;
    }
  }
  await assignAndAccept(admin, reviewer, kase.caseId);
  const issued = await issueDetermination(reviewer, admin, kase.caseId);
  return { caseId: kase.caseId, letterId: issued.letterId };
}

const upload = (intake: StaffActor, caseId: string, title: string) =>
  uploadDocument({
    actor: intake,
    input: { caseId, kind: "MEDICAL_REPORT", title, fileName: "report.pdf" },
    bytes: pdf(),
  });

// ---------------------------------------------------------------- PostgreSQL

describe("PostgreSQL (pg_dump / pg_restore) with disk, S3 and database documents", () => {
  const sourceStorage = path.join(work, "storage-source");
  const backupsDir = path.join(work, "backups");
  let sourceUrl = "";
  let targetUrl = "";
  const targetStorage = path.join(work, "storage-target");
  let backupDir = "";
  let manifest: Manifest;
  let letterId = "";
  const targetEnv = () => ({
    ...process.env,
    ...s3Env,
    DATABASE_URL: withPassword(targetUrl),
    DOCUMENT_STORAGE_DIR: targetStorage,
  });

  beforeAll(async () => {
    sourceUrl = process.env.DATABASE_URL!;
    process.env.DOCUMENT_STORAGE_DIR = sourceStorage;
    ({ letterId } = await buildCaseFile({ s3: true }));
  }, 180_000);

  test("npm run db:backup writes one folder: the dump, the disk documents, the S3 key list and a manifest with counts and checksums, and no password", async () => {
    const { code, output } = await runScript("scripts/db-backup.ts", ["--out", backupsDir], {
      ...s3Env,
      DATABASE_URL: withPassword(sourceUrl),
      DOCUMENT_STORAGE_DIR: sourceStorage,
    });
    expect(output).not.toContain(PASSWORD);
    expect(code).toBe(0);
    const [name] = fs.readdirSync(backupsDir);
    expect(name).toMatch(/^imr-backup-\d{4}-\d{2}-\d{2}-\d{6}-P[SD]T$/);
    backupDir = path.join(backupsDir, name);
    manifest = await readManifest(backupDir);
    expect(fs.readFileSync(path.join(backupDir, "manifest.json"), "utf8")).not.toContain(PASSWORD);
    expect(manifest.database).toMatchObject({
      kind: "postgres",
      file: "database.pgdump",
      source: expect.stringContaining(":***@"),
    });
    expect(manifest.database.dumpTool).toMatch(/^pg_dump \(PostgreSQL\)/);

    const [documents, audit] = await Promise.all([
      db().document.findMany({ select: { id: true, storageKey: true, sha256: true } }),
      db().auditEvent.count(),
    ]);
    const byScheme = (scheme: string) => documents.filter((d) => d.storageKey.startsWith(`${scheme}:`));
    expect(byScheme("db").length).toBeGreaterThanOrEqual(2); // the letter and the notices
    expect(manifest.counts).toMatchObject({
      documents: documents.length,
      auditEvents: audit,
      documentsByStorage: { db: byScheme("db").length, disk: 1, s3: 1 },
    });
    expect(manifest.counts.tables.AuditEvent).toBe(audit);
    expect(manifest.sourceProblems).toEqual([]);

    // the disk document copied by its key, with its sha256; the S3 object listed, not copied
    const [disk] = byScheme("disk");
    const entry = manifest.files.find((f) => f.path === `documents/${disk.storageKey.slice(5)}`);
    expect(entry?.sha256).toBe(disk.sha256);
    const [s3] = byScheme("s3");
    expect(manifest.storage.s3).toMatchObject({ bucket: BUCKET, objects: 1, list: "s3-objects.jsonl" });
    const listed = fs
      .readFileSync(path.join(backupDir, "s3-objects.jsonl"), "utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(listed).toEqual([
      { documentId: s3.id, key: s3.storageKey.slice(3), sha256: s3.sha256, byteSize: expect.any(Number) },
    ]);
    // every file of the folder has its checksum in the manifest
    for (const file of manifest.files)
      expect(sha256(fs.readFileSync(path.join(backupDir, file.path)))).toBe(file.sha256);
    expect(manifest.files.map((f) => f.path).sort()).toEqual(
      ["database.pgdump", entry!.path, "s3-objects.jsonl"].sort(),
    );
  }, 120_000);

  test("restored into a fresh, empty database and storage folder: every document's bytes match its sha256 and the source, the audit trail is the same", async () => {
    targetUrl = await emptyDatabase();
    expect(await publicTableCount(targetUrl)).toBe(0);
    const report = await restoreBackup({ backupDir, env: targetEnv() });
    expect(report.verify?.documents.problems).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.documentsRestored).toBe(1);
    expect(report.verify).toMatchObject({
      audit: { matches: true, actual: manifest.counts.auditEvents },
      documentIndex: { matches: true },
      tables: [],
      migrations: { matches: true },
    });

    const [source, target] = await Promise.all([
      withClient(sourceUrl, async (c) => ({
        documents: await documentsOf(pgQ(c), sourceStorage),
        audit: await auditOf(pgQ(c)),
      })),
      withClient(targetUrl, async (c) => ({
        documents: await documentsOf(pgQ(c), targetStorage),
        audit: await auditOf(pgQ(c)),
      })),
    ]);
    // checked here, independently of the restore: the bytes of every document hash to the row's sha256
    expect(target.documents.length).toBe(manifest.counts.documents);
    for (const doc of target.documents) expect(doc.actual).toBe(doc.sha256);
    expect(target.documents).toEqual(source.documents);
    expect(target.documents.map((d) => d.id)).toContain(letterId);
    // the audit trail: the same count and the same rows, field by field
    expect(target.audit.length).toBe(manifest.counts.auditEvents);
    expect(target.audit).toEqual(source.audit);
    const uploaded = target.audit.filter((row) => row.action === "document.uploaded");
    expect(uploaded).toHaveLength(2);
    expect(JSON.parse(uploaded[0].payload as string)).toMatchObject({
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    // the append-only guard came back with the table
    await withClient(targetUrl, async (c) => {
      await expect(c.query(`DELETE FROM "AuditEvent" WHERE id = ${Number(target.audit[0].id)}`)).rejects.toThrow(
        /append-only/,
      );
    });
  }, 120_000);

  test("a backup with one byte changed is refused by the manifest check before anything is touched (exit 2)", async () => {
    const emptyUrl = await emptyDatabase();
    const env = { ...process.env, DATABASE_URL: emptyUrl, DOCUMENT_STORAGE_DIR: path.join(work, "storage-untouched") };

    const docTampered = copyBackup(backupDir, "tampered-document");
    const diskEntry = manifest.files.find((f) => f.path.startsWith("documents/"))!;
    flipByte(path.join(docTampered, diskEntry.path), 20);
    const refusal = restoreBackup({ backupDir: docTampered, env });
    await expect(refusal).rejects.toBeInstanceOf(RestoreRefused);
    await expect(refusal).rejects.toMatchObject({ problems: [`${diskEntry.path}: sha256 differs from the manifest`] });

    const dumpTampered = copyBackup(backupDir, "tampered-dump");
    flipByte(path.join(dumpTampered, "database.pgdump"), 4096);
    const { code, output } = await runScript("scripts/db-restore.ts", [dumpTampered], {
      DATABASE_URL: withPassword(emptyUrl),
      DOCUMENT_STORAGE_DIR: path.join(work, "storage-untouched"),
    });
    expect(code).toBe(2);
    expect(output).toContain("Restore refused: The backup does not match its manifest");
    expect(output).toContain("database.pgdump: sha256 differs from the manifest");
    expect(output).not.toContain(PASSWORD);

    // an added file is refused too
    const added = copyBackup(backupDir, "added-file");
    fs.writeFileSync(path.join(added, "documents", "extra"), "not from the backup");
    await expect(restoreBackup({ backupDir: added, env })).rejects.toMatchObject({
      problems: ["documents/extra: not listed in the manifest"],
    });

    expect(await publicTableCount(emptyUrl)).toBe(0);
    expect(fs.existsSync(path.join(work, "storage-untouched"))).toBe(false);
    // the untouched backup passes the same check (--verify-only: nothing restored)
    const checked = await restoreBackup({ backupDir, env, verifyOnly: true });
    expect(checked).toMatchObject({ ok: true, verifyOnly: true, filesChecked: manifest.files.length, verify: null });
    expect(await publicTableCount(emptyUrl)).toBe(0);
  }, 120_000);

  test("a backup taken while the portal writes holds the counts and digests of its own dump (one snapshot)", async () => {
    let writing = true;
    let written = 0;
    const writer = withClient(sourceUrl, async (c) => {
      while (writing) {
        await c.query(
          `INSERT INTO "AuditEvent" ("actorType", action, "entityType", "entityId") VALUES ('SYSTEM', 'test.during_backup', 'Test', $1)`,
          [String(written)],
        );
        written += 1;
      }
    });
    let during: BackupResult;
    try {
      during = await createBackup({
        outDir: path.join(work, "backups-during-writes"),
        env: { ...process.env, ...s3Env, DOCUMENT_STORAGE_DIR: sourceStorage },
      });
    } finally {
      writing = false;
      await writer;
    }
    const recorded = during.manifest.counts.auditEvents;
    expect(recorded).toBeGreaterThan(manifest.counts.auditEvents);
    expect(await db().auditEvent.count()).toBeGreaterThan(recorded); // writes went on during and after the dump
    const report = await restoreBackup({
      backupDir: during.dir,
      env: {
        ...process.env,
        ...s3Env,
        DATABASE_URL: await emptyDatabase(),
        DOCUMENT_STORAGE_DIR: path.join(work, "storage-during-writes"),
      },
    });
    expect(report.verify).toMatchObject({ audit: { matches: true, actual: recorded }, tables: [] });
    expect(report.ok).toBe(true);
  }, 120_000);

  test("a database that holds data is refused without --force; with --force it is replaced by the backup", async () => {
    const before = await db().auditEvent.count();
    await expect(
      restoreBackup({
        backupDir,
        env: { ...process.env, DATABASE_URL: sourceUrl, DOCUMENT_STORAGE_DIR: sourceStorage },
      }),
    ).rejects.toThrow(/holds data \(.*AuditEvent.*\); restore into an empty database, or use --force/);
    expect(await db().auditEvent.count()).toBe(before);

    // the restored target gains a row the backup does not have: --force takes it back to the backup
    await withClient(targetUrl, (c) =>
      c.query(
        `INSERT INTO "AuditEvent" ("actorType", action, "entityType", "entityId") VALUES ('SYSTEM', 'test.after_backup', 'Test', 'x')`,
      ),
    );
    await expect(restoreBackup({ backupDir, env: targetEnv() })).rejects.toBeInstanceOf(RestoreRefused);
    const report = await restoreBackup({ backupDir, env: targetEnv(), force: true });
    expect(report.ok).toBe(true);
    expect(report.documentsUnchanged).toBe(1);
    const actions = await withClient(
      targetUrl,
      async (c) => (await c.query(`SELECT action FROM "AuditEvent" WHERE action = 'test.after_backup'`)).rows,
    );
    expect(actions).toEqual([]);
  }, 120_000);

  test("a mismatch after restoring is reported: a changed file in the storage folder, an object gone from the bucket (exit 1)", async () => {
    const disk = await db().document.findFirstOrThrow({ where: { storageKey: { startsWith: "disk:" } } });
    flipByte(path.join(targetStorage, disk.storageKey.slice(5)), 30);
    const verify = await withClient(targetUrl, (c) =>
      verifyRestored(pgQ(c), manifest, { storageRoot: targetStorage, s3: "head", env: s3Env }),
    );
    expect(verify.ok).toBe(false);
    expect(verify.documents.problems).toEqual([
      { id: disk.id, storageKey: disk.storageKey, problem: "file sha256 differs from the row's sha256" },
    ]);

    const s3 = await db().document.findFirstOrThrow({ where: { storageKey: { startsWith: "s3:" } } });
    const admin = s3Admin();
    await admin.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: s3.storageKey.slice(3) }));
    admin.destroy();
    const { code, output } = await runScript("scripts/db-restore.ts", [backupDir, "--force"], {
      ...s3Env,
      DATABASE_URL: withPassword(targetUrl),
      DOCUMENT_STORAGE_DIR: targetStorage,
    });
    expect(output).toContain(`${s3.id} ${s3.storageKey}: object missing from the bucket`);
    expect(output).toContain("RESTORE NOT VERIFIED");
    expect(output).not.toContain(PASSWORD);
    expect(code).toBe(1);
    // --force rewrote the changed disk file from the backup
    expect(sha256(fs.readFileSync(path.join(targetStorage, disk.storageKey.slice(5))))).toBe(disk.sha256);
  }, 120_000);
});

// ---------------------------------------------------------------- the embedded database

describe("the embedded database (PGlite dumpDataDir / loadDataDir) with disk and database documents", () => {
  const sourceDir = path.join(work, "pglite-source");
  const sourceStorage = path.join(work, "pglite-storage-source");
  const targetDir = path.join(work, "pglite-target");
  const targetStorage = path.join(work, "pglite-storage-target");
  const saved = {
    DATABASE_URL: process.env.DATABASE_URL,
    PGLITE_DIR: process.env.PGLITE_DIR,
    DOCUMENT_STORAGE_DIR: process.env.DOCUMENT_STORAGE_DIR,
  };
  let backup: BackupResult;
  const pgliteEnv = (dataDir: string, storage: string) => {
    const env: Record<string, string | undefined> = {
      ...process.env,
      PGLITE_DIR: dataDir,
      DOCUMENT_STORAGE_DIR: storage,
    };
    delete env.DATABASE_URL;
    return env;
  };

  beforeAll(async () => {
    saved.DATABASE_URL = process.env.DATABASE_URL;
    await closeDb();
    delete process.env.DATABASE_URL;
    process.env.PGLITE_DIR = sourceDir;
    process.env.DOCUMENT_STORAGE_DIR = sourceStorage;
    const session = await openSqlSession({ kind: "pglite", dataDir: sourceDir });
    try {
      await applyMigrations(session, undefined, { useAdvisoryLock: false });
    } finally {
      await session.close();
    }
    await buildCaseFile({ s3: false });
    await closeDb(); // PGlite is one process, one instance: the backup opens the folder itself
  }, 240_000);

  afterAll(async () => {
    await closeDb();
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  test("backed up with PGlite's own dump and restored into an empty folder: documents, audit trail and tables as they were", async () => {
    backup = await createBackup({
      outDir: path.join(work, "pglite-backups"),
      env: pgliteEnv(sourceDir, sourceStorage),
    });
    expect(backup.problems).toEqual([]);
    expect(backup.manifest.database).toMatchObject({
      kind: "pglite",
      file: "database.pglite.tar.gz",
      dumpTool: expect.stringMatching(/^@electric-sql\/pglite \d/),
    });
    expect(backup.manifest.counts.documentsByStorage).toMatchObject({ disk: 1, db: expect.any(Number) });

    const report = await restoreBackup({ backupDir: backup.dir, env: pgliteEnv(targetDir, targetStorage) });
    expect(report.verify?.documents.problems).toEqual([]);
    expect(report.ok).toBe(true);

    const source = await withPgliteAt(sourceDir, async (q) => ({
      documents: await documentsOf(q, sourceStorage),
      audit: await auditOf(q),
    }));
    const target = await withPgliteAt(targetDir, async (q) => ({
      documents: await documentsOf(q, targetStorage),
      audit: await auditOf(q),
    }));
    expect(target.documents.length).toBe(backup.manifest.counts.documents);
    for (const doc of target.documents) expect(doc.actual).toBe(doc.sha256);
    expect(target.documents).toEqual(source.documents);
    expect(target.audit.length).toBe(backup.manifest.counts.auditEvents);
    expect(target.audit.length).toBeGreaterThan(5);
    expect(target.audit).toEqual(source.audit);
  }, 120_000);

  test("the restored folder is refused as a target without --force; a changed byte in the dump is refused", async () => {
    await expect(restoreBackup({ backupDir: backup.dir, env: pgliteEnv(targetDir, targetStorage) })).rejects.toThrow(
      /holds data/,
    );
    const tampered = copyBackup(backup.dir, "pglite-tampered");
    flipByte(path.join(tampered, "database.pglite.tar.gz"), 1000);
    const fresh = path.join(work, "pglite-never-created");
    await expect(restoreBackup({ backupDir: tampered, env: pgliteEnv(fresh, targetStorage) })).rejects.toMatchObject({
      problems: ["database.pglite.tar.gz: sha256 differs from the manifest"],
    });
    expect(fs.existsSync(fresh)).toBe(false);
    // a PostgreSQL target is not one this backup can go to
    await expect(
      restoreBackup({ backupDir: backup.dir, env: { ...process.env, DATABASE_URL: saved.DATABASE_URL } }),
    ).rejects.toThrow(/backup is of the embedded database/);
  }, 120_000);
});
