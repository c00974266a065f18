// Every refusal the records use cases can give a party has its Spanish words: the test reads
// the sentences out of the use cases' source, so a new message without a translation fails here.
import fs from "node:fs";
import path from "node:path";
import { recordsRefusal } from "@/lib/i18n/records-refusals.ts";
import { GENERIC_FAILURE } from "@/lib/action-result.ts";

const SOURCES = [
  ...fs
    .readdirSync("lib/records/submission")
    .filter((f) => f.endsWith(".ts"))
    .map((f) => path.join("lib/records/submission", f)),
];

function sentencesIn(file: string): string[] {
  const text = fs.readFileSync(file, "utf8");
  return [...text.matchAll(/"([A-Z][^"]{8,}[.!?])"/g)].map((m) => m[1]);
}

const sentences = [...new Set(SOURCES.flatMap(sentencesIn))];

test("the use cases give sentences to check", () => {
  expect(sentences.length).toBeGreaterThan(15);
});

test.each(sentences)("has Spanish words: %s", (message) => {
  const spanish = recordsRefusal(message, "es");
  expect(spanish).not.toBe(message);
  expect(recordsRefusal(message, "en")).toBe(message);
});

test.each([
  [
    "The file is larger than the limit of 512 MB. Split it into smaller files.",
    "El archivo supera el límite de 512 MB. Divídalo en archivos más pequeños.",
  ],
  [
    "At most 20 files can be on their way at once. Wait for some to finish.",
    "Se pueden enviar como máximo 20 archivos a la vez. Espere a que terminen algunos.",
  ],
  ["Send the file in parts of at most 16 MB.", "Envíe el archivo en partes de 16 MB como máximo."],
  [GENERIC_FAILURE, "Algo falló de nuestro lado. No se cambió nada; inténtelo otra vez."],
  ["Please correct the highlighted fields.", "Corrija los campos marcados."],
])("numbers and shared messages: %s", (english, spanish) => {
  expect(recordsRefusal(english, "es")).toBe(spanish);
});

test("an unknown message is shown as it came", () => {
  expect(recordsRefusal("A message no table knows.", "es")).toBe("A message no table knows.");
});
