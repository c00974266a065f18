import { parseEligibilitySettings } from "@/lib/intake/eligibility-settings.ts";

describe("eligibility settings from the Setting table", () => {
  it.each([
    ["no rows: the defaults", [], 30, 5],
    [
      "numbers",
      [
        { key: "eligibility.filingWindowDays", value: 35 },
        { key: "eligibility.mailExtensionDays", value: 0 },
      ],
      35,
      0,
    ],
    ["numbers as text", [{ key: "eligibility.filingWindowDays", value: "31" }], 31, 5],
    [
      "malformed values fall back",
      [
        { key: "eligibility.filingWindowDays", value: -4 },
        { key: "eligibility.mailExtensionDays", value: "five" },
      ],
      30,
      5,
    ],
    ["fractions fall back", [{ key: "eligibility.filingWindowDays", value: 30.5 }], 30, 5],
  ])("%s", (_label, rows, window, mail) => {
    const settings = parseEligibilitySettings(rows);
    expect([settings.filingWindowDays, settings.mailExtensionDays]).toEqual([window, mail]);
  });
});
