// Starts the production build on a fresh database for the end-to-end tests, and stops it.
import { spawn, execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { createTestDatabase, dropTestDatabase } from "./test-database.ts";

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3311);
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
/** The server's secret; the tests' own process shares it (codes sealed by a factory open on the server). */
export const E2E_SECRET = "e2e-secret-e2e-secret-e2e-secret-e2e";
const STATE_FILE = path.join(process.cwd(), "test-results", "e2e-server.json");

export async function startE2eServer(): Promise<void> {
  if (!fs.existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) {
    throw new Error("No production build: run `npm run build` first (npm test does).");
  }
  const { name, url } = await createTestDatabase("imr_e2e");
  const env = {
    ...process.env,
    DATABASE_URL: url,
    NEXTAUTH_URL: E2E_BASE_URL,
    NEXTAUTH_SECRET: E2E_SECRET,
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production",
    IMR_INSECURE_COOKIES: "1",
    IMR_DEMO: "1",
    // the demo seed without its year of generated history: the tests expect the few demo cases alone
    IMR_DEMO_HISTORY: "0",
  } as NodeJS.ProcessEnv;
  execFileSync(path.join("node_modules", ".bin", "tsx"), ["scripts/setup.ts"], { env, stdio: "ignore" });
  fs.mkdirSync(path.dirname(STATE_FILE), { recursive: true });
  const log = fs.openSync(path.join(path.dirname(STATE_FILE), "e2e-server.log"), "w");
  const server = spawn(
    path.join("node_modules", ".bin", "next"),
    ["start", "-p", String(E2E_PORT), "-H", "127.0.0.1"],
    {
      env,
      stdio: ["ignore", log, log],
      detached: true,
    },
  );
  fs.writeFileSync(STATE_FILE, JSON.stringify({ pid: server.pid, database: name }));
  server.unref();
  await waitForServer();
}

async function waitForServer(): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${E2E_BASE_URL}/access`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("The app did not start within 60 s (see test-results/e2e-server.log)");
}

export async function stopE2eServer(): Promise<void> {
  if (!fs.existsSync(STATE_FILE)) return;
  const { pid, database } = JSON.parse(fs.readFileSync(STATE_FILE, "utf8")) as { pid: number; database: string };
  try {
    process.kill(-pid, "SIGTERM");
  } catch {
    // already gone
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
  if (!process.env.KEEP_TEST_DATABASE) await dropTestDatabase(database);
  fs.rmSync(STATE_FILE);
}
