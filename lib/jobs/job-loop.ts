// The background loop: every few seconds it runs due jobs (job-runner.ts), sends due e-mail
// (lib/notifications/deliver-outbox.ts) and, once an hour, queues the reminder sweep. It
// runs inside the web server (instrumentation.ts, unless IMR_JOBS=off) or on its own
// (`npm run jobs:work`). Ticks never overlap; an error is logged and the next tick goes on.
// wakeJobLoop() (wake.ts, which use cases import) starts a tick now (after the one running,
// if any), for work a user waits for.
import os from "node:os";
import { db } from "../db/client.ts";
import { deliverDueMessages } from "../notifications/deliver-outbox.ts";
import { enqueueJob } from "./enqueue-job.ts";
import { runDueJobs } from "./job-runner.ts";
import { setJobWakeListener } from "./wake.ts";

export { wakeJobLoop } from "./wake.ts";

export type JobLoop = { workerId: string; stop: () => Promise<void>; wake: () => void };
export type JobLoopOptions = { pollMs?: number; workerId?: string; kinds?: readonly string[]; keepAlive?: boolean };

const holder = ((globalThis as Record<string, unknown>).__imrJobLoop ??= {}) as { loop?: JobLoop };

/** One queued sweep per hour: the key names the hour, so every worker asks for the same one. */
export async function scheduleReminderSweep(now: Date): Promise<void> {
  await enqueueJob(db(), {
    kind: "sweep-reminders",
    dedupeKey: `sweep-reminders:${now.toISOString().slice(0, 13)}`,
    runAt: now,
    maxAttempts: 3,
  });
}

export async function runLoopTick(workerId: string, kinds?: readonly string[]): Promise<void> {
  const step = async (name: string, work: () => Promise<unknown>) => {
    try {
      await work();
    } catch (error) {
      console.error(`Background ${name} failed; trying again on the next tick.`, error);
    }
  };
  await step("scheduling", () => scheduleReminderSweep(new Date()));
  await step("jobs", () => runDueJobs({ workerId, kinds }));
  await step("e-mail delivery", () => deliverDueMessages());
}

/** Starts the loop once per process (a second call returns the running one). */
export function startJobLoop({
  pollMs = Number(process.env.IMR_JOBS_POLL_MS ?? 5000),
  workerId = `${os.hostname()}:${process.pid}`,
  kinds,
  keepAlive = false,
}: JobLoopOptions = {}): JobLoop {
  if (holder.loop) return holder.loop;
  let timer: NodeJS.Timeout | null = null;
  let current: Promise<void> = Promise.resolve();
  let stopped = false;
  let running = false;
  let again = false;
  const tick = () => {
    running = true;
    current = runLoopTick(workerId, kinds).finally(() => {
      running = false;
      if (again) {
        again = false;
        if (!stopped) tick();
        return;
      }
      schedule();
    });
  };
  const schedule = (delay = pollMs) => {
    if (stopped) return;
    timer = setTimeout(tick, delay);
    if (!keepAlive) timer.unref();
  };
  schedule();
  const loop: JobLoop = {
    workerId,
    wake: () => {
      if (stopped) return;
      if (running) {
        again = true;
        return;
      }
      if (timer) clearTimeout(timer);
      schedule(0);
    },
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      setJobWakeListener(null);
      await current;
      holder.loop = undefined;
    },
  };
  holder.loop = loop;
  setJobWakeListener(loop.wake);
  return loop;
}
