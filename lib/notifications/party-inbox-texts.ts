// The e-mail a party receives when something new is in its inbox on the portal (a notice, a
// request for information): in English and Spanish, with the portal's address and the case
// number only. Never the treatment, medical facts, the question asked, the outcome or the
// party's access code: the portal, opened with the code, shows those.
import { organizationName } from "../config/organization.ts";
import { formatCaliforniaLongDate } from "../format/dates.ts";
import { portalLink, type MessageText } from "./message-texts.ts";

export type InboxNewsKind = "notice" | "request";

const WHAT = {
  notice: { en: "a new notice", es: "un aviso nuevo" },
  request: { en: "a new request for information", es: "una nueva solicitud de información" },
} as const;

const spanishLongDate = (instant: Date) =>
  new Intl.DateTimeFormat("es-US", { dateStyle: "long", timeZone: "America/Los_Angeles" }).format(instant);

const closing = {
  en: () =>
    `This is an automatic message from ${organizationName()}. It contains no medical information; please do not reply.`,
  es: () => `Este es un mensaje automático de ${organizationName()}. No contiene información médica; no responda.`,
};

/** A reminder that a request for information this party was sent is past its due date, unanswered. */
export function partyAnswerOverdueText(c: { caseNumber: string; dueAt: Date }): MessageText {
  const link = portalLink("/access");
  const en = [
    `The answer to a request for information in Independent Medical Review case ${c.caseNumber} was due on ${formatCaliforniaLongDate(c.dueAt)} and has not been received.`,
    `Please answer as soon as you can: open ${link} and enter the case number and the access code from your code letter.`,
    closing.en(),
  ];
  const es = [
    `La respuesta a una solicitud de información en el caso de Revisión Médica Independiente ${c.caseNumber} debía recibirse a más tardar el ${spanishLongDate(c.dueAt)} y no se ha recibido.`,
    `Responda lo antes posible: abra ${link} e ingrese el número de caso y el código de acceso de su carta con el código.`,
    closing.es(),
  ];
  return {
    subject: `IMR case ${c.caseNumber}: answer overdue / respuesta atrasada`,
    body: [...en, "—", ...es].join("\n\n"),
  };
}

export function partyInboxNewText(c: {
  caseNumber: string;
  kind: InboxNewsKind;
  /** served electronically on this party (its consent): this message is the notice's service */
  servedElectronically: boolean;
  /** for a request: the California date the answer is due */
  dueAt?: Date | null;
}): MessageText {
  const link = portalLink("/access");
  const due = c.dueAt ? formatCaliforniaLongDate(c.dueAt) : null;
  const dueEs = c.dueAt ? spanishLongDate(c.dueAt) : null;
  const en = [
    `There is ${WHAT[c.kind].en} in Independent Medical Review case ${c.caseNumber}.${due ? ` Please answer by ${due}.` : ""}`,
    `To read it, open ${link} and enter the case number and the access code from your code letter.`,
    c.servedElectronically
      ? "You agreed to electronic service: this notice is served on you through the portal."
      : "A paper copy is also mailed to you.",
    closing.en(),
  ];
  const es = [
    `Hay ${WHAT[c.kind].es} en el caso de Revisión Médica Independiente ${c.caseNumber}.${dueEs ? ` Responda a más tardar el ${dueEs}.` : ""}`,
    `Para leerlo, abra ${link} e ingrese el número de caso y el código de acceso de su carta con el código.`,
    c.servedElectronically
      ? "Usted aceptó la notificación electrónica: este aviso se le notifica por medio del portal."
      : "También se le envía una copia en papel por correo.",
    closing.es(),
  ];
  return {
    subject: `IMR case ${c.caseNumber}: something new for you / algo nuevo para usted`,
    body: [...en, "—", ...es].join("\n\n"),
  };
}
