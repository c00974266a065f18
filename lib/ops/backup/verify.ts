// After a restore: every Document row's content against its sha256 column (DocumentContent
// bytes hashed by the server, the disk file hashed here, the S3 object checked by HEAD or
// downloaded on request), the document index and the audit trail against the manifest's
// digests and counts, every table's rows and the applied migrations.
import {
  appliedMigrations,
  auditTrailDigest,
  databaseContentProblem,
  documentIndexHasher,
  documentRows,
  storageScheme,
  tableCounts,
  type Queryable,
} from "./facts.ts";
import type { DocumentProblem, Manifest } from "./manifest.ts";
import { sha256File } from "./manifest.ts";
import { s3Checker, type S3Checker } from "./s3-objects.ts";
import { diskFile, isMissing } from "./storage-copy.ts";

export type S3CheckMode = "head" | "content" | "skip";

export type VerifyOptions = { storageRoot: string; s3: S3CheckMode; env: Record<string, string | undefined> };

export type VerifyReport = {
  ok: boolean;
  documents: { checked: number; byStorage: Record<string, number>; s3Unchecked: number; problems: DocumentProblem[] };
  documentIndex: { expected: number; actual: number; matches: boolean };
  audit: { expected: number; actual: number; matches: boolean };
  tables: { name: string; expected: number | null; actual: number | null }[];
  migrations: { matches: boolean; expected: string[]; actual: string[] };
  /** problems that are not about one document (an S3 bucket that cannot be reached, ...) */
  other: string[];
};

async function diskProblem(
  root: string,
  key: string,
  expected: { sha256: string; byteSize: number },
): Promise<string | null> {
  let file: string;
  try {
    file = diskFile(root, key);
  } catch (error) {
    return (error as Error).message;
  }
  try {
    const actual = await sha256File(file);
    if (actual.bytes !== expected.byteSize) return `file is ${actual.bytes} bytes, the row says ${expected.byteSize}`;
    return actual.sha256 === expected.sha256 ? null : "file sha256 differs from the row's sha256";
  } catch (error) {
    return isMissing(error) ? `file missing from ${root}` : (error as Error).message;
  }
}

/** Checks every document of the database; with a manifest, also what the backup recorded. */
export async function verifyDocuments(q: Queryable, options: VerifyOptions) {
  const problems: DocumentProblem[] = [];
  const other: string[] = [];
  const index = documentIndexHasher();
  let s3: S3Checker | null = null;
  let s3Unavailable: string | null = null;
  let s3Unchecked = 0;
  try {
    for await (const row of documentRows(q)) {
      index.add(row);
      const scheme = storageScheme(row.storageKey);
      const key = row.storageKey.slice(scheme.length + 1);
      let problem: string | null;
      if (scheme === "db") problem = databaseContentProblem(row);
      else if (scheme === "disk") problem = await diskProblem(options.storageRoot, key, row);
      else if (scheme === "s3") {
        if (options.s3 === "skip" || s3Unavailable) {
          s3Unchecked += 1;
          continue;
        }
        if (!s3) {
          try {
            s3 = await s3Checker(options.env, options.s3);
          } catch (error) {
            s3Unavailable = (error as Error).message;
            other.push(s3Unavailable);
            s3Unchecked += 1;
            continue;
          }
        }
        problem = await s3.check(key, row);
      } else problem = `unknown storage scheme ${scheme}`;
      if (problem) problems.push({ id: row.id, storageKey: row.storageKey, problem });
    }
  } finally {
    (s3 as S3Checker | null)?.close();
  }
  const { count, sha256, byStorage } = index.result();
  return { checked: count, byStorage, sha256, problems, s3Unchecked, other };
}

export async function verifyRestored(q: Queryable, manifest: Manifest, options: VerifyOptions): Promise<VerifyReport> {
  const documents = await verifyDocuments(q, options);
  const audit = await auditTrailDigest(q);
  const counts = await tableCounts(q);
  const migrations = await appliedMigrations(q);

  const tables: VerifyReport["tables"] = [];
  for (const [name, expected] of Object.entries(manifest.counts.tables)) {
    const actual = counts[name] ?? null;
    if (actual !== expected) tables.push({ name, expected, actual });
  }
  for (const [name, actual] of Object.entries(counts)) {
    if (!(name in manifest.counts.tables)) tables.push({ name, expected: null, actual });
  }
  const other = [...documents.other];
  if (options.s3 !== "skip" && documents.s3Unchecked > 0 && other.length === 0)
    other.push(`${documents.s3Unchecked} S3 document(s) were not checked`);

  const report: VerifyReport = {
    ok: false,
    documents: {
      checked: documents.checked,
      byStorage: documents.byStorage,
      s3Unchecked: documents.s3Unchecked,
      problems: documents.problems,
    },
    documentIndex: {
      expected: manifest.documentIndex.count,
      actual: documents.checked,
      matches: documents.checked === manifest.documentIndex.count && documents.sha256 === manifest.documentIndex.sha256,
    },
    audit: {
      expected: manifest.auditTrail.count,
      actual: audit.count,
      matches: audit.count === manifest.auditTrail.count && audit.sha256 === manifest.auditTrail.sha256,
    },
    tables,
    migrations: {
      expected: manifest.database.migrations,
      actual: migrations,
      matches: JSON.stringify(migrations) === JSON.stringify(manifest.database.migrations),
    },
    other,
  };
  report.ok =
    report.documents.problems.length === 0 &&
    report.documentIndex.matches &&
    report.audit.matches &&
    report.tables.length === 0 &&
    report.migrations.matches &&
    report.other.length === 0;
  return report;
}
