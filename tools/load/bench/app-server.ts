// The production build under test: built if missing (or asked for), started as a deployment
// starts it (`npm start`: `next start` with the server's Node flags, package.json) on a free
// port against the benchmark database (directly or through a pooler, with
// DATABASE_DIRECT_URL then naming the server itself), with the job runner off and
// two-factor enrolment not required (so the generated accounts sign in with a password),
// and stopped with its whole process group at the end.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { processGroupCpuMs } from "./process-cpu.ts";

const NEXT = path.join("node_modules", ".bin", "next");

/** `npm start` with a port and host: the command and flags a deployment runs, so that the figures are theirs. */
export const productionStart = (port: number): [string, string[]] => [
  "npm",
  ["start", "--silent", "--", "-p", String(port), "-H", "127.0.0.1"],
];

export function hasProductionBuild(cwd = process.cwd()): boolean {
  return fs.existsSync(path.join(cwd, ".next", "BUILD_ID"));
}

export function buildProduction(log: (line: string) => void): void {
  log("Building the production app (`next build`, a few minutes)...");
  const result = spawnSync(NEXT, ["build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error("`next build` failed; fix the build and run again.");
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export type RunningApp = {
  baseUrl: string;
  stop: () => Promise<void>;
  logFile: string;
  /** processor time (ms) used so far by the server's processes, or null where it cannot be read */
  cpuMs: () => number | null;
  /** the process group of `npm start` and the server it runs */
  processGroup: number;
};

/** `secret`: the sessions' signing secret, the same for every instance so that one sign-in works on all. */
export async function startApp({
  databaseUrl,
  directUrl,
  port,
  pool,
  logFile,
  secret,
}: {
  databaseUrl: string;
  /** The server itself when databaseUrl goes through PgBouncer (DATABASE_DIRECT_URL). */
  directUrl?: string;
  port: number;
  pool: number;
  logFile: string;
  secret: string;
}): Promise<RunningApp> {
  const baseUrl = `http://127.0.0.1:${port}`;
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const out = fs.openSync(logFile, "w");
  const [command, args] = productionStart(port);
  const child: ChildProcess = spawn(command, args, {
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      DATABASE_DIRECT_URL: directUrl ?? "",
      DATABASE_POOL_SIZE: String(pool),
      IMR_JOBS: "off",
      IMR_REQUIRE_TOTP: "off",
      NEXTAUTH_URL: baseUrl,
      NEXTAUTH_SECRET: secret,
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", out, out],
    detached: true,
  });
  const stop = async () => {
    if (child.exitCode !== null || !child.pid) return;
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      return;
    }
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 5000);
      child.once("exit", () => {
        clearTimeout(timer);
        resolve();
      });
    });
    if (child.exitCode === null)
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        /* gone */
      }
  };
  try {
    await waitUntilServing(baseUrl, child);
  } catch (error) {
    await stop();
    throw error;
  }
  const group = child.pid!;
  return { baseUrl, stop, logFile, cpuMs: () => processGroupCpuMs(group), processGroup: group };
}

async function waitUntilServing(baseUrl: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The app exited with code ${child.exitCode} before serving`);
    try {
      const ready = await fetch(`${baseUrl}/api/ready`);
      if (ready.ok) return;
      if (ready.status === 404 && (await fetch(`${baseUrl}/signin`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error("The app did not become ready within 90 s");
}
