// The words of the online application (/file), its receipt and its e-mails, in English and
// Spanish. Field labels follow DWC Form IMR. Pure: the pages, the browser form and the use
// cases (error messages, e-mails) read the same table.
import type { Lang } from "./party-messages.ts";

export type { Lang } from "./party-messages.ts";
export const FILING_LANGS: readonly Lang[] = ["en", "es"];

/** The language the browser prefers, from Accept-Language (Spanish when it comes before English). */
export function langFromAcceptLanguage(header: string | null | undefined): Lang {
  const ranked = (header ?? "")
    .split(",")
    .map((part, index) => {
      const [tag, ...params] = part.trim().toLowerCase().split(";");
      const q = params.map((p) => /^q=([\d.]+)$/.exec(p.trim())).find(Boolean);
      return { tag, q: q ? Number(q[1]) : 1, index };
    })
    .filter((entry) => entry.tag && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    if (tag.startsWith("es")) return "es";
    if (tag.startsWith("en")) return "en";
  }
  return "en";
}

export type FieldKey =
  | "filerRole"
  | "filerEmail"
  | "employeeName"
  | "employeeDateOfBirth"
  | "employeeAddress"
  | "employeePhone"
  | "employeeEmail"
  | "representativeName"
  | "representativeAddress"
  | "representativeEmail"
  | "claimNumber"
  | "dateOfInjury"
  | "employerName"
  | "claimsAdministratorName"
  | "claimsAdministratorAddress"
  | "requestingPhysicianName"
  | "requestingPhysicianSpecialty"
  | "requestingPhysicianAddress"
  | "urOrganizationName"
  | "urDecisionDate"
  | "urDecisionServedOn"
  | "urServiceMethod"
  | "urDecisionReference"
  | "reviewType"
  | "items"
  | "signedName"
  | "attest"
  | "lateExplanation"
  | "urDecision"
  | "otherPapers";

export type ErrorKey =
  | "required"
  | "tooLong"
  | "email"
  | "date"
  | "future"
  | "beforeInjury"
  | "servedBeforeDecision"
  | "birthAfterInjury"
  | "choose"
  | "itemsMin"
  | "itemsMax"
  | "representativeName"
  | "unsigned"
  | "notAttested"
  | "lateExplanation"
  | "urDecisionMissing"
  | "empty"
  | "tooLarge"
  | "notPdfOrImage"
  | "encryptedPdf"
  | "corruptPdf"
  | "sameFile"
  | "tooManyPapers"
  | "virus";

type FilingMessages = {
  title: string;
  intro: string;
  noAccount: string;
  switchTo: string;
  required: string;
  sections: Record<"filer" | "employee" | "claim" | "request" | "items" | "papers" | "sign", string>;
  fields: Record<FieldKey, string>;
  hints: Partial<Record<FieldKey, string>>;
  filerRoles: Record<"EMPLOYEE" | "REPRESENTATIVE", string>;
  serviceMethods: Record<"MAIL" | "ELECTRONIC" | "PERSONAL" | "FAX" | "", string>;
  reviewTypes: Record<"STANDARD" | "EXPEDITED" | "FORMULARY", string>;
  chooseOne: string;
  addItem: string;
  removeItem: string;
  item: (n: number) => string;
  attestText: string;
  errors: Record<ErrorKey, string>;
  fixFields: string;
  errorSummary: string;
  window: {
    unknown: string;
    dueOn: (date: string, days: number) => string;
    mailNote: (extra: number) => string;
    businessDayNote: string;
    assumedServed: string;
    daysLeft: (n: number) => string;
    lastDay: string;
    late: (date: string) => string;
    lateCanFile: string;
  };
  upload: {
    choose: string;
    uploading: string;
    uploaded: string;
    remove: string;
    removed: string;
    accepts: (mb: number) => string;
    checksum: string;
    none: string;
  };
  draft: {
    saving: string;
    saved: (time: string) => string;
    notSaved: string;
    resumed: string;
    linkTitle: string;
    linkHint: string;
    linkEmail: string;
    linkSend: string;
    linkSent: string;
    expired: string;
    startOver: string;
  };
  pow: { working: string; ready: string; failed: string };
  submit: string;
  submitting: string;
  limited: (minutes: number) => string;
  powRefused: string;
  receipt: {
    title: string;
    filingNumber: string;
    received: string;
    filer: string;
    late: string;
    next: string;
    nextSteps: string[];
    papers: string;
    paper: string;
    size: string;
    sha256: string;
    emailed: (email: string) => string;
    print: string;
    fileAnother: string;
    status: Record<"PENDING" | "ACCEPTED" | "REJECTED", string>;
  };
  mail: {
    receivedSubject: (n: string) => string;
    receivedBody: (p: { number: string; received: string; papers: string[]; receiptLink: string }) => string;
    rejectedSubject: (n: string) => string;
    rejectedBody: (p: { number: string; reason: string; fileLink: string }) => string;
    linkSubject: string;
    linkBody: (p: { link: string; expires: string }) => string;
    footer: (org: string) => string;
  };
};

const EN: FilingMessages = {
  title: "Apply for Independent Medical Review",
  intro:
    "Use this form (DWC Form IMR) if a utilization review (UR) decision denied or changed treatment your doctor asked for. The employee or the employee's representative may file. Attach a copy of the UR decision.",
  noAccount: "No account is needed. What you type is saved as you go.",
  switchTo: "Español",
  required: "Required",
  sections: {
    filer: "Who is filing",
    employee: "The employee",
    claim: "The claim",
    request: "The treatment request and the UR decision",
    items: "Treatment in dispute",
    papers: "Papers",
    sign: "Sign and file",
  },
  fields: {
    filerRole: "I am",
    filerEmail: "Your e-mail address",
    employeeName: "Employee's full name",
    employeeDateOfBirth: "Employee's date of birth",
    employeeAddress: "Employee's mailing address",
    employeePhone: "Employee's phone",
    employeeEmail: "Employee's e-mail",
    representativeName: "Representative's name",
    representativeAddress: "Representative's mailing address",
    representativeEmail: "Representative's e-mail",
    claimNumber: "Claim number",
    dateOfInjury: "Date of injury",
    employerName: "Employer",
    claimsAdministratorName: "Claims administrator (insurer)",
    claimsAdministratorAddress: "Claims administrator's address",
    requestingPhysicianName: "Doctor who asked for the treatment",
    requestingPhysicianSpecialty: "Doctor's specialty",
    requestingPhysicianAddress: "Doctor's address",
    urOrganizationName: "UR organization",
    urDecisionDate: "Date of the UR decision",
    urDecisionServedOn: "Date you received the UR decision",
    urServiceMethod: "How you received the UR decision",
    urDecisionReference: "UR decision reference number",
    reviewType: "Kind of review",
    items: "Treatments in dispute",
    signedName: "Type your full name to sign",
    attest: "Attestation",
    lateExplanation: "Why is the application filed after the last day?",
    urDecision: "UR decision (required)",
    otherPapers: "Other papers (optional)",
  },
  hints: {
    filerEmail: "We send the receipt and any answer about this application here.",
    employeeAddress: "Letters about the review are mailed here unless you choose otherwise later.",
    urDecisionServedOn: "Leave empty if it is the same as the date of the decision.",
    urDecisionReference: "As printed on the UR decision, if any.",
    items: "Write each treatment as the UR decision names it, one per line.",
    urDecision: "A PDF or a photo (JPEG or PNG) of the whole UR decision letter.",
    otherPapers: "Anything else you want the reviewer to see. Medical records can also be sent later.",
    claimsAdministratorName: "As named on the UR decision.",
  },
  filerRoles: { EMPLOYEE: "The employee", REPRESENTATIVE: "The employee's representative" },
  serviceMethods: {
    MAIL: "By mail",
    ELECTRONIC: "By e-mail or online",
    PERSONAL: "In person",
    FAX: "By fax",
    "": "I don't know",
  },
  reviewTypes: {
    STANDARD: "Standard",
    EXPEDITED: "Expedited (the doctor certified an imminent and serious threat to health)",
    FORMULARY: "Pharmacy formulary dispute",
  },
  chooseOne: "Choose one",
  addItem: "Add another treatment",
  removeItem: "Remove",
  item: (n) => `Treatment ${n}`,
  attestText:
    "I declare that the information in this application is true and correct to the best of my knowledge, and I sign it by typing my name.",
  errors: {
    required: "This is required.",
    tooLong: "This is too long.",
    email: "Enter an e-mail address such as name@example.com.",
    date: "Enter a real date.",
    future: "This date cannot be in the future.",
    beforeInjury: "The UR decision cannot be dated before the injury.",
    servedBeforeDecision: "The UR decision cannot be received before its date.",
    birthAfterInjury: "The date of birth must be before the date of injury.",
    choose: "Choose one of the options.",
    itemsMin: "Enter at least one treatment in dispute.",
    itemsMax: "At most 20 treatments.",
    representativeName: "Enter the representative's name.",
    unsigned: "Sign the application by typing your full name.",
    notAttested: "Tick the box to declare that the information is true.",
    lateExplanation: "The last day to file has passed: say why the application is late (at least 10 characters).",
    urDecisionMissing: "Attach a copy of the UR decision.",
    empty: "This file is empty (0 bytes). Choose the file again.",
    tooLarge: "This file is larger than the limit. Send large medical records later through the records upload.",
    notPdfOrImage: "This file is not a PDF, JPEG or PNG (its content was checked, not its name).",
    encryptedPdf: "This PDF is password-protected or encrypted. Remove the protection and upload it again.",
    corruptPdf: "This PDF is damaged and cannot be read. Save or scan it again and upload the new copy.",
    sameFile: "This file was already uploaded with this application.",
    tooManyPapers: "At most 20 papers can be uploaded with an application.",
    virus: "The virus scan rejected this file; it was not stored.",
  },
  fixFields: "Please correct the fields marked below.",
  errorSummary: "There is a problem",
  window: {
    unknown: "Enter the date of the UR decision to see the last day to file.",
    dueOn: (date, days) => `Last day to file: ${date} (${days} days after the UR decision was served).`,
    mailNote: (extra) => `Includes ${extra} extra days because the decision was mailed (or the way is not known).`,
    businessDayNote: "The last counted day fell on a weekend or holiday, so the window runs to the next business day.",
    assumedServed: "Counted from the date of the decision, because no date of receipt was given.",
    daysLeft: (n) => `${n} day${n === 1 ? "" : "s"} left.`,
    lastDay: "Today is the last day.",
    late: (date) => `The last day to file was ${date}. The application is late.`,
    lateCanFile:
      "You can still file it: explain below why it is late. Whether it can be reviewed is decided when it is checked.",
  },
  upload: {
    choose: "Choose a file",
    uploading: "Uploading and checking…",
    uploaded: "Uploaded",
    remove: "Remove",
    removed: "Removed.",
    accepts: (mb) => `PDF, JPEG or PNG, up to ${mb} MB each.`,
    checksum: "Checksum (SHA-256)",
    none: "No file uploaded yet.",
  },
  draft: {
    saving: "Saving…",
    saved: (time) => `Saved at ${time}.`,
    notSaved: "Not saved yet: check your connection. What you typed stays on this page.",
    resumed: "Your saved application was opened again.",
    linkTitle: "Continue later",
    linkHint:
      "We can e-mail you a link to come back to this application. The link works for 7 days after your last change.",
    linkEmail: "E-mail for the link",
    linkSend: "E-mail me a link",
    linkSent: "The link was sent. Check your e-mail.",
    expired:
      "This link has expired or is not valid. Saved applications are kept 7 days after the last change. Please start again.",
    startOver: "Start a new application",
  },
  pow: {
    working: "Preparing a security check in your browser…",
    ready: "Security check ready.",
    failed: "The security check could not be prepared. Reload the page and try again.",
  },
  submit: "File the application",
  submitting: "Filing…",
  limited: (minutes) =>
    `Too many attempts from your connection. Please wait about ${minutes} minute${minutes === 1 ? "" : "s"} and try again. Nothing you typed is lost.`,
  powRefused:
    "The security check was not accepted (it expired or was already used). A new one is being prepared; try again in a moment.",
  receipt: {
    title: "Application received",
    filingNumber: "Filing number",
    received: "Date received",
    filer: "Filed by",
    late: "Filed after the last day, with an explanation.",
    next: "What happens next",
    nextSteps: [
      "Intake staff check the application and the UR decision, usually within a few business days.",
      "If it is accepted, a case is opened and every party receives a notice by mail with the case number and an access code to follow the case online.",
      "If something is missing or it cannot be accepted, we e-mail you the reason.",
    ],
    papers: "Papers received",
    paper: "Paper",
    size: "Size",
    sha256: "Checksum (SHA-256)",
    emailed: (email) => `A copy of this receipt was e-mailed to ${email}.`,
    print: "Keep this page: print it or save it as a PDF.",
    fileAnother: "File another application",
    status: { PENDING: "Waiting to be checked", ACCEPTED: "Accepted: a case was opened", REJECTED: "Not accepted" },
  },
  mail: {
    receivedSubject: (n) => `IMR application ${n} received`,
    receivedBody: ({ number, received, papers, receiptLink }) =>
      [
        `Your Application for Independent Medical Review was received on ${received} (California date). Filing number: ${number}.`,
        `Papers received (name and SHA-256 checksum):\n${papers.join("\n")}`,
        "What happens next: intake staff check the application. If it is accepted, every party receives a notice with the case number and an access code. If it cannot be accepted, we e-mail you the reason.",
        `Your receipt: ${receiptLink}`,
      ].join("\n\n"),
    rejectedSubject: (n) => `IMR application ${n} not accepted`,
    rejectedBody: ({ number, reason, fileLink }) =>
      [
        `Your Application for Independent Medical Review ${number} could not be accepted.`,
        `Reason: ${reason}`,
        `You may correct it and file again: ${fileLink}`,
      ].join("\n\n"),
    linkSubject: "Your saved IMR application",
    linkBody: ({ link, expires }) =>
      [
        `Continue your Application for Independent Medical Review with this link: ${link}`,
        `The link works until ${expires} (California time), and longer if you keep editing. Anyone with the link can see what was typed, so do not forward it.`,
      ].join("\n\n"),
    footer: (org) =>
      `This is an automatic message from ${org}. It contains no medical information; please do not reply.`,
  },
};

const ES: FilingMessages = {
  title: "Solicitud de Revisión Médica Independiente",
  intro:
    "Use este formulario (DWC Form IMR) si una decisión de revisión de utilización (UR) negó o cambió el tratamiento que pidió su médico. Puede presentarla el trabajador o su representante. Adjunte una copia de la decisión de UR.",
  noAccount: "No necesita una cuenta. Lo que escribe se guarda sobre la marcha.",
  switchTo: "English",
  required: "Obligatorio",
  sections: {
    filer: "Quién presenta la solicitud",
    employee: "El trabajador",
    claim: "El reclamo",
    request: "La solicitud de tratamiento y la decisión de UR",
    items: "Tratamiento en disputa",
    papers: "Documentos",
    sign: "Firmar y presentar",
  },
  fields: {
    filerRole: "Yo soy",
    filerEmail: "Su correo electrónico",
    employeeName: "Nombre completo del trabajador",
    employeeDateOfBirth: "Fecha de nacimiento del trabajador",
    employeeAddress: "Dirección postal del trabajador",
    employeePhone: "Teléfono del trabajador",
    employeeEmail: "Correo electrónico del trabajador",
    representativeName: "Nombre del representante",
    representativeAddress: "Dirección postal del representante",
    representativeEmail: "Correo electrónico del representante",
    claimNumber: "Número de reclamo",
    dateOfInjury: "Fecha de la lesión",
    employerName: "Empleador",
    claimsAdministratorName: "Administrador de reclamos (aseguradora)",
    claimsAdministratorAddress: "Dirección del administrador de reclamos",
    requestingPhysicianName: "Médico que pidió el tratamiento",
    requestingPhysicianSpecialty: "Especialidad del médico",
    requestingPhysicianAddress: "Dirección del médico",
    urOrganizationName: "Organización de UR",
    urDecisionDate: "Fecha de la decisión de UR",
    urDecisionServedOn: "Fecha en que recibió la decisión de UR",
    urServiceMethod: "Cómo recibió la decisión de UR",
    urDecisionReference: "Número de referencia de la decisión de UR",
    reviewType: "Tipo de revisión",
    items: "Tratamientos en disputa",
    signedName: "Escriba su nombre completo para firmar",
    attest: "Declaración",
    lateExplanation: "¿Por qué se presenta la solicitud después del último día?",
    urDecision: "Decisión de UR (obligatoria)",
    otherPapers: "Otros documentos (opcional)",
  },
  hints: {
    filerEmail: "Aquí enviamos el comprobante y cualquier respuesta sobre esta solicitud.",
    employeeAddress: "Las cartas sobre la revisión se envían por correo a esta dirección.",
    urDecisionServedOn: "Déjelo vacío si es la misma fecha de la decisión.",
    urDecisionReference: "Tal como aparece en la decisión de UR, si lo tiene.",
    items: "Escriba cada tratamiento como lo nombra la decisión de UR, uno por línea.",
    urDecision: "Un PDF o una foto (JPEG o PNG) de toda la carta de la decisión de UR.",
    otherPapers:
      "Cualquier otro documento que quiera que vea el revisor. Los expedientes médicos también se pueden enviar después.",
    claimsAdministratorName: "Tal como aparece en la decisión de UR.",
  },
  filerRoles: { EMPLOYEE: "El trabajador", REPRESENTATIVE: "El representante del trabajador" },
  serviceMethods: {
    MAIL: "Por correo postal",
    ELECTRONIC: "Por correo electrónico o en línea",
    PERSONAL: "En persona",
    FAX: "Por fax",
    "": "No lo sé",
  },
  reviewTypes: {
    STANDARD: "Estándar",
    EXPEDITED: "Acelerada (el médico certificó una amenaza inminente y grave para la salud)",
    FORMULARY: "Disputa del formulario de farmacia",
  },
  chooseOne: "Elija una opción",
  addItem: "Agregar otro tratamiento",
  removeItem: "Quitar",
  item: (n) => `Tratamiento ${n}`,
  attestText:
    "Declaro que la información de esta solicitud es verdadera y correcta según mi leal saber y entender, y la firmo escribiendo mi nombre.",
  errors: {
    required: "Este dato es obligatorio.",
    tooLong: "El texto es demasiado largo.",
    email: "Escriba un correo electrónico como nombre@ejemplo.com.",
    date: "Escriba una fecha válida.",
    future: "Esta fecha no puede ser futura.",
    beforeInjury: "La decisión de UR no puede tener fecha anterior a la lesión.",
    servedBeforeDecision: "La decisión de UR no puede recibirse antes de su fecha.",
    birthAfterInjury: "La fecha de nacimiento debe ser anterior a la fecha de la lesión.",
    choose: "Elija una de las opciones.",
    itemsMin: "Escriba al menos un tratamiento en disputa.",
    itemsMax: "Como máximo 20 tratamientos.",
    representativeName: "Escriba el nombre del representante.",
    unsigned: "Firme la solicitud escribiendo su nombre completo.",
    notAttested: "Marque la casilla para declarar que la información es verdadera.",
    lateExplanation: "Ya pasó el último día: explique por qué la solicitud llega tarde (al menos 10 caracteres).",
    urDecisionMissing: "Adjunte una copia de la decisión de UR.",
    empty: "Este archivo está vacío (0 bytes). Elija el archivo otra vez.",
    tooLarge: "Este archivo supera el límite. Envíe los expedientes grandes después, por la carga de expedientes.",
    notPdfOrImage: "Este archivo no es un PDF, JPEG o PNG (se revisó su contenido, no su nombre).",
    encryptedPdf: "Este PDF tiene contraseña o está cifrado. Quite la protección y súbalo otra vez.",
    corruptPdf: "Este PDF está dañado y no se puede leer. Guárdelo o escanéelo otra vez y suba la nueva copia.",
    sameFile: "Este archivo ya se subió con esta solicitud.",
    tooManyPapers: "Se pueden subir como máximo 20 documentos con una solicitud.",
    virus: "El análisis de virus rechazó este archivo; no se guardó.",
  },
  fixFields: "Corrija los campos marcados abajo.",
  errorSummary: "Hay un problema",
  window: {
    unknown: "Escriba la fecha de la decisión de UR para ver el último día para presentar.",
    dueOn: (date, days) => `Último día para presentar: ${date} (${days} días después de recibir la decisión de UR).`,
    mailNote: (extra) =>
      `Incluye ${extra} días más porque la decisión se envió por correo postal (o no se sabe cómo se envió).`,
    businessDayNote:
      "El último día contado cayó en fin de semana o feriado, así que el plazo pasa al siguiente día hábil.",
    assumedServed: "Contado desde la fecha de la decisión, porque no se indicó la fecha en que la recibió.",
    daysLeft: (n) => `Quedan ${n} día${n === 1 ? "" : "s"}.`,
    lastDay: "Hoy es el último día.",
    late: (date) => `El último día para presentar fue el ${date}. La solicitud llega tarde.`,
    lateCanFile:
      "Aún puede presentarla: explique abajo por qué llega tarde. Si se puede revisar se decide cuando se verifique.",
  },
  upload: {
    choose: "Elegir un archivo",
    uploading: "Subiendo y revisando…",
    uploaded: "Subido",
    remove: "Quitar",
    removed: "Quitado.",
    accepts: (mb) => `PDF, JPEG o PNG, hasta ${mb} MB cada uno.`,
    checksum: "Suma de verificación (SHA-256)",
    none: "Aún no se ha subido ningún archivo.",
  },
  draft: {
    saving: "Guardando…",
    saved: (time) => `Guardado a las ${time}.`,
    notSaved: "Aún no se guardó: revise su conexión. Lo que escribió sigue en esta página.",
    resumed: "Se abrió otra vez su solicitud guardada.",
    linkTitle: "Continuar después",
    linkHint:
      "Podemos enviarle por correo un enlace para volver a esta solicitud. El enlace sirve 7 días después de su último cambio.",
    linkEmail: "Correo para el enlace",
    linkSend: "Enviarme un enlace",
    linkSent: "Se envió el enlace. Revise su correo.",
    expired:
      "Este enlace venció o no es válido. Las solicitudes guardadas se conservan 7 días después del último cambio. Empiece otra vez.",
    startOver: "Empezar una solicitud nueva",
  },
  pow: {
    working: "Preparando una verificación de seguridad en su navegador…",
    ready: "Verificación de seguridad lista.",
    failed: "No se pudo preparar la verificación de seguridad. Vuelva a cargar la página e inténtelo otra vez.",
  },
  submit: "Presentar la solicitud",
  submitting: "Presentando…",
  limited: (minutes) =>
    `Demasiados intentos desde su conexión. Espere unos ${minutes} minuto${minutes === 1 ? "" : "s"} e inténtelo otra vez. No se pierde nada de lo que escribió.`,
  powRefused:
    "No se aceptó la verificación de seguridad (venció o ya se usó). Se está preparando otra; inténtelo otra vez en un momento.",
  receipt: {
    title: "Solicitud recibida",
    filingNumber: "Número de solicitud",
    received: "Fecha de recepción",
    filer: "Presentada por",
    late: "Presentada después del último día, con una explicación.",
    next: "Qué sigue",
    nextSteps: [
      "El personal de admisión revisa la solicitud y la decisión de UR, normalmente en pocos días hábiles.",
      "Si se acepta, se abre un caso y cada parte recibe por correo un aviso con el número de caso y un código de acceso para seguirlo en línea.",
      "Si falta algo o no se puede aceptar, le enviamos el motivo por correo electrónico.",
    ],
    papers: "Documentos recibidos",
    paper: "Documento",
    size: "Tamaño",
    sha256: "Suma de verificación (SHA-256)",
    emailed: (email) => `Se envió una copia de este comprobante a ${email}.`,
    print: "Conserve esta página: imprímala o guárdela como PDF.",
    fileAnother: "Presentar otra solicitud",
    status: { PENDING: "En espera de revisión", ACCEPTED: "Aceptada: se abrió un caso", REJECTED: "No aceptada" },
  },
  mail: {
    receivedSubject: (n) => `Solicitud de IMR ${n} recibida`,
    receivedBody: ({ number, received, papers, receiptLink }) =>
      [
        `Su Solicitud de Revisión Médica Independiente se recibió el ${received} (fecha de California). Número de solicitud: ${number}.`,
        `Documentos recibidos (nombre y suma SHA-256):\n${papers.join("\n")}`,
        "Qué sigue: el personal de admisión revisa la solicitud. Si se acepta, cada parte recibe un aviso con el número de caso y un código de acceso. Si no se puede aceptar, le enviamos el motivo.",
        `Su comprobante: ${receiptLink}`,
      ].join("\n\n"),
    rejectedSubject: (n) => `Solicitud de IMR ${n} no aceptada`,
    rejectedBody: ({ number, reason, fileLink }) =>
      [
        `Su Solicitud de Revisión Médica Independiente ${number} no se pudo aceptar.`,
        `Motivo: ${reason}`,
        `Puede corregirla y presentarla otra vez: ${fileLink}`,
      ].join("\n\n"),
    linkSubject: "Su solicitud de IMR guardada",
    linkBody: ({ link, expires }) =>
      [
        `Continúe su Solicitud de Revisión Médica Independiente con este enlace: ${link}`,
        `El enlace sirve hasta el ${expires} (hora de California), y más si sigue editando. Cualquiera con el enlace puede ver lo escrito; no lo reenvíe.`,
      ].join("\n\n"),
    footer: (org) => `Este es un mensaje automático de ${org}. No contiene información médica; por favor no responda.`,
  },
};

export const FILING_MESSAGES: Record<Lang, FilingMessages> = { en: EN, es: ES };
export type { FilingMessages };
