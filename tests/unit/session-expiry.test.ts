// When the staff shell warns that the session is ending (lib/auth/session-expiry.ts): the
// phase at a moment, when it next changes, the session's end on the browser's own clock, and
// the later of two tabs' ends.
import { SESSION_WARNING_MS, expiryOnThisClock, laterExpiry, sessionPhase } from "@/lib/auth/session-expiry.ts";

const MIN = 60_000;
const END = Date.UTC(2026, 11, 7, 0, 35); // 4:35 PM in California

describe("the session's phase", () => {
  test.each<[string, number, ReturnType<typeof sessionPhase>]>([
    [
      "hours before the end: active, until the warning",
      END - 3 * 60 * MIN,
      { phase: "active", changesInMs: 3 * 60 * MIN - 5 * MIN },
    ],
    ["just before the warning", END - 5 * MIN - 1, { phase: "active", changesInMs: 1 }],
    ["the warning starts 5 minutes before", END - 5 * MIN, { phase: "warning", changesInMs: 5 * MIN }],
    ["a minute before the end", END - MIN, { phase: "warning", changesInMs: MIN }],
    ["the last millisecond", END - 1, { phase: "warning", changesInMs: 1 }],
    ["at the end: ended", END, { phase: "ended" }],
    ["after the end (the computer slept through it)", END + 60 * MIN, { phase: "ended" }],
  ])("%s", (_label, now, expected) => {
    expect(sessionPhase(END, now)).toEqual(expected);
  });

  test("the warning is given 5 minutes before by default", () => {
    expect(SESSION_WARNING_MS).toBe(5 * MIN);
  });

  test.each<[string, number, number, ReturnType<typeof sessionPhase>["phase"]]>([
    ["a longer warning", 10 * MIN, END - 8 * MIN, "warning"],
    ["no warning at all", 0, END - 1, "active"],
    ["a negative warning counts as none", -MIN, END - 1, "active"],
  ])("%s", (_label, warnMs, now, phase) => {
    expect(sessionPhase(END, now, warnMs).phase).toBe(phase);
  });

  test("an end that is no number is over", () => {
    expect(sessionPhase(Number.NaN, END)).toEqual({ phase: "ended" });
  });
});

describe("the session's end on this browser's clock", () => {
  const expires = new Date(END).toISOString();
  test.each<[string, unknown, string | null, number, number | null]>([
    ["clocks agree", expires, new Date(END - 8 * 60 * MIN).toUTCString(), END - 8 * 60 * MIN, END],
    [
      "the browser's clock 3 minutes fast",
      expires,
      new Date(END - 8 * 60 * MIN).toUTCString(),
      END - 8 * 60 * MIN + 3 * MIN,
      END + 3 * MIN,
    ],
    [
      "the browser's clock 10 minutes slow",
      expires,
      new Date(END - 8 * 60 * MIN).toUTCString(),
      END - 8 * 60 * MIN - 10 * MIN,
      END - 10 * MIN,
    ],
    ["no Date header: the server's end as it is", expires, null, 0, END],
    ["an unreadable Date header: the same", expires, "yesterday-ish", 0, END],
    ["no expires (a signed-out answer)", undefined, null, 0, null],
    ["an expires that is no date", "soon", null, 0, null],
    ["an expires that is not text", 12345, null, 0, null],
  ])("%s", (_label, value, date, receivedAt, expected) => {
    expect(expiryOnThisClock(value, date, receivedAt)).toBe(expected);
  });
});

describe("two tabs' ends: the later one stands (one cookie)", () => {
  test.each<[string, number | null, number | null, number | null]>([
    ["another tab renewed it", END, END + 60 * MIN, END + 60 * MIN],
    ["another tab knows an older end", END + 60 * MIN, END, END + 60 * MIN],
    ["this tab knows none yet", null, END, END],
    ["nothing reported", END, null, END],
    ["neither", null, null, null],
    ["a reported end that is no number", END, Number.NaN, END],
  ])("%s", (_label, known, reported, expected) => {
    expect(laterExpiry(known, reported)).toBe(expected);
  });
});
