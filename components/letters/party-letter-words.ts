// The words around a letter's web version on the parties' pages, in the party's language
// (lib/i18n/party-messages.ts); the letter itself stays in English.
import type { Lang } from "@/lib/i18n/party-messages.ts";

type Words = {
  readAsWebPage: string;
  backToCase: string;
  notFoundTitle: string;
  notFoundText: string;
  webVersion: string;
  notices: string;
  noNotices: string;
  sent: string;
  downloadPdf: string;
};

export const PARTY_LETTER_WORDS: Record<Lang, Words> = {
  en: {
    readAsWebPage: "Read as web page",
    backToCase: "Back to your case",
    notFoundTitle: "Letter not found",
    notFoundText:
      "There is no such letter for your case, or it has no web version. The PDF of each letter stays available on your case page.",
    webVersion: "web version",
    notices: "Notices",
    noNotices: "No notice has been sent for this case yet.",
    sent: "sent",
    downloadPdf: "Download PDF",
  },
  es: {
    readAsWebPage: "Leer como página web",
    backToCase: "Volver a su caso",
    notFoundTitle: "Carta no encontrada",
    notFoundText:
      "No hay tal carta en su caso, o no tiene versión web. El PDF de cada carta sigue disponible en la página de su caso.",
    webVersion: "versión web",
    notices: "Avisos",
    noNotices: "Todavía no se ha enviado ningún aviso para este caso.",
    sent: "enviado el",
    downloadPdf: "Descargar PDF",
  },
};
