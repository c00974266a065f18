// `npm run db:backup [-- --out <folder>]`: backs up the configured database (DATABASE_DIRECT_URL or DATABASE_URL, or
// the embedded database) with the document store into a new folder under --out (BACKUP_DIR,
// default ./data/backups, which git ignores). Exits 1 when the backup failed, or was written
// but some document did not match its sha256 in the source. See lib/ops/backup/backup.ts.
import path from "node:path";
import { parseArgs } from "node:util";
import { createBackup, formatBackupReport } from "../lib/ops/backup/backup.ts";

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { out: { type: "string" }, help: { type: "boolean", short: "h" } } });
  if (values.help) {
    console.log("Usage: npm run db:backup [-- --out <folder>]   (default: BACKUP_DIR or ./data/backups)");
    return 0;
  }
  const result = await createBackup({
    outDir: values.out ?? process.env.BACKUP_DIR ?? path.join("data", "backups"),
    log: (line) => console.log(line),
  });
  for (const line of formatBackupReport(result)) console.log(line);
  return result.problems.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
