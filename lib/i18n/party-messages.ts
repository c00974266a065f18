// The words of the parties' pages, in English and Spanish. The letters themselves stay in
// English (they are the legal record); the pages around them speak the party's language.
import type { TimelineStepKey } from "../parties/party-timeline.ts";

export type Lang = "en" | "es";
export const LANG_COOKIE = "imr_lang";
export const parseLang = (value: string | undefined): Lang => (value === "es" ? "es" : "en");

type Messages = {
  openTitle: string;
  openIntro: string;
  caseNumber: string;
  caseNumberHint: string;
  accessCode: string;
  accessCodeHint: string;
  open: string;
  checking: string;
  caseTitle: (n: string) => string;
  closeCase: string;
  progress: string;
  letters: string;
  noLetters: string;
  download: string;
  letter: (version: number) => string;
  issued: string;
  replaced: string;
  pending: string;
  switchTo: string;
  steps: Record<TimelineStepKey, string>;
  notes: Record<"eligible" | "ineligible" | "deferred" | "needs_information", string>;
  lettersInEnglish: string;
};

export const PARTY_MESSAGES: Record<Lang, Messages> = {
  en: {
    openTitle: "Open your case",
    openIntro:
      "For the employee, the employee's representative, the requesting physician and the claims administrator of an IMR case.",
    caseNumber: "Case number",
    caseNumberHint: "As on your notice, for example CM26-0001234.",
    accessCode: "Access code",
    accessCodeHint: "The 16-character code sent to you, with or without dashes.",
    open: "Open my case",
    checking: "Checking…",
    caseTitle: (n) => `Case ${n}`,
    closeCase: "Close case",
    progress: "Progress",
    letters: "Letters",
    noLetters: "No final determination has been issued yet. The letter will appear here when the review is complete.",
    download: "Download PDF",
    letter: (v) => (v > 1 ? `Amended final determination (version ${v})` : "Final determination"),
    issued: "issued",
    replaced: "replaced by a later version",
    pending: "Not yet",
    switchTo: "Español",
    steps: {
      received: "Application received",
      eligibility: "Eligibility decided",
      records: "Medical records complete",
      assigned: "Assigned to a physician reviewer",
      review: "In review",
      decided: "Final determination issued",
    },
    notes: {
      eligible: "eligible",
      ineligible: "not eligible",
      deferred: "deferred",
      needs_information: "more information needed",
    },
    lettersInEnglish: "Letters are issued in English.",
  },
  es: {
    openTitle: "Abra su caso",
    openIntro:
      "Para el trabajador, su representante, el médico que pidió el tratamiento y el administrador de reclamos de un caso de IMR.",
    caseNumber: "Número de caso",
    caseNumberHint: "Como aparece en su aviso, por ejemplo CM26-0001234.",
    accessCode: "Código de acceso",
    accessCodeHint: "El código de 16 caracteres que le enviamos, con o sin guiones.",
    open: "Abrir mi caso",
    checking: "Verificando…",
    caseTitle: (n) => `Caso ${n}`,
    closeCase: "Cerrar el caso",
    progress: "Avance",
    letters: "Cartas",
    noLetters: "Todavía no se ha emitido la determinación final. La carta aparecerá aquí cuando termine la revisión.",
    download: "Descargar PDF",
    letter: (v) => (v > 1 ? `Determinación final enmendada (versión ${v})` : "Determinación final"),
    issued: "emitida",
    replaced: "reemplazada por una versión posterior",
    pending: "Todavía no",
    switchTo: "English",
    steps: {
      received: "Solicitud recibida",
      eligibility: "Elegibilidad decidida",
      records: "Expediente médico completo",
      assigned: "Asignado a un médico revisor",
      review: "En revisión",
      decided: "Determinación final emitida",
    },
    notes: {
      eligible: "elegible",
      ineligible: "no elegible",
      deferred: "aplazada",
      needs_information: "se necesita más información",
    },
    lettersInEnglish: "Las cartas se emiten en inglés.",
  },
};
