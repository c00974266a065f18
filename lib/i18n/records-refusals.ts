// The server's refusals of a party's records (file checks, limits, labels, the declaration) in
// the party's language. The use cases answer in English, the language of the audit trail; the
// party page shows each refusal in Spanish when the party reads Spanish. A message this table
// does not know is shown as it came, never dropped.
import type { Lang } from "./party-messages.ts";

const FIXED_ES: Readonly<Record<string, string>> = {
  "The file is empty (0 bytes). Choose the file again.": "El archivo está vacío (0 bytes). Elija el archivo otra vez.",
  "Only PDF files and images (PNG or JPEG) can be sent. The file's content was checked, not its name.":
    "Solo se pueden enviar archivos PDF e imágenes (PNG o JPEG). Se revisó el contenido del archivo, no su nombre.",
  "The PDF is protected by a password or encrypted. Send a copy without protection.":
    "El PDF está protegido con contraseña o cifrado. Envíe una copia sin protección.",
  "The file could not be read: it seems damaged or incomplete. Send it again or export a new copy.":
    "No se pudo leer el archivo: parece dañado o incompleto. Envíelo otra vez o exporte una copia nueva.",
  "The virus scan refused this file; it was not kept.": "El análisis antivirus rechazó este archivo; no se guardó.",
  "This exact file is already in the case file (the same content was received before).":
    "Este mismo archivo ya está en el expediente (ya se recibió el mismo contenido).",
  "The case no longer takes records.": "El caso ya no acepta expedientes.",
  "Confirm that you have sent every record.": "Confirme que envió todos los expedientes.",
  "Only the claims administrator declares the records complete.":
    "Solo el administrador de reclamos declara completos los expedientes.",
  "No records were requested on this case.": "No se pidieron expedientes en este caso.",
  "Send at least one document before declaring the submission complete.":
    "Envíe al menos un documento antes de declarar completo el envío.",
  "The submission was already declared complete.": "El envío ya se declaró completo.",
  "Choose the type of document.": "Elija el tipo de documento.",
  "Enter the document's date (YYYY-MM-DD).": "Escriba la fecha del documento (AAAA-MM-DD).",
  "Enter a real date.": "Escriba una fecha real.",
  "The document's date cannot be in the future.": "La fecha del documento no puede estar en el futuro.",
  "At most 200 characters.": "200 caracteres como máximo.",
  "Unknown document.": "Documento desconocido.",
  "The submission was declared complete; its documents can no longer be changed.":
    "El envío se declaró completo; sus documentos ya no se pueden cambiar.",
  "The file name is too long.": "El nombre del archivo es demasiado largo.",
  "Open your case with its number and your access code first.":
    "Primero abra su caso con su número y su código de acceso.",
  "You do not have permission to do that.": "No tiene permiso para hacer eso.",
  "Upload not found.": "No se encontró el envío.",
  "Send the file's size with the upload.": "Envíe el tamaño del archivo con el envío.",
  "Send each file as one upload (no concatenation).": "Envíe cada archivo como un solo envío (sin concatenar).",
  "Too many files were started in the last hour. Try again later.":
    "Se empezaron demasiados archivos en la última hora. Inténtelo más tarde.",
  "Please correct the highlighted fields.": "Corrija los campos marcados.",
  "The file could not be sent. Check the connection and try again.":
    "No se pudo enviar el archivo. Revise la conexión e inténtelo otra vez.",
  "Something went wrong on our side. Nothing was changed; please try again.":
    "Algo falló de nuestro lado. No se cambió nada; inténtelo otra vez.",
};

const PATTERNS_ES: ReadonlyArray<readonly [RegExp, (n: string) => string]> = [
  [
    /^The file is larger than the limit of (\d+) MB\. Split it into smaller files\.$/,
    (n) => `El archivo supera el límite de ${n} MB. Divídalo en archivos más pequeños.`,
  ],
  [
    /^At most (\d+) files can be on their way at once\. Wait for some to finish\.$/,
    (n) => `Se pueden enviar como máximo ${n} archivos a la vez. Espere a que terminen algunos.`,
  ],
  [/^Send the file in parts of at most (\d+) MB\.$/, (n) => `Envíe el archivo en partes de ${n} MB como máximo.`],
];

/** A refusal of the records section in the party's language (unknown messages unchanged). */
export function recordsRefusal(message: string, lang: Lang): string {
  if (lang === "en") return message;
  const fixed = FIXED_ES[message];
  if (fixed) return fixed;
  for (const [pattern, words] of PATTERNS_ES) {
    const match = pattern.exec(message);
    if (match) return words(match[1]);
  }
  return message;
}

/** The English messages the table knows (for the test that keeps it in step with the use cases). */
export const KNOWN_RECORDS_REFUSALS: readonly string[] = Object.keys(FIXED_ES);
