// Dates as a letter may write them, with the calendar values each could stand for, so that a
// date equal to a known date of birth is removed in ANY written form (IMR-DOMAIN 11) while
// every other date, such as a date of service or of injury, stays. Forms: 05/21/1978,
// 5-21-78, 21/05/1978, 21.05.1978, 1978-05-21, May 21, 1978, 21 May 1978, 21st of May 1978,
// May 21st 1978, 21-May-1978, and the bare digit runs 05211978, 21051978, 19780521, 052178.
// An ambiguous numeric date (05/06/1978) stands for both readings. Runs on folded text.

export type YMD = { y: number; m: number; d: number };
export type FoundDate = { start: number; end: number; text: string; values: YMD[]; bare: boolean };

const MONTH_NAMES = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH_WORD = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const ORD = String.raw`(?:st|nd|rd|th)?`;
const B = String.raw`(?<![\p{L}\p{N}])`;
const E = String.raw`(?![\p{L}\p{N}]|[/.-]\d)`;

const DATE = new RegExp(
  [
    // 1978-05-21, 1978/5/21
    String.raw`${B}(?<iy>\d{4})(?<is>[/.-])(?<im>\d{1,2})\k<is>(?<id>\d{1,2})${E}`,
    // 05/21/1978, 21.05.1978, 5-21-78
    String.raw`${B}(?<a>\d{1,2})(?<ns>[/.-])(?<b>\d{1,2})\k<ns>(?<ny>\d{4}|\d{2})${E}`,
    // May 21, 1978 / May 21st 1978 / May-21-1978
    String.raw`${B}(?<mm>${MONTH_WORD})[\s-]*(?<md>\d{1,2})${ORD},?[\s-]*(?<my>\d{4}|'\d{2})${E}`,
    // 21 May 1978 / 21st of May, 1978 / 21-May-78
    String.raw`${B}(?<dd>\d{1,2})${ORD}(?:\s+of)?[\s-]*(?<dm>${MONTH_WORD}),?[\s-]*(?<dy>\d{4}|'?\d{2})${E}`,
    // bare digit runs: 8 or 6 digits
    String.raw`${B}(?<bare>\d{8}|\d{6})(?![\p{L}\p{N}])`,
  ].join("|"),
  "giu",
);

const valid = ({ y, m, d }: YMD) => m >= 1 && m <= 12 && d >= 1 && d <= 31 && y >= 1000;
const year = (s: string): number[] => {
  const digits = s.replace(/'/g, "");
  if (digits.length === 4) return [Number(digits)];
  const two = Number(digits);
  return [1900 + two, 2000 + two];
};
const monthOf = (word: string): number => MONTH_NAMES.indexOf(word.toLowerCase().slice(0, 3)) + 1;

function bareValues(digits: string): YMD[] {
  const n = (from: number, len: number) => Number(digits.slice(from, from + len));
  const out: YMD[] = [];
  if (digits.length === 8) {
    out.push(
      { m: n(0, 2), d: n(2, 2), y: n(4, 4) },
      { d: n(0, 2), m: n(2, 2), y: n(4, 4) },
      { y: n(0, 4), m: n(4, 2), d: n(6, 2) },
    );
  } else {
    for (const y of year(digits.slice(4, 6))) out.push({ m: n(0, 2), d: n(2, 2), y }, { d: n(0, 2), m: n(2, 2), y });
    for (const y of year(digits.slice(0, 2))) out.push({ y, m: n(2, 2), d: n(4, 2) });
  }
  return out;
}

/** Every date-shaped text with the values it may stand for. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const match of text.matchAll(DATE)) {
    const g = match.groups ?? {};
    let values: YMD[] = [];
    if (g.iy) values = [{ y: Number(g.iy), m: Number(g.im), d: Number(g.id) }];
    else if (g.a) {
      for (const y of year(g.ny))
        values.push({ m: Number(g.a), d: Number(g.b), y }, { d: Number(g.a), m: Number(g.b), y });
    } else if (g.mm) {
      for (const y of year(g.my)) values.push({ m: monthOf(g.mm), d: Number(g.md), y });
    } else if (g.dm) {
      for (const y of year(g.dy)) values.push({ m: monthOf(g.dm), d: Number(g.dd), y });
    } else if (g.bare) values = bareValues(g.bare);
    values = values.filter(valid);
    if (values.length > 0)
      found.push({
        start: match.index,
        end: match.index + match[0].length,
        text: match[0],
        values,
        bare: Boolean(g.bare),
      });
  }
  return found;
}

export function parseIsoDate(iso: string): YMD | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso.trim());
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}

export const sameDay = (a: YMD, b: YMD): boolean => a.y === b.y && a.m === b.m && a.d === b.d;
