// The outcome per item in plain words, in both languages, and the party's last day to appeal.
import { partyAppealDeadline, plainOutcome } from "@/lib/parties/plain-outcome.ts";

describe("plainOutcome", () => {
  it.each([
    ["Physical therapy", "OVERTURNED", "en", "Physical therapy: approved"],
    ["Physical therapy", "UPHELD", "en", "Physical therapy: not approved"],
    ["Fisioterapia", "OVERTURNED", "es", "Fisioterapia: aprobado"],
    ["Fisioterapia", "UPHELD", "es", "Fisioterapia: no aprobado"],
    ["  MRI lumbar spine ", "UPHELD", "en", "MRI lumbar spine: not approved"],
  ] as const)("%s %s in %s: %s", (description, decision, lang, words) => {
    expect(plainOutcome({ description, decision }, lang)).toBe(words);
  });
});

describe("partyAppealDeadline", () => {
  const issued = new Date("2026-12-07T18:00:00Z"); // Monday
  it.each([
    ["mail", { serviceMethod: "MAIL", electronicServiceConsent: false, email: null }, "2027-01-11", true],
    [
      "e-mail with consent",
      { serviceMethod: "EMAIL", electronicServiceConsent: true, email: "e@x.test" },
      "2027-01-06",
      false,
    ],
    [
      "portal without consent: mail",
      { serviceMethod: "PORTAL", electronicServiceConsent: false, email: null },
      "2027-01-11",
      true,
    ],
    [
      "portal with consent",
      { serviceMethod: "PORTAL", electronicServiceConsent: true, email: null },
      "2027-01-06",
      false,
    ],
  ] as const)("%s: last day %s", (_label, party, lastDay, byMail) => {
    expect(partyAppealDeadline(issued, party)).toEqual({ lastDay, byMail });
  });
});
