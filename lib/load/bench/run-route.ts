// One route under load with autocannon: the given paths in turn on every connection, each
// response time recorded (autocannon's own summary has no 95th percentile), errors counted
// as non-2xx answers plus connection errors and timeouts.
import autocannon from "autocannon";
import { spread, type Spread } from "./percentiles.ts";

export type RouteResult = { requests: number; perSecond: number; latency: Spread; errors: number; non2xx: number; timeouts: number };

export async function runRoute({ baseUrl, paths, cookie, connections, duration }: {
  baseUrl: string; paths: string[]; cookie: string | null; connections: number; duration: number;
}): Promise<RouteResult> {
  const times: number[] = [];
  let finish: (result: autocannon.Result) => void = () => {};
  let fail: (error: unknown) => void = () => {};
  const done = new Promise<autocannon.Result>((resolve, reject) => { finish = resolve; fail = reject; });
  const instance = autocannon({
    url: baseUrl,
    connections,
    duration,
    timeout: 30,
    headers: cookie ? { cookie } : {},
    requests: paths.map((path) => ({ method: "GET" as const, path })),
  }, (error, result) => (error ? fail(error) : finish(result)));
  instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
  const result = await done;
  return {
    requests: result.requests.total,
    perSecond: result.requests.total / duration,
    latency: spread(times),
    errors: result.non2xx + result.errors,
    non2xx: result.non2xx,
    timeouts: result.timeouts,
  };
}

/** Every path answers 200 to this session (not a redirect to sign-in, not an error page) before it is measured. */
export async function checkPaths(baseUrl: string, paths: string[], cookie: string | null): Promise<void> {
  for (const path of paths.slice(0, 3)) {
    const response = await fetch(`${baseUrl}${path}`, { headers: cookie ? { cookie } : {}, redirect: "manual" });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}${response.headers.get("location") ? ` (to ${response.headers.get("location")})` : ""}`);
  }
}
