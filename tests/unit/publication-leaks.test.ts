// What a blocked publication keeps of the leak check's findings: the kind, the section and a
// masked sample, never the identifier in full; and the message administrators read.
import { findLeaks } from "@/lib/redaction/leak-check.ts";
import { emptyKnownIdentifiers } from "@/lib/redaction/known-identifiers.ts";
import { leakMessage, maskSample, parseStoredLeaks, storedLeaks } from "@/lib/publication/publication-leaks.ts";

describe("maskSample", () => {
  it.each([
    ["Smith", "S•••h"],
    ["García-López", "G•••••-••••z"],
    ["0042-7781-01", "0•••-••••-•1"],
    ["Dr. John Smith", "D•. •••• ••••h"],
    ["jane.doe@example.com", "j•••.•••@•••••••.••m"],
    ["Kim", "K••"],
    ["Jo\u200Bhn\u00A0Smith", "J••• ••••h"],
    ["(510) 555-0100", "(5••) •••-•••0"],
  ])("%j is shown as %j", (found, masked) => {
    expect(maskSample(found)).toBe(masked);
  });

  it("never shows a whole identifier of four characters or more, nor most of its letters", () => {
    const values = [
      "Okafor",
      "Acme Insurance Company",
      "WC-2019-004417",
      "1200 Harbor Blvd",
      "123-45-6789",
      "05/21/1978",
      "Long",
    ];
    for (const value of values) {
      const masked = maskSample(value);
      expect(masked).not.toContain(value);
      const shown = [...masked].filter((c) => /[\p{L}\p{N}]/u.test(c)).length;
      expect(shown).toBeLessThanOrEqual(2);
    }
  });

  it("is cut to a short sample", () => {
    expect([...maskSample("A".repeat(500))].length).toBe(40);
  });
});

describe("stored leaks and the message", () => {
  const known = {
    ...emptyKnownIdentifiers("CM24-0012345"),
    people: [{ name: "John Q. Smith, M.D." }],
    claimNumbers: ["0042-7781-01"],
  };
  const leaks = [
    ...findLeaks("Seen by Dr. Smith. Lab accession 90042778101.", known).map((l) => ({
      ...l,
      section: "clinicalSummary",
    })),
    ...findLeaks("Dr. Smith agreed.", known).map((l) => ({ ...l, section: "items.1.rationale" })),
    ...findLeaks("Dr. Smith agreed.", known).map((l) => ({ ...l, section: "items.1.rationale" })),
  ];

  it("keeps kind, section and a masked sample, once each", () => {
    const stored = storedLeaks(leaks);
    expect(stored).toEqual([
      { kind: "person", section: "clinicalSummary", sample: "D•. ••••h" },
      { kind: "claimNumber", section: "clinicalSummary", sample: "9•••••••••1" },
      { kind: "person", section: "items.1.rationale", sample: "D•. ••••h" },
    ]);
    expect(JSON.stringify(stored)).not.toMatch(/Smith|0042|7781/);
  });

  it("reads back only well-formed entries", () => {
    expect(
      parseStoredLeaks([
        { kind: "person", section: "letter", sample: "S•••h" },
        { kind: "nope", section: "x", sample: "y" },
        null,
        "x",
      ]),
    ).toEqual([{ kind: "person", section: "letter", sample: "S•••h" }]);
    expect(parseStoredLeaks({})).toEqual([]);
  });

  it("says what remains and where, in words", () => {
    const message = leakMessage(storedLeaks(leaks));
    expect(message).toContain("3 findings need a person");
    expect(message).toContain("a person's name (D•. ••••h) in the clinical case summary");
    expect(message).toContain("a claim number (9•••••••••1) in the clinical case summary");
    expect(message).toContain("item 1, decision rationale");
    expect(leakMessage([])).toBe("");
    expect(leakMessage(storedLeaks(leaks.slice(0, 1)))).toContain("One finding needs a person");
  });
});
