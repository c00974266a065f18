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
  /** the frame of the parties' pages: menu, skip link */
  shell: { skip: string; menu: string; decisions: string; access: string; signin: string };
  inbox: {
    title: string;
    intro: string;
    empty: string;
    new: string;
    sent: (date: string) => string;
    kinds: Record<"notice" | "letter" | "request", string>;
    open: string;
  };
  requests: {
    title: string;
    empty: string;
    due: (date: string) => string;
    overdue: string;
    answered: (date: string) => string;
    question: string;
    answerTitle: string;
    answerLabel: string;
    answerHint: string;
    filesLabel: string;
    filesHint: string;
    send: string;
    sending: string;
    sentOk: string;
    yourAnswer: string;
    yourFiles: string;
    noFiles: string;
    back: string;
    notFoundTitle: string;
    notFoundText: string;
    errors: {
      summary: string;
      empty: string;
      tooLong: string;
      tooManyFiles: string;
      notPdf: (name: string) => string;
      emptyFile: (name: string) => string;
      tooLarge: (name: string, mb: number) => string;
      encrypted: (name: string) => string;
      corrupt: (name: string) => string;
      virus: (name: string) => string;
      alreadyAnswered: string;
      generic: string;
    };
  };
  outcome: {
    title: string;
    intro: string;
    appeal: (lastDay: string, byMail: boolean) => string;
    appealGrounds: string;
  };
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
    shell: {
      skip: "Skip to content",
      menu: "Main",
      decisions: "Published decisions",
      access: "Party access",
      signin: "Staff sign-in",
    },
    inbox: {
      title: "Inbox",
      intro: "Every notice, letter and request sent to you in this case, newest first.",
      empty: "Nothing has been sent to you in this case yet.",
      new: "New",
      sent: (d) => `sent ${d}`,
      kinds: { notice: "Notice", letter: "Letter", request: "Request for information" },
      open: "Open",
    },
    requests: {
      title: "Requests for information",
      empty: "No information has been requested from you.",
      due: (d) => `Answer by ${d}`,
      overdue: "Overdue",
      answered: (d) => `Answered ${d}`,
      question: "What we need",
      answerTitle: "Your answer",
      answerLabel: "Your answer",
      answerHint: "Write your answer. You may also attach PDF files.",
      filesLabel: "Files (PDF, optional)",
      filesHint: "Up to 10 PDF files.",
      send: "Send answer",
      sending: "Sending…",
      sentOk: "Your answer was received. Thank you.",
      yourAnswer: "Your answer",
      yourFiles: "Files you sent",
      noFiles: "No files.",
      back: "Back to your case",
      notFoundTitle: "Request not found",
      notFoundText: "There is no such request for you in this case.",
      errors: {
        summary: "Please correct the following.",
        empty: "Write an answer or attach a file.",
        tooLong: "The answer is too long (at most 10,000 characters).",
        tooManyFiles: "Attach at most 10 files.",
        notPdf: (n) => `${n} is not a PDF (its content was checked, not its name). Attach PDF files only.`,
        emptyFile: (n) => `${n} is empty.`,
        tooLarge: (n, mb) => `${n} is larger than the limit of ${mb} MB.`,
        encrypted: (n) => `${n} is protected by a password. Send it without the password.`,
        corrupt: (n) => `${n} is damaged and cannot be read.`,
        virus: (n) => `${n} was rejected by the virus scan and was not stored.`,
        alreadyAnswered: "This request has already been answered.",
        generic: "Your answer could not be sent. Please try again.",
      },
    },
    outcome: {
      title: "The decision",
      intro: "Each treatment in dispute, in plain words:",
      appeal: (d, mail) =>
        `You may appeal to the Workers' Compensation Appeals Board until ${d} (30 days after the letter was served${mail ? ", plus 5 days because it was mailed to you" : ""}), on the narrow grounds the law allows.`,
      appealGrounds:
        "The grounds: fraud, a conflict of interest or bias of the reviewer, a plainly wrong fact, or a decision beyond the reviewer's authority.",
    },
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
    shell: {
      skip: "Ir al contenido",
      menu: "Principal",
      decisions: "Decisiones publicadas",
      access: "Acceso de las partes",
      signin: "Acceso del personal",
    },
    inbox: {
      title: "Bandeja de entrada",
      intro: "Todos los avisos, cartas y solicitudes que se le enviaron en este caso, del más reciente al más antiguo.",
      empty: "Todavía no se le ha enviado nada en este caso.",
      new: "Nuevo",
      sent: (d) => `enviado el ${d}`,
      kinds: { notice: "Aviso", letter: "Carta", request: "Solicitud de información" },
      open: "Abrir",
    },
    requests: {
      title: "Solicitudes de información",
      empty: "No se le ha pedido información.",
      due: (d) => `Responda a más tardar el ${d}`,
      overdue: "Vencida",
      answered: (d) => `Respondida el ${d}`,
      question: "Lo que necesitamos",
      answerTitle: "Su respuesta",
      answerLabel: "Su respuesta",
      answerHint: "Escriba su respuesta. También puede adjuntar archivos PDF.",
      filesLabel: "Archivos (PDF, opcional)",
      filesHint: "Hasta 10 archivos PDF.",
      send: "Enviar respuesta",
      sending: "Enviando…",
      sentOk: "Recibimos su respuesta. Gracias.",
      yourAnswer: "Su respuesta",
      yourFiles: "Archivos que envió",
      noFiles: "Ningún archivo.",
      back: "Volver a su caso",
      notFoundTitle: "Solicitud no encontrada",
      notFoundText: "No hay tal solicitud para usted en este caso.",
      errors: {
        summary: "Corrija lo siguiente.",
        empty: "Escriba una respuesta o adjunte un archivo.",
        tooLong: "La respuesta es demasiado larga (10.000 caracteres como máximo).",
        tooManyFiles: "Adjunte 10 archivos como máximo.",
        notPdf: (n) => `${n} no es un PDF (se revisó su contenido, no su nombre). Adjunte solo archivos PDF.`,
        emptyFile: (n) => `${n} está vacío.`,
        tooLarge: (n, mb) => `${n} supera el límite de ${mb} MB.`,
        encrypted: (n) => `${n} está protegido con contraseña. Envíelo sin contraseña.`,
        corrupt: (n) => `${n} está dañado y no se puede leer.`,
        virus: (n) => `El análisis antivirus rechazó ${n}; no se guardó.`,
        alreadyAnswered: "Esta solicitud ya fue respondida.",
        generic: "No se pudo enviar su respuesta. Inténtelo de nuevo.",
      },
    },
    outcome: {
      title: "La decisión",
      intro: "Cada tratamiento en disputa, en palabras sencillas:",
      appeal: (d, mail) =>
        `Puede apelar ante la Junta de Apelaciones de Compensación de Trabajadores (WCAB) hasta el ${d} (30 días después de la notificación de la carta${mail ? ", más 5 días porque se le envió por correo" : ""}), solo por los motivos que la ley permite.`,
      appealGrounds:
        "Los motivos: fraude, conflicto de intereses o parcialidad del revisor, un hecho claramente equivocado, o una decisión fuera de la autoridad del revisor.",
    },
  },
};
