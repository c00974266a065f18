// `npm run db:restore -- <backup folder> [--force] [--verify-only] [--s3=head|content|skip]`:
// restores a backup of `npm run db:backup` into the configured database and document store,
// then verifies it. Exits 0 when verified, 1 when a check failed after restoring (or the
// restore itself failed), 2 when refused (damaged backup, target holding data, wrong kind of
// database) with nothing changed. See lib/ops/backup/restore.ts.
import { parseArgs } from "node:util";
import { formatRestoreReport, restoreBackup, RestoreRefused } from "../lib/ops/backup/restore.ts";

const USAGE = "Usage: npm run db:restore -- <backup folder> [--force] [--verify-only] [--s3=head|content|skip]";

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      force: { type: "boolean" },
      "verify-only": { type: "boolean" },
      s3: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const s3 = values.s3 ?? "head";
  if (positionals.length !== 1 || !["head", "content", "skip"].includes(s3)) {
    console.error(USAGE);
    return 2;
  }
  const report = await restoreBackup({
    backupDir: positionals[0],
    force: values.force ?? false,
    verifyOnly: values["verify-only"] ?? false,
    s3: s3 as "head" | "content" | "skip",
    log: (line) => console.log(line),
  });
  for (const line of formatRestoreReport(report)) console.log(line);
  return report.ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof RestoreRefused) {
      console.error(`Restore refused: ${error.message}`);
      for (const problem of error.problems.slice(0, 20)) console.error(`  ${problem}`);
      if (error.problems.length > 20) console.error(`  ... and ${error.problems.length - 20} more`);
      process.exit(2);
    }
    console.error(`Restore failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
