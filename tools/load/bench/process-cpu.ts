// Processor time spent by processes, read from Linux's /proc: the app server's process group
// (`next start` and its children) and the database server's processes. The benchmark divides
// it by the requests served, a figure the machine's other load moves far less than req/s.
// Elsewhere than Linux there is no /proc: the readings are null and the columns show "-".
import fs from "node:fs";

/** Clock ticks a second for utime and stime (USER_HZ; 100 on every Linux this runs on). */
const TICKS_PER_SECOND = 100;

type Stat = { pid: number; comm: string; pgrp: number; cpuMs: number };

function readStat(pid: string): Stat | null {
  let text: string;
  try {
    text = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return null; // ended between the listing and the read
  }
  // "pid (comm) state ppid pgrp ..."; comm may hold spaces and parentheses, so split after the last ")"
  const close = text.lastIndexOf(")");
  const comm = text.slice(text.indexOf("(") + 1, close);
  const fields = text.slice(close + 2).split(" ");
  // fields[0] is the state (field 3); utime and stime are fields 14 and 15, and cutime and
  // cstime (16, 17) the time of its children that ended: a database connection closed during
  // a run, or a worker, still counts (in its parent's)
  const ticks = Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
  return { pid: Number(pid), comm, pgrp: Number(fields[2]), cpuMs: (ticks * 1000) / TICKS_PER_SECOND };
}

function allStats(): Stat[] | null {
  let entries: string[];
  try {
    entries = fs.readdirSync("/proc");
  } catch {
    return null;
  }
  return entries.filter((name) => /^\d+$/.test(name)).flatMap((pid) => readStat(pid) ?? []);
}

/** Processor time (ms) of one process group's living processes and their ended children, or null without /proc. */
export function processGroupCpuMs(pgid: number): number | null {
  const stats = allStats();
  return stats && stats.filter((s) => s.pgrp === pgid).reduce((sum, s) => sum + s.cpuMs, 0);
}

/** The living processes of one process group (their ids), or null without /proc. */
export function processGroupPids(pgid: number): number[] | null {
  const stats = allStats();
  return stats && stats.filter((s) => s.pgrp === pgid).map((s) => s.pid);
}

/** Processor time (ms) of the PostgreSQL server's living processes and their ended children, or null without /proc. */
export function postgresCpuMs(): number | null {
  const stats = allStats();
  return stats && stats.filter((s) => s.comm === "postgres").reduce((sum, s) => sum + s.cpuMs, 0);
}
