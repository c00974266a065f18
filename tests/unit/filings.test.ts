// The online application's pure rules: proof of work, per-address limits, the filing window
// as shown to the filer and the language from Accept-Language (file types by content:
// tests/unit/documents/file-content.test.ts).
import {
  issueChallenge,
  leadingZeroBits,
  powHash,
  solveChallenge,
  verifySolution,
} from "@/lib/filings/proof-of-work.ts";
import { limitVerdict } from "@/lib/filings/filing-limits.ts";
import { filingWindowView } from "@/lib/filings/filing-window-view.ts";
import { langFromAcceptLanguage } from "@/lib/i18n/filing-messages.ts";

const SECRET = "unit-secret";
const NOW = new Date("2026-12-07T18:00:00Z");

describe("proof of work", () => {
  const issued = issueChallenge(SECRET, NOW, 8);
  const counter = solveChallenge(issued.challenge, 8);
  // a counter past the solution that does not solve it (about one in 256 would, by chance)
  let wrong = Number(counter) + 1;
  while (leadingZeroBits(powHash(issued.challenge, String(wrong))) >= 8) wrong++;
  test.each([
    ["a solved challenge", { challenge: issued.challenge, counter }, NOW, 8, "ok"],
    ["another server's signature", { challenge: issueChallenge("other", NOW, 8).challenge, counter }, NOW, 8, "forged"],
    ["an altered body", { challenge: `x${issued.challenge}`, counter }, NOW, 8, "forged"],
    ["after it expired", { challenge: issued.challenge, counter }, new Date(issued.expiresAt + 1), 8, "expired"],
    ["fewer bits than asked now", { challenge: issued.challenge, counter }, NOW, 12, "weak"],
    ["a wrong counter", { challenge: issued.challenge, counter: String(wrong) }, NOW, 8, "unsolved"],
    ["no counter", { challenge: issued.challenge }, NOW, 8, "malformed"],
    ["a counter that is not a number", { challenge: issued.challenge, counter: "1e3" }, NOW, 8, "malformed"],
  ])("%s", (_name, solution, now, minimum, expected) => {
    const verdict = verifySolution(SECRET, solution as never, now as Date, minimum as number);
    if (expected === "ok") expect(verdict.ok).toBe(true);
    else expect(verdict).toEqual({ ok: false, reason: expected });
  });
  test.each([
    [[0xff], 0],
    [[0x00, 0x80], 8],
    [[0x00, 0x01], 15],
    [[0x0f], 4],
  ])("leading zero bits of %j: %i", (bytes, bits) => expect(leadingZeroBits(new Uint8Array(bytes))).toBe(bits));
});

describe("per-address limits", () => {
  const minutesAgo = (m: number) => new Date(NOW.getTime() - m * 60_000);
  test("allowed below the limit", () =>
    expect(limitVerdict("filing", [minutesAgo(5), minutesAgo(60)], NOW)).toEqual({ allowed: true }));
  test("refused at the limit, until the oldest counted attempt leaves the window", () => {
    const five = [1, 2, 3, 4, 5].map((h) => minutesAgo(h * 60));
    expect(limitVerdict("filing", five, NOW)).toEqual({
      allowed: false,
      retryAt: new Date(minutesAgo(300).getTime() + 24 * 3600_000),
    });
  });
  test("attempts outside the window do not count", () =>
    expect(
      limitVerdict(
        "draft",
        Array.from({ length: 30 }, () => minutesAgo(61)),
        NOW,
      ),
    ).toEqual({ allowed: true }));
});

describe("filing window shown to the filer (California dates)", () => {
  test.each([
    // served by mail on Nov 2: 30 + 5 days = Dec 7 (a Monday), today in California: in time, last day
    [
      "mailed",
      { urDecisionDate: "2026-11-02", urDecisionServedOn: "2026-11-02", urServiceMethod: "MAIL" },
      { dueDate: "2026-12-07", days: 35, late: false, daysLeft: 0, mailExtended: true },
    ],
    [
      "served electronically: no extension, late",
      { urDecisionDate: "2026-11-02", urServiceMethod: "ELECTRONIC" },
      { dueDate: "2026-12-02", days: 30, late: true, mailExtended: false, servedOnAssumed: true },
    ],
    [
      "method unknown: the mailed window",
      { urDecisionDate: "2026-11-20" },
      { dueDate: "2026-12-28", days: 35, late: false, mailExtended: true, extendedToBusinessDay: true },
    ],
  ])("%s", (_name, input, expected) => {
    expect(filingWindowView({ ...input, now: NOW })).toMatchObject({ known: true, ...expected });
  });
  test("no date yet: unknown", () =>
    expect(filingWindowView({ urDecisionDate: "", now: NOW })).toEqual({ known: false }));
  test("late after the California day ends, not the UTC one", () => {
    const input = { urDecisionDate: "2026-11-02", urServiceMethod: "MAIL" };
    expect(filingWindowView({ ...input, now: new Date("2026-12-08T07:30:00Z") })).toMatchObject({ late: false });
    expect(filingWindowView({ ...input, now: new Date("2026-12-08T08:30:00Z") })).toMatchObject({ late: true });
  });
});

test.each([
  ["es-MX,es;q=0.9,en;q=0.8", "es"],
  ["en-US,en;q=0.9,es;q=0.8", "en"],
  ["fr-FR,es;q=0.5", "es"],
  ["en;q=0.1,es;q=0.9", "es"],
  ["", "en"],
  [null, "en"],
])("Accept-Language %j -> %s", (header, lang) => expect(langFromAcceptLanguage(header)).toBe(lang));
