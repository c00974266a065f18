// The words around a letter's web version on the parties' pages, in the party's language
// (lib/i18n/party-messages.ts); the letter itself stays in English.
import type { Lang } from "@/lib/i18n/party-messages.ts";

export const PARTY_LETTER_WORDS: Record<Lang, { readAsWebPage: string; backToCase: string; notFoundTitle: string; notFoundText: string; webVersion: string }> = {
  en: {
    readAsWebPage: "Read as web page",
    backToCase: "Back to your case",
    notFoundTitle: "Letter not found",
    notFoundText: "There is no such letter for your case, or it has no web version. The PDF of each letter stays available on your case page.",
    webVersion: "web version",
  },
  es: {
    readAsWebPage: "Leer como página web",
    backToCase: "Volver a su caso",
    notFoundTitle: "Carta no encontrada",
    notFoundText: "No hay tal carta en su caso, o no tiene versión web. El PDF de cada carta sigue disponible en la página de su caso.",
    webVersion: "versión web",
  },
};
