// The manifest of a backup folder: what was backed up, from which release and database, the
// facts a restore must reproduce (row counts, the audit trail's digest, the document index),
// and the sha256 of every other file in the folder, checked before anything is restored.
// The checksums catch a damaged or altered copy; they are not a signature (whoever can
// rewrite the files can rewrite the manifest), so keep backups where only operators write.
import crypto from "node:crypto";
import fs from "node:fs";
import fsp from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { z } from "zod";

export const MANIFEST_FILE = "manifest.json";
export const FORMAT = "imr-portal-backup";
export const FORMAT_VERSION = 1;
/** The disk storage copy inside a backup: documents/<storage key>. */
export const DOCUMENTS_DIR = "documents";
/** The S3 objects the database refers to, one JSON object a line. */
export const S3_LIST_FILE = "s3-objects.jsonl";

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);
const count = z.number().int().nonnegative();

const fileEntry = z.object({ path: z.string().min(1), bytes: count, sha256: hex64 });
export type FileEntry = z.infer<typeof fileEntry>;

const problem = z.object({ id: z.string(), storageKey: z.string(), problem: z.string() });
export type DocumentProblem = z.infer<typeof problem>;

export const manifestSchema = z.object({
  format: z.literal(FORMAT),
  formatVersion: z.literal(FORMAT_VERSION),
  /** the instant, ISO 8601 in UTC */
  createdAt: z.string(),
  /** the same instant on the California wall clock, with PST or PDT */
  createdAtCalifornia: z.string(),
  app: z.object({ name: z.string(), version: z.string(), migrations: z.array(z.string()) }),
  database: z.object({
    kind: z.enum(["postgres", "pglite"]),
    /** the DATABASE_URL without its password, or the embedded database's folder */
    source: z.string(),
    serverVersion: z.string(),
    dumpTool: z.string(),
    file: z.string(),
    /** the migrations recorded as applied in the backed-up database */
    migrations: z.array(z.string()),
  }),
  counts: z.object({
    documents: count,
    /** by storage key scheme: db (DocumentContent), disk, s3 */
    documentsByStorage: z.record(z.string(), count),
    auditEvents: count,
    /** rows of every table of the public schema */
    tables: z.record(z.string(), count),
  }),
  /** sha256 over every audit row (its JSON, in id order) */
  auditTrail: z.object({ count, firstId: z.string().nullable(), lastId: z.string().nullable(), sha256: hex64 }),
  /** sha256 over every Document row's id, sha256, size and storage key, in id order */
  documentIndex: z.object({ count, sha256: hex64 }),
  storage: z.object({
    disk: z.object({ root: z.string(), directory: z.string(), files: count }).nullable(),
    s3: z
      .object({
        bucket: z.string().nullable(),
        endpoint: z.string().nullable(),
        objects: count,
        list: z.string(),
        note: z.string(),
      })
      .nullable(),
  }),
  /** documents whose content did not match their sha256 when the backup was taken */
  sourceProblems: z.array(problem),
  files: z.array(fileEntry),
});
export type Manifest = z.infer<typeof manifestSchema>;

export async function writeManifest(dir: string, manifest: Manifest): Promise<void> {
  await fsp.writeFile(path.join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
}

export async function readManifest(dir: string): Promise<Manifest> {
  let text: string;
  try {
    text = await fsp.readFile(path.join(dir, MANIFEST_FILE), "utf8");
  } catch {
    throw new Error(`${dir} is not a backup: it has no ${MANIFEST_FILE}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${MANIFEST_FILE} is not valid JSON`);
  }
  const format = (json as { format?: unknown; formatVersion?: unknown } | null) ?? {};
  if (format.format === FORMAT && format.formatVersion !== FORMAT_VERSION) {
    throw new Error(
      `The backup has format version ${String(format.formatVersion)}; this release reads version ${FORMAT_VERSION}`,
    );
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(`${MANIFEST_FILE} is not a valid manifest (${first.path.join(".") || "root"}: ${first.message})`);
  }
  return parsed.data;
}

export async function sha256File(file: string): Promise<{ bytes: number; sha256: string }> {
  const hash = crypto.createHash("sha256");
  let bytes = 0;
  await pipeline(fs.createReadStream(file), async function* (source: AsyncIterable<Buffer>) {
    for await (const chunk of source) {
      bytes += chunk.length;
      hash.update(chunk);
    }
  });
  return { bytes, sha256: hash.digest("hex") };
}

/** A path from a manifest, inside the backup folder: relative, with no "..", "." or empty segments. */
export function fileInBackup(dir: string, relative: string): string {
  const segments = relative.split("/");
  if (
    path.isAbsolute(relative) ||
    relative.includes("\\") ||
    segments.some((s) => s === "" || s === "." || s === "..")
  ) {
    throw new Error(`The manifest names a path outside the backup: ${JSON.stringify(relative)}`);
  }
  return path.join(dir, ...segments);
}

async function* walk(dir: string, prefix = ""): AsyncGenerator<string> {
  for (const entry of await fsp.readdir(dir, { withFileTypes: true })) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) yield* walk(path.join(dir, entry.name), relative);
    else yield relative;
  }
}

/**
 * Every file the manifest lists, present with its size and sha256, and no file it does not
 * list: the problems found (empty when the backup is intact).
 */
export async function verifyBackupFiles(dir: string, manifest: Manifest): Promise<string[]> {
  const problems: string[] = [];
  const listed = new Set<string>();
  for (const entry of manifest.files) {
    listed.add(entry.path);
    let file: string;
    try {
      file = fileInBackup(dir, entry.path);
    } catch (error) {
      problems.push((error as Error).message);
      continue;
    }
    let actual: { bytes: number; sha256: string };
    try {
      actual = await sha256File(file);
    } catch {
      problems.push(`${entry.path}: missing`);
      continue;
    }
    if (actual.bytes !== entry.bytes)
      problems.push(`${entry.path}: ${actual.bytes} bytes, the manifest says ${entry.bytes}`);
    else if (actual.sha256 !== entry.sha256) problems.push(`${entry.path}: sha256 differs from the manifest`);
  }
  if (!listed.has(manifest.database.file))
    problems.push(`the database dump ${manifest.database.file} is not listed with a checksum`);
  for await (const relative of walk(dir)) {
    if (relative !== MANIFEST_FILE && !listed.has(relative)) problems.push(`${relative}: not listed in the manifest`);
  }
  return problems;
}

const CALIFORNIA = new Intl.DateTimeFormat("en-US", {
  timeZone: "America/Los_Angeles",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
  timeZoneName: "short",
});

function californiaParts(instant: Date) {
  const parts = Object.fromEntries(CALIFORNIA.formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    time: [parts.hour, parts.minute, parts.second],
    zone: parts.timeZoneName,
  };
}

/** "2026-12-07 14:03:22 PST": the California wall clock, with PST or PDT so the hour after the fall change is not ambiguous. */
export function californiaTimestamp(instant: Date): string {
  const { date, time, zone } = californiaParts(instant);
  return `${date} ${time.join(":")} ${zone}`;
}

/** "imr-backup-2026-12-07-140322-PST": the backup folder's name, sortable within a season. */
export function backupName(instant: Date): string {
  const { date, time, zone } = californiaParts(instant);
  return `imr-backup-${date}-${time.join("")}-${zone}`;
}
