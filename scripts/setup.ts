// `npm run setup`: everything a first start needs. Creates the server secret, applies
// migrations to the configured database (embedded by default), loads the demo data and
// prints the demo sign-ins.
import { ensureServerSecretFile } from "../lib/config/secret.ts";
import { closeDb } from "../lib/db/client.ts";
import { DEMO_PANEL } from "../tools/demo/panel.ts";
import { DEMO_PASSWORD, DEMO_STAFF, seedDemo } from "../tools/demo/seed-demo.ts";
import { migrateConfiguredDatabase } from "./db-migrate.ts";
import { recordsDemoSignIn } from "../tools/demo/records-demo.ts";

async function main(): Promise<void> {
  ensureServerSecretFile();
  await migrateConfiguredDatabase();
  // Demo accounts have a published password: never in production unless asked for.
  const production = process.env.NODE_ENV === "production";
  if (production && process.env.IMR_DEMO !== "1") {
    console.log("Production: demo data not loaded. Create the first administrator with `npm run user:create-admin`.");
  } else if (process.env.IMR_SKIP_DEMO !== "1") {
    const { created } = await seedDemo();
    console.log(created ? "Loaded the demo data." : "Demo data already present.");
    printSignIns();
    const records = await recordsDemoSignIn();
    if (records)
      console.log(
        `Records demo: open case ${records.caseNumber} at /access with the claims administrator's code ${records.code},\n` +
          "  send records and declare them complete; intake@demo.imr then marks the records complete.\n",
      );
  }
  await closeDb();
}

const NOTES: Record<string, string> = {
  "reviewer.conflicted@demo.imr": ", conflicted on the sample case",
  "reviewer.parent@demo.imr": ", works for the parent of the sample case's claims administrator",
  "reviewer.possible@demo.imr": ", a possible conflict on the sample case to confirm or dismiss",
};
const numbered = DEMO_PANEL.filter((r) => /^reviewer\d+@/.test(r.email));
const named = DEMO_PANEL.filter((r) => !numbered.includes(r));

function printSignIns(): void {
  const rows = [
    ...DEMO_STAFF.map((s) => [s.role.toLowerCase(), s.email, s.name]),
    ...named.map((r) => ["reviewer", r.email, `Dr. ${r.name} (${r.specialty}${NOTES[r.email] ?? ""})`]),
  ];
  console.log(`\nDemo sign-ins (password for all: ${DEMO_PASSWORD}):`);
  for (const [role, email, who] of rows) console.log(`  ${role.padEnd(9)} ${email.padEnd(30)} ${who}`);
  console.log(`  (${numbered.length} more reviewers: ${numbered[0].email} ... ${numbered[numbered.length - 1].email})`);
  console.log("Parties open their case at /access with the case number and the code intake gives them.\n");
}

main().catch(async (error) => {
  console.error(error);
  await closeDb().catch(() => {});
  process.exit(1);
});
