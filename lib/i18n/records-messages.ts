// The words of the records section of the party page (components/parties/records-submission.tsx),
// in English and Spanish. Refusals from the server (file checks, limits) come in English and
// are shown in the party's language (records-refusals.ts).
import type { Lang } from "./party-messages.ts";
import { recordsRefusal } from "./records-refusals.ts";

export type RecordsMessages = {
  title: string;
  intro: string;
  introOthers: string;
  noRequest: string;
  requested: (due: string) => string;
  dueIn: (days: number) => string;
  dueToday: string;
  late: string;
  lateBadge: string;
  declaredBy: (when: string) => string;
  declaredOther: (when: string) => string;
  closed: string;
  chooseFiles: string;
  chooseHint: (maxMb: number) => string;
  queueTitle: string;
  type: string;
  documentDate: string;
  author: string;
  authorHint: string;
  kinds: Record<"MEDICAL_REPORT" | "UR_DECISION" | "APPLICATION" | "CORRESPONDENCE" | "OTHER", string>;
  noType: string;
  send: (n: number) => string;
  sending: string;
  remove: string;
  states: Record<"waiting" | "sending" | "retrying" | "done" | "refused", string>;
  progress: (name: string) => string;
  receivedCount: (n: number) => string;
  receiptsTitle: string;
  noReceipts: string;
  received: string;
  fileName: string;
  pages: string;
  checksum: string;
  labels: string;
  save: string;
  saving: string;
  saved: string;
  notGiven: string;
  declare: string;
  declareQuestion: string;
  declareConfirm: string;
  declaring: string;
  declaredNow: string;
  onlyYours: string;
  /** a refusal from the server, in this language */
  refusal: (message: string) => string;
};

export const RECORDS_MESSAGES: Record<Lang, RecordsMessages> = {
  en: {
    refusal: (message) => message,
    title: "Medical records",
    intro:
      "Send the medical records requested for this review: treating reports from the 6 months before the request, the utilization review file and the application. PDF files or images; large files are sent in parts and resume on their own if the connection drops.",
    introOthers:
      "You may send documents for the reviewer (PDF files or images). Large files are sent in parts and resume on their own if the connection drops.",
    noRequest: "No records have been requested on this case yet.",
    requested: (due) => `Records due ${due} (California time).`,
    dueIn: (days) => (days === 1 ? "due tomorrow" : `due in ${days} days`),
    dueToday: "due today",
    late: "late",
    lateBadge: "Late",
    declaredBy: (when) => `You declared the submission complete on ${when}.`,
    declaredOther: (when) => `The claims administrator declared the records complete on ${when}.`,
    closed: "This case no longer takes records.",
    chooseFiles: "Choose files",
    chooseHint: (maxMb) => `PDF, PNG or JPEG; up to ${maxMb} MB each. You can choose many files at once.`,
    queueTitle: "Files to send",
    type: "Type",
    documentDate: "Date of the document",
    author: "Author",
    authorHint: "Who wrote it: a physician, a facility, the claims administrator.",
    kinds: {
      MEDICAL_REPORT: "Medical report",
      UR_DECISION: "Utilization review file",
      APPLICATION: "Application",
      CORRESPONDENCE: "Correspondence",
      OTHER: "Other",
    },
    noType: "Not given",
    send: (n) => (n === 1 ? "Send 1 file" : `Send ${n} files`),
    sending: "Sending…",
    remove: "Remove",
    states: {
      waiting: "Ready to send",
      sending: "Sending",
      retrying: "Connection lost: trying again…",
      done: "Received",
      refused: "Refused",
    },
    progress: (name) => `Sending ${name}`,
    receivedCount: (n) =>
      n === 1 ? "1 file received: its receipt is below." : `${n} files received: their receipts are below.`,
    receiptsTitle: "Your receipts",
    noReceipts: "Nothing received from you yet.",
    received: "Received",
    fileName: "File",
    pages: "Pages",
    checksum: "Checksum (SHA-256)",
    labels: "Labels",
    save: "Save labels",
    saving: "Saving…",
    saved: "Labels saved.",
    notGiven: "not given",
    declare: "Declare the submission complete",
    declareQuestion:
      "Declare that you have sent every requested record? Afterwards you cannot send or change documents here.",
    declareConfirm: "Yes, declare complete",
    declaring: "Declaring…",
    declaredNow: "Declared complete. Thank you.",
    onlyYours: "Only the documents you sent are listed here; documents sent by the other parties are not shown.",
  },
  es: {
    refusal: (message) => recordsRefusal(message, "es"),
    title: "Expedientes médicos",
    intro:
      "Envíe los expedientes médicos solicitados para esta revisión: los informes de tratamiento de los 6 meses anteriores a la solicitud, el expediente de la revisión de utilización y la solicitud. Archivos PDF o imágenes; los archivos grandes se envían por partes y se reanudan solos si se corta la conexión.",
    introOthers:
      "Puede enviar documentos para el revisor (archivos PDF o imágenes). Los archivos grandes se envían por partes y se reanudan solos si se corta la conexión.",
    noRequest: "Todavía no se han solicitado expedientes en este caso.",
    requested: (due) => `Expedientes a entregar a más tardar el ${due} (hora de California).`,
    dueIn: (days) => (days === 1 ? "vence mañana" : `vence en ${days} días`),
    dueToday: "vence hoy",
    late: "atrasado",
    lateBadge: "Atrasado",
    declaredBy: (when) => `Usted declaró el envío completo el ${when}.`,
    declaredOther: (when) => `El administrador de reclamos declaró los expedientes completos el ${when}.`,
    closed: "Este caso ya no recibe expedientes.",
    chooseFiles: "Elegir archivos",
    chooseHint: (maxMb) => `PDF, PNG o JPEG; hasta ${maxMb} MB cada uno. Puede elegir varios archivos a la vez.`,
    queueTitle: "Archivos por enviar",
    type: "Tipo",
    documentDate: "Fecha del documento",
    author: "Autor",
    authorHint: "Quién lo escribió: un médico, un centro, el administrador de reclamos.",
    kinds: {
      MEDICAL_REPORT: "Informe médico",
      UR_DECISION: "Expediente de la revisión de utilización",
      APPLICATION: "Solicitud",
      CORRESPONDENCE: "Correspondencia",
      OTHER: "Otro",
    },
    noType: "Sin indicar",
    send: (n) => (n === 1 ? "Enviar 1 archivo" : `Enviar ${n} archivos`),
    sending: "Enviando…",
    remove: "Quitar",
    states: {
      waiting: "Listo para enviar",
      sending: "Enviando",
      retrying: "Se perdió la conexión: reintentando…",
      done: "Recibido",
      refused: "Rechazado",
    },
    progress: (name) => `Enviando ${name}`,
    receivedCount: (n) =>
      n === 1
        ? "1 archivo recibido: su comprobante está abajo."
        : `${n} archivos recibidos: sus comprobantes están abajo.`,
    receiptsTitle: "Sus comprobantes",
    noReceipts: "Todavía no se ha recibido nada de usted.",
    received: "Recibido",
    fileName: "Archivo",
    pages: "Páginas",
    checksum: "Suma de control (SHA-256)",
    labels: "Etiquetas",
    save: "Guardar etiquetas",
    saving: "Guardando…",
    saved: "Etiquetas guardadas.",
    notGiven: "sin indicar",
    declare: "Declarar el envío completo",
    declareQuestion:
      "¿Declara que envió todos los expedientes solicitados? Después ya no podrá enviar ni cambiar documentos aquí.",
    declareConfirm: "Sí, declarar completo",
    declaring: "Declarando…",
    declaredNow: "Declarado completo. Gracias.",
    onlyYours: "Aquí solo aparecen los documentos que usted envió; los de las demás partes no se muestran.",
  },
};
