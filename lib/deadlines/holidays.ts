// California state holidays, as rules computed for any year.
//
// Default set: the days California state offices close, as CalHR lists them. Labor Code
// 4600.4(b) defines a workers' compensation business day by that list (no Saturday, Sunday,
// CalHR-listed holiday or day the Governor declares a state holiday). They are New Year's Day,
// Martin Luther King Jr. Day, Presidents' Day, Cesar Chavez Day, Memorial Day, Independence
// Day, Labor Day, Veterans Day, Thanksgiving, the day after Thanksgiving and Christmas.
// Other days Gov. Code 6700 names (Lincoln Day, Juneteenth, Admission Day, Native American
// Day, Columbus Day) are in the table with `stateOfficesClosed: false`: state offices stay
// open, so they count only if an administrator enables them. Days without a rule here (a
// Governor's proclamation, Lunar New Year, April 24) are added as extra dates.
//
// Observed days (Gov. Code 6701; CalHR): a fixed-date holiday on a Sunday is observed the
// following Monday. On a Saturday it is not moved (state employees receive holiday credit),
// except Veterans Day, observed the preceding Friday. Either way the actual date stays listed.
import { addDays, formatIsoDate, weekdayOf, type IsoDate } from "./iso-date.ts";

export type FixedDateRule = { kind: "FIXED"; month: number; day: number; saturdayToFriday?: boolean };
/** nth weekday of a month (nth -1 = the last); offsetDays moves from it (day after Thanksgiving). */
export type WeekdayRule = {
  kind: "NTH_WEEKDAY";
  month: number;
  weekday: number;
  nth: 1 | 2 | 3 | 4 | -1;
  offsetDays?: number;
};

export type HolidayRule = {
  id: string;
  name: string;
  source: string;
  stateOfficesClosed: boolean;
  date: FixedDateRule | WeekdayRule;
};

const MON = 1,
  THU = 4,
  FRI = 5;
const fixed = (month: number, day: number, saturdayToFriday = false): FixedDateRule => ({
  kind: "FIXED",
  month,
  day,
  saturdayToFriday,
});
const nth = (month: number, weekday: number, n: WeekdayRule["nth"], offsetDays = 0): WeekdayRule => ({
  kind: "NTH_WEEKDAY",
  month,
  weekday,
  nth: n,
  offsetDays,
});

export const HOLIDAY_RULES: readonly HolidayRule[] = [
  {
    id: "NEW_YEARS_DAY",
    name: "New Year's Day",
    source: "Gov. Code 6700(a)(2), 6701",
    stateOfficesClosed: true,
    date: fixed(1, 1),
  },
  {
    id: "MLK_DAY",
    name: "Martin Luther King Jr. Day",
    source: "Gov. Code 6700(a)(3)",
    stateOfficesClosed: true,
    date: nth(1, MON, 3),
  },
  {
    id: "LINCOLN_DAY",
    name: "Lincoln Day",
    source: "Gov. Code 6700, 6701 (no state office closure)",
    stateOfficesClosed: false,
    date: fixed(2, 12),
  },
  {
    id: "PRESIDENTS_DAY",
    name: "Presidents' Day",
    source: "Gov. Code 6700 (third Monday in February)",
    stateOfficesClosed: true,
    date: nth(2, MON, 3),
  },
  {
    id: "CESAR_CHAVEZ_DAY",
    name: "Cesar Chavez Day",
    source: "Gov. Code 6700, 6701",
    stateOfficesClosed: true,
    date: fixed(3, 31),
  },
  {
    id: "MEMORIAL_DAY",
    name: "Memorial Day",
    source: "Gov. Code 6700 (last Monday in May)",
    stateOfficesClosed: true,
    date: nth(5, MON, -1),
  },
  {
    id: "JUNETEENTH",
    name: "Juneteenth",
    source: "Gov. Code 6700 (no state office closure)",
    stateOfficesClosed: false,
    date: fixed(6, 19),
  },
  {
    id: "INDEPENDENCE_DAY",
    name: "Independence Day",
    source: "Gov. Code 6700, 6701",
    stateOfficesClosed: true,
    date: fixed(7, 4),
  },
  {
    id: "LABOR_DAY",
    name: "Labor Day",
    source: "Gov. Code 6700 (first Monday in September)",
    stateOfficesClosed: true,
    date: nth(9, MON, 1),
  },
  {
    id: "ADMISSION_DAY",
    name: "Admission Day",
    source: "Gov. Code 6700, 6701 (no state office closure)",
    stateOfficesClosed: false,
    date: fixed(9, 9),
  },
  {
    id: "NATIVE_AMERICAN_DAY",
    name: "Native American Day",
    source: "Gov. Code 6700 (no state office closure)",
    stateOfficesClosed: false,
    date: nth(9, FRI, 4),
  },
  {
    id: "COLUMBUS_DAY",
    name: "Columbus Day",
    source: "Gov. Code 6700 (no state office closure)",
    stateOfficesClosed: false,
    date: nth(10, MON, 2),
  },
  {
    id: "VETERANS_DAY",
    name: "Veterans Day",
    source: "Gov. Code 6700, 6701",
    stateOfficesClosed: true,
    date: fixed(11, 11, true),
  },
  {
    id: "THANKSGIVING",
    name: "Thanksgiving Day",
    source: "Gov. Code 6700 (day appointed as Thanksgiving)",
    stateOfficesClosed: true,
    date: nth(11, THU, 4),
  },
  {
    id: "DAY_AFTER_THANKSGIVING",
    name: "Day after Thanksgiving",
    source: "Gov. Code 19853 (state employees); CalHR list",
    stateOfficesClosed: true,
    date: nth(11, THU, 4, 1),
  },
  {
    id: "CHRISTMAS_DAY",
    name: "Christmas Day",
    source: "Gov. Code 6700, 6701",
    stateOfficesClosed: true,
    date: fixed(12, 25),
  },
];

export const DEFAULT_HOLIDAY_RULE_IDS: readonly string[] = HOLIDAY_RULES.filter((r) => r.stateOfficesClosed).map(
  (r) => r.id,
);

/** The administrator's holiday setting: which rules count, plus single dates added or removed. */
export type HolidaySettings = {
  ruleIds?: readonly string[];
  extraDates?: readonly IsoDate[];
  removedDates?: readonly IsoDate[];
};
export const DEFAULT_HOLIDAY_SETTINGS: HolidaySettings = Object.freeze({});

export type Holiday = { date: IsoDate; name: string; ruleId: string; observed: boolean };

function nthWeekday(year: number, rule: WeekdayRule): IsoDate {
  if (rule.nth === -1) {
    const nextMonth = rule.month === 12 ? formatIsoDate(year + 1, 1, 1) : formatIsoDate(year, rule.month + 1, 1);
    const lastOfMonth = addDays(nextMonth, -1);
    return addDays(lastOfMonth, -((weekdayOf(lastOfMonth) - rule.weekday + 7) % 7) + (rule.offsetDays ?? 0));
  }
  const first = formatIsoDate(year, rule.month, 1);
  const firstMatch = addDays(first, (rule.weekday - weekdayOf(first) + 7) % 7);
  return addDays(firstMatch, (rule.nth - 1) * 7 + (rule.offsetDays ?? 0));
}

/** The holiday dates one rule gives in a year: the date itself and, if moved, the observed day. */
export function ruleDates(rule: HolidayRule, year: number): Holiday[] {
  const base = { name: rule.name, ruleId: rule.id };
  if (rule.date.kind === "NTH_WEEKDAY") return [{ ...base, date: nthWeekday(year, rule.date), observed: false }];
  const date = formatIsoDate(year, rule.date.month, rule.date.day);
  const out: Holiday[] = [{ ...base, date, observed: false }];
  const weekday = weekdayOf(date);
  if (weekday === 0) out.push({ ...base, date: addDays(date, 1), observed: true });
  if (weekday === 6 && rule.date.saturdayToFriday) out.push({ ...base, date: addDays(date, -1), observed: true });
  return out;
}

/** Every holiday in a year under the settings, sorted by date. */
export function holidaysInYear(year: number, settings: HolidaySettings = DEFAULT_HOLIDAY_SETTINGS): Holiday[] {
  const ids = new Set(settings.ruleIds ?? DEFAULT_HOLIDAY_RULE_IDS);
  const removed = new Set(settings.removedDates ?? []);
  const fromRules = HOLIDAY_RULES.filter((rule) => ids.has(rule.id)).flatMap((rule) => ruleDates(rule, year));
  const extra = (settings.extraDates ?? [])
    .filter((date) => date.startsWith(`${year}-`))
    .map((date): Holiday => ({ date, name: "Additional holiday", ruleId: "EXTRA", observed: false }));
  return [...fromRules, ...extra].filter((h) => !removed.has(h.date)).sort((a, b) => a.date.localeCompare(b.date));
}

const cache = new WeakMap<HolidaySettings, Map<number, Set<IsoDate>>>();

/** Whether a calendar date is a holiday under the settings (memoized per settings object and year). */
export function isHoliday(date: IsoDate, settings: HolidaySettings = DEFAULT_HOLIDAY_SETTINGS): boolean {
  let byYear = cache.get(settings);
  if (!byYear) cache.set(settings, (byYear = new Map()));
  const year = Number(date.slice(0, 4));
  let dates = byYear.get(year);
  // neighbouring years too, for an observed day moved across New Year
  if (!dates)
    byYear.set(
      year,
      (dates = new Set([year - 1, year, year + 1].flatMap((y) => holidaysInYear(y, settings).map((h) => h.date)))),
    );
  return dates.has(date);
}
