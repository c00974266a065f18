// Dates on the filing pages and e-mails in the filer's language, on the California calendar.
import type { Lang } from "../i18n/filing-messages.ts";

const LOCALE: Record<Lang, string> = { en: "en-US", es: "es-US" };

/** An instant's California date in words ("December 7, 2026" / "7 de diciembre de 2026"). */
export const californiaLongDateIn = (lang: Lang, instant: Date) =>
  new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: "long", timeZone: "America/Los_Angeles" }).format(instant);

/** A calendar date ("2026-12-07") in words. */
export const isoLongDateIn = (lang: Lang, iso: string) =>
  new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${iso}T00:00:00.000Z`),
  );

/** An instant's California time of day ("3:04 PM"). */
export const californiaTimeIn = (lang: Lang, instant: Date) =>
  new Intl.DateTimeFormat(LOCALE[lang], { timeStyle: "short", timeZone: "America/Los_Angeles" }).format(instant);
