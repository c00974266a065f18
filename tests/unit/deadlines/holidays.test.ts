// California state holidays: one row per rule for several years, the observed-day rules
// (Sunday to Monday; Saturday not moved except Veterans Day to Friday), and the settings.
import {
  DEFAULT_HOLIDAY_RULE_IDS,
  HOLIDAY_RULES,
  holidaysInYear,
  isHoliday,
  ruleDates,
} from "@/lib/deadlines/holidays.ts";

const rule = (id: string) => {
  const found = HOLIDAY_RULES.find((r) => r.id === id);
  if (!found) throw new Error(`no rule ${id}`);
  return found;
};
const datesOf = (id: string, year: number) =>
  ruleDates(rule(id), year).map((h) => `${h.date}${h.observed ? " observed" : ""}`);

describe("each holiday rule, 2026-2028", () => {
  const rows: [string, string[], string[], string[]][] = [
    ["NEW_YEARS_DAY", ["2026-01-01"], ["2027-01-01"], ["2028-01-01"]],
    ["MLK_DAY", ["2026-01-19"], ["2027-01-18"], ["2028-01-17"]],
    ["LINCOLN_DAY", ["2026-02-12"], ["2027-02-12"], ["2028-02-12"]],
    ["PRESIDENTS_DAY", ["2026-02-16"], ["2027-02-15"], ["2028-02-21"]],
    ["CESAR_CHAVEZ_DAY", ["2026-03-31"], ["2027-03-31"], ["2028-03-31"]],
    ["MEMORIAL_DAY", ["2026-05-25"], ["2027-05-31"], ["2028-05-29"]],
    ["JUNETEENTH", ["2026-06-19"], ["2027-06-19"], ["2028-06-19"]],
    ["INDEPENDENCE_DAY", ["2026-07-04"], ["2027-07-04", "2027-07-05 observed"], ["2028-07-04"]],
    ["LABOR_DAY", ["2026-09-07"], ["2027-09-06"], ["2028-09-04"]],
    ["ADMISSION_DAY", ["2026-09-09"], ["2027-09-09"], ["2028-09-09"]],
    ["NATIVE_AMERICAN_DAY", ["2026-09-25"], ["2027-09-24"], ["2028-09-22"]],
    ["COLUMBUS_DAY", ["2026-10-12"], ["2027-10-11"], ["2028-10-09"]],
    ["VETERANS_DAY", ["2026-11-11"], ["2027-11-11"], ["2028-11-11", "2028-11-10 observed"]],
    ["THANKSGIVING", ["2026-11-26"], ["2027-11-25"], ["2028-11-23"]],
    ["DAY_AFTER_THANKSGIVING", ["2026-11-27"], ["2027-11-26"], ["2028-11-24"]],
    ["CHRISTMAS_DAY", ["2026-12-25"], ["2027-12-25"], ["2028-12-25"]],
  ];

  it("covers every rule in the table", () => {
    expect(rows.map(([id]) => id).sort()).toEqual(HOLIDAY_RULES.map((r) => r.id).sort());
  });

  it.each(rows)("%s: 2026 %j, 2027 %j, 2028 %j", (id, y2026, y2027, y2028) => {
    expect(datesOf(id, 2026)).toEqual(y2026);
    expect(datesOf(id, 2027)).toEqual(y2027);
    expect(datesOf(id, 2028)).toEqual(y2028);
  });
});

describe("observed days (Gov. Code 6701; CalHR)", () => {
  it.each([
    ["NEW_YEARS_DAY", 2023, "Sunday", ["2023-01-01", "2023-01-02 observed"]],
    ["CESAR_CHAVEZ_DAY", 2024, "Sunday", ["2024-03-31", "2024-04-01 observed"]],
    ["INDEPENDENCE_DAY", 2027, "Sunday", ["2027-07-04", "2027-07-05 observed"]],
    ["VETERANS_DAY", 2029, "Sunday", ["2029-11-11", "2029-11-12 observed"]],
    ["CHRISTMAS_DAY", 2022, "Sunday", ["2022-12-25", "2022-12-26 observed"]],
    ["CHRISTMAS_DAY", 2033, "Sunday", ["2033-12-25", "2033-12-26 observed"]],
    ["NEW_YEARS_DAY", 2028, "Saturday, not moved", ["2028-01-01"]],
    ["CESAR_CHAVEZ_DAY", 2029, "Saturday, not moved", ["2029-03-31"]],
    ["INDEPENDENCE_DAY", 2026, "Saturday, not moved", ["2026-07-04"]],
    ["CHRISTMAS_DAY", 2027, "Saturday, not moved", ["2027-12-25"]],
    ["VETERANS_DAY", 2023, "Saturday, the Friday before", ["2023-11-11", "2023-11-10 observed"]],
    ["VETERANS_DAY", 2028, "Saturday, the Friday before", ["2028-11-11", "2028-11-10 observed"]],
  ])("%s %i on a %s: %j", (id, year, _when, expected) => {
    expect(datesOf(id as string, year as number)).toEqual(expected);
  });
});

describe("holidaysInYear", () => {
  it.each([
    [
      2026,
      [
        "2026-01-01",
        "2026-01-19",
        "2026-02-16",
        "2026-03-31",
        "2026-05-25",
        "2026-07-04",
        "2026-09-07",
        "2026-11-11",
        "2026-11-26",
        "2026-11-27",
        "2026-12-25",
      ],
    ],
    [
      2027,
      [
        "2027-01-01",
        "2027-01-18",
        "2027-02-15",
        "2027-03-31",
        "2027-05-31",
        "2027-07-04",
        "2027-07-05",
        "2027-09-06",
        "2027-11-11",
        "2027-11-25",
        "2027-11-26",
        "2027-12-25",
      ],
    ],
    [
      2028,
      [
        "2028-01-01",
        "2028-01-17",
        "2028-02-21",
        "2028-03-31",
        "2028-05-29",
        "2028-07-04",
        "2028-09-04",
        "2028-11-10",
        "2028-11-11",
        "2028-11-23",
        "2028-11-24",
        "2028-12-25",
      ],
    ],
  ])("%i: the state office holidays, sorted", (year, dates) => {
    expect(holidaysInYear(year).map((h) => h.date)).toEqual(dates);
  });

  it("defaults to the rules that close state offices", () => {
    expect(DEFAULT_HOLIDAY_RULE_IDS).toEqual(HOLIDAY_RULES.filter((r) => r.stateOfficesClosed).map((r) => r.id));
    expect(DEFAULT_HOLIDAY_RULE_IDS).toHaveLength(11);
    expect(DEFAULT_HOLIDAY_RULE_IDS).not.toContain("NATIVE_AMERICAN_DAY");
    expect(DEFAULT_HOLIDAY_RULE_IDS).not.toContain("JUNETEENTH");
  });

  it("accepts enabled rules, extra dates and removed dates", () => {
    const settings = {
      ruleIds: [...DEFAULT_HOLIDAY_RULE_IDS, "NATIVE_AMERICAN_DAY"],
      extraDates: ["2026-12-24", "2027-01-02"],
      removedDates: ["2026-11-27"],
    };
    const list = holidaysInYear(2026, settings);
    expect(list.map((h) => h.date)).toEqual([
      "2026-01-01",
      "2026-01-19",
      "2026-02-16",
      "2026-03-31",
      "2026-05-25",
      "2026-07-04",
      "2026-09-07",
      "2026-09-25",
      "2026-11-11",
      "2026-11-26",
      "2026-12-24",
      "2026-12-25",
    ]);
    expect(list.find((h) => h.date === "2026-12-24")).toEqual({
      date: "2026-12-24",
      name: "Additional holiday",
      ruleId: "EXTRA",
      observed: false,
    });
    expect(isHoliday("2027-01-02", settings)).toBe(true);
    expect(isHoliday("2026-11-27", settings)).toBe(false);
    expect(isHoliday("2026-11-27")).toBe(true);
  });
});

describe("isHoliday", () => {
  it.each([
    ["2027-07-05", true, "Independence Day observed (Sunday holiday)"],
    ["2026-07-03", false, "Friday before a Saturday Independence Day"],
    ["2027-12-24", false, "Friday before a Saturday Christmas"],
    ["2028-11-10", true, "Friday before a Saturday Veterans Day"],
    ["2026-09-25", false, "Native American Day (state offices open)"],
    ["2026-06-19", false, "Juneteenth (state offices open)"],
    ["2026-02-12", false, "Lincoln Day (state offices open)"],
    ["2026-11-27", true, "day after Thanksgiving"],
    ["2026-06-10", false, "an ordinary Wednesday"],
  ])("%s -> %s (%s)", (date, expected) => {
    expect(isHoliday(date)).toBe(expected);
  });
});
