// The virus-scan hook every upload passes through. With VIRUS_SCAN_COMMAND set (for
// example "clamdscan --no-summary -"), the bytes go to that command's standard input and
// exit code 0 means clean, anything else infected or failed. Without it, uploads are
// accepted and the audit row records that no scanner ran.
import { spawn } from "node:child_process";

/** A scanner that does not answer in time counts as a failed scan: the upload is refused. */
const SCAN_TIMEOUT_MS = 60_000;

export type ScanResult = { clean: true; scanner: string | null } | { clean: false; scanner: string; detail: string };

export async function scanDocument(bytes: Buffer, command = process.env.VIRUS_SCAN_COMMAND): Promise<ScanResult> {
  if (!command?.trim()) return { clean: true, scanner: null };
  const [program, ...args] = command.trim().split(/\s+/);
  return new Promise((resolve) => {
    const child = spawn(program, args, { stdio: ["pipe", "pipe", "pipe"] });
    let output = "";
    let settled = false;
    const finish = (result: ScanResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      finish({ clean: false, scanner: program, detail: "the scanner did not answer in time" });
    }, SCAN_TIMEOUT_MS);
    timer.unref();
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", (error) =>
      finish({ clean: false, scanner: program, detail: `scanner failed to start: ${error.message}` }),
    );
    child.on("close", (code) =>
      finish(
        code === 0
          ? { clean: true, scanner: program }
          : { clean: false, scanner: program, detail: output.trim().slice(0, 500) || `exit code ${code}` },
      ),
    );
    child.stdin.on("error", () => {});
    child.stdin.end(bytes);
  });
}
