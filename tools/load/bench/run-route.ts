// One route under load with autocannon: the given paths in turn on every connection, each
// response time recorded (autocannon's own summary has no 95th percentile), errors counted
// as non-2xx answers plus connection errors and timeouts.
import autocannon from "autocannon";
import { spread, type Spread } from "./percentiles.ts";

export type RouteResult = {
  requests: number;
  perSecond: number;
  latency: Spread;
  errors: number;
  non2xx: number;
  timeouts: number;
};

/** One autocannon run against one app; the response times are pushed to `times`. */
async function drive(
  baseUrl: string,
  paths: string[],
  cookie: string | null,
  connections: number,
  duration: number,
  times: number[],
): Promise<autocannon.Result> {
  let finish: (result: autocannon.Result) => void = () => {};
  let fail: (error: unknown) => void = () => {};
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const instance = autocannon(
    {
      url: baseUrl,
      connections,
      duration,
      timeout: 30,
      headers: cookie ? { cookie } : {},
      requests: paths.map((path) => ({ method: "GET" as const, path })),
    },
    (error, result) => (error ? fail(error) : finish(result)),
  );
  instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
  return done;
}

/**
 * The route under `connections` concurrent connections for `duration` seconds. With several
 * apps (`baseUrls`), the connections are shared out among them as a load balancer would, and
 * the figures are those of all of them together.
 */
export async function runRoute({
  baseUrls,
  paths,
  cookie,
  connections,
  duration,
}: {
  baseUrls: string[];
  paths: string[];
  cookie: string | null;
  connections: number;
  duration: number;
}): Promise<RouteResult> {
  const times: number[] = [];
  const share = (i: number) => Math.floor(connections / baseUrls.length) + (i < connections % baseUrls.length ? 1 : 0);
  const targets = baseUrls.map((url, i) => ({ url, connections: share(i) })).filter((t) => t.connections > 0);
  const results = await Promise.all(targets.map((t) => drive(t.url, paths, cookie, t.connections, duration, times)));
  const sum = (pick: (r: autocannon.Result) => number) => results.reduce((total, r) => total + pick(r), 0);
  const requests = sum((r) => r.requests.total);
  return {
    requests,
    perSecond: requests / duration,
    latency: spread(times),
    errors: sum((r) => r.non2xx + r.errors),
    non2xx: sum((r) => r.non2xx),
    timeouts: sum((r) => r.timeouts),
  };
}

/** Every path answers 200 to this session (not a redirect to sign-in, not an error page) before it is measured. */
export async function checkPaths(baseUrl: string, paths: string[], cookie: string | null): Promise<void> {
  for (const path of paths.slice(0, 3)) {
    const response = await fetch(`${baseUrl}${path}`, { headers: cookie ? { cookie } : {}, redirect: "manual" });
    await response.arrayBuffer();
    if (response.status !== 200)
      throw new Error(
        `${path} answered ${response.status}${response.headers.get("location") ? ` (to ${response.headers.get("location")})` : ""}`,
      );
  }
}
