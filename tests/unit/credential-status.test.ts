// What a credential is worth on a given day, as the reviewer screens show it, and the
// shape of an administrator-issued first password.
import { generateInitialPassword } from "@/lib/auth/initial-password.ts";
import { credentialState, credentialSummary, daysUntil, windowEnd } from "@/lib/reviewers/credential-status.ts";

const now = new Date("2026-11-27T21:30:00Z");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const verified = new Date("2026-01-05T17:00:00Z");

describe("credentialState", () => {
  it.each([
    ["expired yesterday, verified", "2026-11-26", verified, "expired"],
    ["expires today, verified", "2026-11-27", verified, "expiring"],
    ["expires in 90 days, verified", "2027-02-25", verified, "expiring"],
    ["expires in 91 days, verified", "2027-02-26", verified, "verified"],
    ["current, unverified", "2030-01-01", null, "unverified"],
    ["expired and unverified", "2025-01-01", null, "expired"],
  ] as const)("%s -> %s", (_label, expires, verifiedAt, state) => {
    expect(credentialState({ expiresOn: day(expires), verifiedAt }, now)).toBe(state);
  });

  it("counts days by calendar date, whatever the time of day", () => {
    expect(daysUntil(day("2026-11-28"), now)).toBe(1);
    expect(daysUntil(day("2026-11-27"), now)).toBe(0);
    expect(daysUntil(day("2026-11-20"), now)).toBe(-7);
    expect(windowEnd(30, now)).toEqual(day("2026-12-28"));
  });

  it("summarizes a reviewer's credentials by state", () => {
    const summary = credentialSummary(
      [
        { expiresOn: day("2030-01-01"), verifiedAt: verified },
        { expiresOn: day("2030-01-01"), verifiedAt: null },
        { expiresOn: day("2026-12-01"), verifiedAt: verified },
        { expiresOn: day("2026-10-31"), verifiedAt: verified },
      ],
      now,
    );
    expect(summary).toEqual({ verified: 1, unverified: 1, expiring: 1, expired: 1 });
  });
});

describe("generateInitialPassword", () => {
  it("is 20 characters without look-alikes, in groups of five, and different each time", () => {
    const passwords = Array.from({ length: 50 }, generateInitialPassword);
    for (const p of passwords)
      expect(p).toMatch(/^[a-hj-km-np-zA-HJ-KM-NP-Z2-9]{5}(-[a-hj-km-np-zA-HJ-KM-NP-Z2-9]{5}){3}$/);
    expect(new Set(passwords).size).toBe(50);
  });
});
