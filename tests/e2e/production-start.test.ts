// `npm start`, as a deployment and the benchmark (tools/load/bench/app-server.ts) run it: the
// production server runs with the Node flags of package.json's start script (a 64 MB young
// generation: measured, about a fifth more pages a second, fewer and cheaper collections
// under load) and serves pages.
import fs from "node:fs";
import path from "node:path";
import { freePort, startApp, type RunningApp } from "../../tools/load/bench/app-server.ts";
import { processGroupPids } from "../../tools/load/bench/process-cpu.ts";
import { createTestDatabase, dropTestDatabase } from "../support/test-database.ts";

let database: { name: string; url: string };
let app: RunningApp;

beforeAll(async () => {
  database = await createTestDatabase("imr_start");
  app = await startApp({
    databaseUrl: database.url,
    port: await freePort(),
    pool: 2,
    logFile: path.join("test-results", "production-start.log"),
    secret: "start-secret-start-secret-start-secret",
  });
}, 120_000);

afterAll(async () => {
  await app?.stop();
  if (database) await dropTestDatabase(database.name);
});

/** The command lines of the processes in a process group. */
const commandLines = (group: number): string[] =>
  (processGroupPids(group) ?? []).flatMap((pid) => {
    try {
      return [fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ")];
    } catch {
      return []; // ended meanwhile
    }
  });

test("the server runs with the start script's Node flags", () => {
  const script = JSON.parse(fs.readFileSync("package.json", "utf8")).scripts.start as string;
  const flags = script.split(" ").filter((word) => word.startsWith("--"));
  expect(flags).toContain("--max-semi-space-size=64");
  const server = commandLines(app.processGroup).find((line) => line.includes("next/dist/bin/next start"));
  expect(server).toBeDefined();
  for (const flag of flags) expect(server).toContain(flag);
});

test("and serves the sign-in page", async () => {
  const response = await fetch(`${app.baseUrl}/signin`);
  expect(response.status).toBe(200);
  expect(await response.text()).toContain("Sign in");
});
