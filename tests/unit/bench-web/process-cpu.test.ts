// bench:web's processor-time readings from /proc: a process group's time grows with the work
// its processes do, and the database server's processes are found.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { postgresCpuMs, processGroupCpuMs } from "@/tools/load/bench/process-cpu.ts";

test("a process group's processor time includes a child's busy loop", async () => {
  // busy for 400 ms of processor time, then says so and waits to be ended
  const child = spawn(
    process.execPath,
    [
      "-e",
      "const s = process.cpuUsage(); while (process.cpuUsage(s).user < 400_000); console.log('done'); setInterval(() => {}, 1000);",
    ],
    { detached: true, stdio: ["ignore", "pipe", "inherit"] },
  );
  try {
    const [line] = (await once(child.stdout!, "data")) as [Buffer];
    expect(line.toString().trim()).toBe("done");
    expect(processGroupCpuMs(child.pid!)).toBeGreaterThanOrEqual(300);
    expect(processGroupCpuMs(2 ** 22 + 17)).toBe(0); // no such group
  } finally {
    process.kill(-child.pid!, "SIGKILL");
  }
});

test("the database server's processes are read", () => {
  expect(postgresCpuMs()).toBeGreaterThan(0);
});
