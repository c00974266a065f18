// The sign-in delay schedule (lib/auth/sign-in-throttle.ts) as a pure function of the
// failures in the window and the time now, and what the browser is told about a wait.
import {
  ACCOUNT_RULE,
  ADDRESS_RULE,
  delayAfter,
  delayedMessage,
  delayedSignal,
  nextAttemptAt,
  parseDelayedSignal,
  throttleVerdict,
  waitWords,
} from "@/lib/auth/sign-in-throttle.ts";

const NOW = new Date("2026-12-07T18:00:00.000Z");
/** Failures at these many seconds before NOW (negative: after it). */
const ago = (...seconds: number[]) => seconds.map((s) => new Date(NOW.getTime() - s * 1000));
/** n failures one second apart, the last `lastAgo` seconds before NOW. */
const burst = (n: number, lastAgo = 0) => ago(...Array.from({ length: n }, (_, i) => lastAgo + i));
const HOUR = 3600;

describe("delayAfter: free failures, then doubling to the cap", () => {
  it.each([
    [0, 0],
    [1, 0],
    [2, 0],
    [3, 0],
    [4, 1],
    [5, 2],
    [6, 4],
    [7, 8],
    [10, 64],
    [13, 512],
    [14, 900],
    [15, 900],
    [100, 900],
    [1_000_000, 900],
  ])("account rule: %i failures -> %i s", (failures, seconds) => {
    expect(delayAfter(failures, ACCOUNT_RULE)).toBe(seconds);
  });

  it.each([
    [10, 0],
    [11, 1],
    [12, 2],
    [20, 512],
    [21, 900],
  ])("address rule: %i failures -> %i s", (failures, seconds) => {
    expect(delayAfter(failures, ADDRESS_RULE)).toBe(seconds);
  });
});

describe("nextAttemptAt: counted from the last failure in the window", () => {
  it.each<[string, Date[], number | null]>([
    ["no failure", [], null],
    ["three failures just now (free)", burst(3), null],
    ["the fourth failure just now", burst(4), 1],
    ["the fourth, half a second ago", ago(0.5, 1, 2, 3), 0.5],
    ["the fourth, exactly its wait ago", burst(4, 1), null],
    ["ten failures, the last 30 s ago (64 s wait)", burst(10, 30), 34],
    ["twenty failures just now (the cap)", burst(20), 900],
    ["twenty failures, the last 15 minutes ago: never longer than the cap", burst(20, 900), null],
    ["failures older than the window are forgotten", [...burst(10, 7 * HOUR), ...burst(1)], null],
    ["only those inside count", [...burst(3, 7 * HOUR), ...burst(4)], 1],
    ["a failure exactly at the window's start is out", [...ago(6 * HOUR), ...burst(3)], null],
    ["order does not matter", ago(3, 0, 2, 1), 1],
  ])("%s", (_label, failures, seconds) => {
    const at = nextAttemptAt(failures, NOW, ACCOUNT_RULE);
    expect(at === null ? null : (at.getTime() - NOW.getTime()) / 1000).toBe(seconds);
  });

  it("never asks for more than the cap after the last failure, whatever came before", () => {
    for (let n = 0; n < 200; n += 7) {
      const failures = burst(n, 0);
      const at = nextAttemptAt(failures, NOW, ACCOUNT_RULE);
      expect(at === null || at.getTime() - NOW.getTime() <= ACCOUNT_RULE.maxDelaySeconds * 1000).toBe(true);
    }
  });

  it("keeps a guesser who tries whenever allowed to about a hundred checked attempts a day per account", () => {
    const failures: Date[] = [];
    let t = NOW.getTime();
    const end = t + 7 * 24 * HOUR * 1000;
    while (t < end) {
      const at = nextAttemptAt(failures, new Date(t), ACCOUNT_RULE);
      if (at) {
        t = at.getTime();
        continue;
      }
      failures.push(new Date(t));
      t += 1;
    }
    const perDay = failures.length / 7;
    expect(perDay).toBeGreaterThan(90);
    expect(perDay).toBeLessThan(110);
  });
});

describe("throttleVerdict: the longer of the account's and the address's waits", () => {
  it.each<[string, Date[], Date[] | null, { seconds: number; by: "account" | "address" } | null]>([
    ["nothing", [], [], null],
    ["account waiting, address unknown", burst(5), null, { seconds: 2, by: "account" }],
    ["account free, address under its limit", burst(3), burst(10), null],
    ["account free, address over its limit", burst(2), burst(12), { seconds: 2, by: "address" }],
    ["both waiting: the longer wins", burst(6), burst(12), { seconds: 4, by: "account" }],
    ["both waiting: the address's is longer", burst(4), burst(15), { seconds: 16, by: "address" }],
    ["an unknown address never has a rule of its own", burst(3), null, null],
  ])("%s", (_label, account, address, expected) => {
    const verdict = throttleVerdict({ account, address }, NOW);
    if (expected === null) return expect(verdict).toEqual({ waiting: false });
    expect(verdict).toMatchObject({ waiting: true, retryAfterSeconds: expected.seconds, by: expected.by, since: NOW });
  });

  it("rounds the seconds left up, and never says 0", () => {
    expect(throttleVerdict({ account: ago(0.2, 1, 2, 3), address: null }, NOW)).toMatchObject({ retryAfterSeconds: 1 });
    expect(throttleVerdict({ account: burst(10, 30.5), address: null }, NOW)).toMatchObject({ retryAfterSeconds: 34 });
  });
});

describe("what the browser is told", () => {
  it.each([
    [1, "1 second"],
    [45, "45 seconds"],
    [59.2, "1 minute"],
    [60, "1 minute"],
    [61, "2 minutes"],
    [900, "15 minutes"],
  ])("%d s: %s", (seconds, words) => {
    expect(waitWords(seconds)).toBe(words);
  });

  it("the message names the wait and the owner's link", () => {
    expect(delayedMessage(120)).toBe(
      "Too many attempts; try again in 2 minutes or use the link we e-mailed to the account's owner.",
    );
  });

  it.each<[string | null | undefined, number | null]>([
    [delayedSignal(61.2), 62],
    [delayedSignal(0), 1],
    ["SignInDelayed:900", 900],
    ["CredentialsSignin", null],
    ["SecondFactorRequired", null],
    ["SignInDelayed:abc", null],
    ["SignInDelayed:1 or more", null],
    [null, null],
    [undefined, null],
  ])("parses %p as %p", (error, seconds) => {
    expect(parseDelayedSignal(error)).toBe(seconds);
  });
});
