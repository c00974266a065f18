// The public routes through a shared cache: Debian's nginx (installed with apt-get when
// missing and run as root) started on a free port with a generated configuration,
// proxy_pass to the app, and proxy_cache for the public paths (/decisions, a decision's page,
// /api/public/) honouring the app's Cache-Control (max-age, stale-while-revalidate) and
// revalidating with If-None-Match. RSC requests (client navigation) and anything with a
// Set-Cookie are never cached. Then each public route again at the same connections.
// With several app instances the same nginx also balances them (least_conn, balancerConfig),
// logging which instance answered each request, so the bench can say how the load was shared.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { BenchOptions } from "../../tools/load/bench/bench-options.ts";
import { freePort, type RunningApp } from "../../tools/load/bench/app-server.ts";
import { runRoute } from "../../tools/load/bench/run-route.ts";
import { waitForQuiet } from "../../tools/load/bench/wait-for-quiet.ts";
import type { FloorRow } from "./floor-report.ts";
import { measureBytes, type BenchRoute } from "./public-routes.ts";

const NGINX_CANDIDATES = ["/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/local/nginx/sbin/nginx"];

function findNginx(): string | null {
  return NGINX_CANDIDATES.find((p) => fs.existsSync(p)) ?? null;
}

/** Debian's nginx, installed when missing (needs root: apt-get). */
export function ensureNginx(log: (line: string) => void): string {
  const found = findNginx();
  if (found) return found;
  if (process.getuid?.() !== 0)
    throw new Error(
      "nginx is not installed and this is not root: install Debian's nginx (apt-get install nginx) and run again",
    );
  log("Installing Debian's nginx (apt-get install nginx-light or nginx)...");
  const install = (pkg: string) =>
    spawnSync("apt-get", ["install", "-y", "--no-install-recommends", pkg], {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    }).status === 0;
  if (!install("nginx")) {
    spawnSync("apt-get", ["update"], { stdio: "inherit" });
    if (!install("nginx")) throw new Error("apt-get install nginx failed");
  }
  const installed = findNginx();
  if (!installed) throw new Error("nginx was installed but its binary was not found");
  return installed;
}

/** The generated configuration (pure): everything proxied, the public paths cached. */
export function nginxConfig({ dir, port, upstreamPort }: { dir: string; port: number; upstreamPort: number }): string {
  const proxied = `
      proxy_pass http://app;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;`;
  return `worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
daemon off;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path ${dir}/client-body;
  proxy_temp_path ${dir}/proxy-temp;
  fastcgi_temp_path ${dir}/fastcgi-temp;
  uwsgi_temp_path ${dir}/uwsgi-temp;
  scgi_temp_path ${dir}/scgi-temp;
  proxy_cache_path ${dir}/cache levels=1:2 keys_zone=imr_public:10m max_size=512m inactive=10m use_temp_path=off;
  upstream app { server 127.0.0.1:${upstreamPort}; keepalive 64; }
  server {
    listen 127.0.0.1:${port};
    location / {${proxied}
    }
    # the public pages and PDFs: cached as their Cache-Control says (no Cache-Control: not cached)
    location ~ ^/(decisions(/|$)|api/public/) {${proxied}
      proxy_cache imr_public;
      proxy_cache_key "$scheme$http_host$request_uri";
      # client navigation asks for the RSC payload of the same URL: never from or into the cache
      proxy_cache_bypass $http_rsc $http_next_router_state_tree;
      proxy_no_cache $http_rsc $http_next_router_state_tree;
      proxy_cache_revalidate on;
      proxy_cache_lock on;
      proxy_cache_background_update on;
      proxy_cache_use_stale updating error timeout http_500 http_502 http_503 http_504;
      add_header X-Cache-Status $upstream_cache_status always;
    }
  }
}
`;
}

/** A load balancer in front of the instances (pure): least connections, one access line per request naming the instance. */
export function balancerConfig({
  dir,
  port,
  upstreamPorts,
}: {
  dir: string;
  port: number;
  upstreamPorts: number[];
}): string {
  return `worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
daemon off;
events { worker_connections 4096; }
http {
  log_format upstream '$upstream_addr $status';
  access_log ${dir}/access.log upstream;
  client_body_temp_path ${dir}/client-body;
  proxy_temp_path ${dir}/proxy-temp;
  fastcgi_temp_path ${dir}/fastcgi-temp;
  uwsgi_temp_path ${dir}/uwsgi-temp;
  scgi_temp_path ${dir}/scgi-temp;
  upstream app {
    least_conn;
${upstreamPorts.map((p) => `    server 127.0.0.1:${p} max_fails=0;`).join("\n")}
    keepalive 64;
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://app;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
    }
  }
}
`;
}

/** Requests per instance in balancer access-log lines (pure): "127.0.0.1:3331 200" -> that address. */
export function countByInstance(lines: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const addresses = line.slice(0, line.lastIndexOf(" ")); // the status is the last field
    if (!addresses) continue;
    for (const address of addresses.split(",").map((a) => a.trim())) {
      if (address && address !== "-") counts.set(address, (counts.get(address) ?? 0) + 1);
    }
  }
  return counts;
}

export type RunningNginx = { baseUrl: string; dir: string; stop: () => Promise<void> };

export async function startNginx(binary: string, upstreamPort: number): Promise<RunningNginx> {
  return launchNginx(binary, (dir, port) => nginxConfig({ dir, port, upstreamPort }));
}

export type RunningBalancer = RunningNginx & {
  /** Requests each instance answered since the last call. */
  takeCounts: () => Map<string, number>;
};

export async function startBalancer(binary: string, upstreamPorts: number[]): Promise<RunningBalancer> {
  const nginx = await launchNginx(binary, (dir, port) => balancerConfig({ dir, port, upstreamPorts }));
  const log = path.join(nginx.dir, "access.log");
  let offset = 0;
  const takeCounts = () => {
    const text = fs.existsSync(log) ? fs.readFileSync(log, "utf8") : "";
    const fresh = text.slice(offset, text.lastIndexOf("\n") + 1);
    offset += fresh.length;
    return countByInstance(fresh.split("\n"));
  };
  takeCounts();
  return { ...nginx, takeCounts };
}

async function launchNginx(binary: string, config: (dir: string, port: number) => string): Promise<RunningNginx> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "imr-bench-nginx-"));
  fs.chmodSync(dir, 0o777); // the workers may run as nobody
  const port = await freePort();
  const conf = path.join(dir, "nginx.conf");
  fs.writeFileSync(conf, config(dir, port));
  const test = spawnSync(binary, ["-t", "-q", "-p", dir, "-c", conf], { encoding: "utf8" });
  if (test.status !== 0) throw new Error(`nginx refused the generated configuration ${conf}: ${test.stderr}`);
  const child: ChildProcess = spawn(binary, ["-p", dir, "-c", conf], { stdio: ["ignore", "ignore", "inherit"] });
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      await fetch(`${baseUrl}/api/health`);
      break;
    } catch {
      if (child.exitCode !== null || Date.now() > deadline)
        throw new Error(`nginx did not start (see ${dir}/error.log)`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill("SIGTERM");
      await new Promise((resolve) => {
        child.once("exit", resolve);
        setTimeout(resolve, 3000);
      });
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  return { baseUrl, dir, stop };
}

/** The public routes through nginx's cache at the run's connections; rows named cached-<route>. */
export async function benchThroughCache(
  app: RunningApp,
  specs: BenchRoute[],
  options: BenchOptions,
): Promise<{ rows: FloorRow[] }> {
  const binary = ensureNginx(console.log);
  const upstreamPort = Number(new URL(app.baseUrl).port);
  const nginx = await startNginx(binary, upstreamPort);
  console.log(`\nThrough Debian's nginx with proxy_cache (${binary}, ${nginx.baseUrl} -> ${app.baseUrl}):`);
  const rows: FloorRow[] = [];
  try {
    for (const spec of specs.filter((s) => s.paths.length > 0)) {
      await waitForQuiet(options.databaseUrl);
      const measured = await measureBytes(nginx.baseUrl, spec.paths, null);
      const status =
        (await fetch(`${nginx.baseUrl}${spec.paths[0]}`).then(async (r) => {
          await r.arrayBuffer();
          return r.headers.get("x-cache-status");
        })) ?? "none";
      process.stdout.write(
        `  ${spec.label} (cache: ${status} on the second request): ${options.connections} connections for ${options.duration} s... `,
      );
      const result = await runRoute({
        baseUrls: [nginx.baseUrl],
        paths: spec.paths,
        cookie: null,
        connections: options.connections,
        duration: options.duration,
      });
      console.log(
        `${result.perSecond.toFixed(1)} req/s, p95 ${result.latency.p95.toFixed(0)} ms, ${result.errors} error(s)`,
      );
      rows.push({
        name: `cached-${spec.name}`,
        label: `${spec.label}, through nginx's cache`,
        result,
        bytes: measured.bytes,
      });
    }
  } finally {
    await nginx.stop();
  }
  return { rows };
}
