// The load generator's calendar: the window [now - N years, now) cut at month boundaries
// (so each batch falls in one case-number year, CMyy-nnnnnnn), with each piece's share of
// the volume in proportion to its length. Rounded cumulatively so that the pieces add up
// to exactly perYear x years. Pure.

export type MonthBatch = { start: Date; end: Date; year: number; label: string; cases: number };

const YEAR_MS = 365.2425 * 86_400_000;

function yearsBefore(now: Date, years: number): Date {
  const start = new Date(now);
  start.setUTCFullYear(start.getUTCFullYear() - years);
  return start;
}

function nextMonthStart(at: Date): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 1));
}

export function monthPlan({ years, perYear, now }: { years: number; perYear: number; now: Date }): MonthBatch[] {
  if (!(years > 0) || !(perYear > 0)) return [];
  const first = yearsBefore(now, Math.floor(years));
  const start = years % 1 === 0 ? first : new Date(first.getTime() - (years % 1) * YEAR_MS);
  const total = Math.round(perYear * years);
  const span = now.getTime() - start.getTime();
  const pieces: { start: Date; end: Date }[] = [];
  for (let at = start; at < now;) {
    const end = new Date(Math.min(nextMonthStart(at).getTime(), now.getTime()));
    pieces.push({ start: at, end });
    at = end;
  }
  let assigned = 0;
  let elapsed = 0;
  return pieces.map((piece) => {
    elapsed += piece.end.getTime() - piece.start.getTime();
    const upTo = Math.round((total * elapsed) / span);
    const cases = upTo - assigned;
    assigned = upTo;
    const year = piece.start.getUTCFullYear();
    const label = `${year}-${String(piece.start.getUTCMonth() + 1).padStart(2, "0")}`;
    return { ...piece, year, label, cases };
  });
}
