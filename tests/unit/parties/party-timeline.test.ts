import { partyTimeline } from "@/lib/parties/party-timeline.ts";
import { PARTY_MESSAGES, parseLang } from "@/lib/i18n/party-messages.ts";

const d = (iso: string) => new Date(iso);
const none = {
  eligibilityDecidedAt: null,
  eligibilityOutcome: null,
  recordsCompleteAt: null,
  firstOfferAt: null,
  acceptedAt: null,
  decidedAt: null,
};

describe("partyTimeline", () => {
  it.each([
    ["just received", { ...none }, ["received"]],
    [
      "eligible, waiting for records",
      { ...none, eligibilityDecidedAt: d("2026-11-02"), eligibilityOutcome: "ELIGIBLE" },
      ["received", "eligibility"],
    ],
    [
      "offered but not accepted",
      {
        ...none,
        eligibilityDecidedAt: d("2026-11-02"),
        eligibilityOutcome: "ELIGIBLE",
        recordsCompleteAt: d("2026-11-10"),
        firstOfferAt: d("2026-11-11"),
      },
      ["received", "eligibility", "records", "assigned"],
    ],
    [
      "decided",
      {
        eligibilityDecidedAt: d("2026-11-02"),
        eligibilityOutcome: "ELIGIBLE",
        recordsCompleteAt: d("2026-11-10"),
        firstOfferAt: d("2026-11-11"),
        acceptedAt: d("2026-11-11"),
        decidedAt: d("2026-11-16"),
      },
      ["received", "eligibility", "records", "assigned", "review", "decided"],
    ],
  ])("%s", (_label, facts, done) => {
    const steps = partyTimeline({ receivedAt: d("2026-11-01"), ...facts });
    expect(steps.map((s) => s.key)).toEqual(["received", "eligibility", "records", "assigned", "review", "decided"]);
    expect(steps.filter((s) => s.at).map((s) => s.key)).toEqual(done);
  });

  it("names the eligibility outcome", () => {
    const steps = partyTimeline({
      receivedAt: d("2026-11-01"),
      ...none,
      eligibilityDecidedAt: d("2026-11-02"),
      eligibilityOutcome: "NEEDS_INFORMATION",
    });
    expect(steps[1].note).toBe("needs_information");
  });
});

describe("party pages in English and Spanish", () => {
  it("have the same messages in both languages, none empty", () => {
    const flat = (o: object): string[] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === "object" ? flat(v).map((x) => `${k}.${x}`) : [k]));
    expect(flat(PARTY_MESSAGES.es).sort()).toEqual(flat(PARTY_MESSAGES.en).sort());
    expect(PARTY_MESSAGES.es.download).not.toBe(PARTY_MESSAGES.en.download);
    expect(PARTY_MESSAGES.es.caseTitle("CM26-0000001")).toBe("Caso CM26-0000001");
  });

  it.each([
    ["es", "es"],
    ["en", "en"],
    [undefined, "en"],
    ["fr", "en"],
  ])("cookie %s reads as %s", (value, lang) => {
    expect(parseLang(value)).toBe(lang);
  });
});
