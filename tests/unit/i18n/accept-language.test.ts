// The language of the parties' pages: the party's choice first, then the browser's Accept-Language.
import { langFromAcceptLanguage } from "@/lib/i18n/accept-language.ts";

describe("langFromAcceptLanguage", () => {
  it.each([
    [undefined, null],
    ["", null],
    ["es", "es"],
    ["es-MX,es;q=0.9,en;q=0.8", "es"],
    ["en-US,en;q=0.9,es;q=0.8", "en"],
    ["fr-FR,fr;q=0.9,es;q=0.5,en;q=0.4", "es"],
    ["fr-FR,de;q=0.9", null],
    ["en;q=0.2, es;q=0.7", "es"],
    ["es;q=0, en", "en"],
    ["ES-us", "es"],
    ["es;q=abc, en;q=0.1", "en"],
    ["*", null],
    ["es;q=0.8, en;q=0.8", "es"],
  ])("%p: %p", (header, lang) => {
    expect(langFromAcceptLanguage(header)).toBe(lang);
  });
});
