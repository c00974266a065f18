// Starts tests/support/crash-issue-child.ts as a separate Node process (through tsx), a job
// worker that will issue one approved determination's letter once told which, and follows it: ready (connected,
// waiting), done (issued and committed), exit. Its database connections carry an application name of their
// own, so the test can wait until PostgreSQL has ended them after a SIGKILL.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import readline from "node:readline";

export type IssuingChild = {
  appName: string;
  process: ChildProcess;
  ready: Promise<void>;
  /** the moment the child said "done" (performance.now()), or null if it never did */
  done: Promise<number | null>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
  go: (determinationId: string) => void;
};

const CHILD = path.join(process.cwd(), "tests", "support", "crash-issue-child.ts");

export function startIssuingChild(databaseUrl: string, appName: string): IssuingChild {
  const url = new URL(databaseUrl);
  url.searchParams.set("application_name", appName);
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: url.toString(), DATABASE_POOL_SIZE: "2" };
  delete env.NODE_OPTIONS; // the test runner's flags are not the child's
  const child = spawn(process.execPath, ["--import", "tsx", CHILD, appName], { env, stdio: ["pipe", "pipe", "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) => {
    child.once("exit", (code, signal) => resolve({ code, signal, stderr }));
  });
  const lines = readline.createInterface({ input: child.stdout! });
  const said = (word: string) =>
    new Promise<number | null>((resolve) => {
      lines.on("line", (line) => {
        if (line.trim() === word) resolve(performance.now());
      });
      void exited.then(() => resolve(null));
    });
  const ready = said("ready").then(async (at) => {
    if (at === null) throw new Error(`The issuing child stopped before it was ready:\n${(await exited).stderr}`);
  });
  ready.catch(() => {}); // a child ended unused (after the test) is not an error; awaiting it still throws
  return {
    appName,
    process: child,
    ready,
    done: said("done"),
    exited,
    go: (determinationId) => {
      child.stdin!.write(`go ${determinationId}\n`);
    },
  };
}
