// What a file is and whether it is whole, by its bytes: the rules the online filing, the
// parties' records and the answers to requests for information share.
import {
  imageComplete,
  openPdf,
  pdfHasEndMarker,
  pdfNamesEncryption,
  sniffAcceptedType,
} from "@/lib/documents/file-content.ts";
import { encryptedPdf, png, smallPdf, truncatedPdf } from "../../support/sample-records.ts";

test.each([
  ["a PDF", Buffer.from("%PDF-1.7\n"), "application/pdf"],
  ["a JPEG", Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]), "image/jpeg"],
  ["a PNG", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]), "image/png"],
  ["a zip named ur.pdf", Buffer.from("PK\u0003\u0004 a zip named ur.pdf"), null],
  ["HTML that mentions %PDF-", Buffer.from("<html>%PDF-</html>"), null],
  ["a GIF", Buffer.from("GIF89a"), null],
  ["nothing", Buffer.alloc(0), null],
])("the type of %s", (_name, bytes, type) => expect(sniffAcceptedType(bytes)?.mimeType ?? null).toBe(type));

const MB = 1024 * 1024;
const padded = (head: string, tail: string) =>
  Buffer.concat([Buffer.from(`%PDF-1.4\n${head}`), Buffer.alloc(3 * MB, 0x20), Buffer.from(`${tail}\n%%EOF\n`)]);

test.each([
  ["a trailer reference", Buffer.from("trailer << /Root 1 0 R /Encrypt 9 0 R >>"), true],
  ["an inline dictionary", Buffer.from("<< /Encrypt << /Filter /Standard >> >>"), true],
  ["no space before the reference", Buffer.from("<</Root 1 0 R/Encrypt 9 0 R>>"), true],
  ["no space before an inline dictionary", Buffer.from("<</Root 1 0 R/Encrypt<</Filter/Standard>>>>"), true],
  ["no encryption", Buffer.from("trailer << /Root 1 0 R >>"), false],
  ["the word in a page's text", Buffer.from("(please /Encrypt your files) Tj"), false],
  ["a large file's last trailer", padded("", "trailer << /Encrypt 9 0 R >>"), true],
  ["a large linearized file's first-page trailer", padded("trailer << /Encrypt 9 0 R >>", ""), true],
  ["a large file without one", padded("trailer << /Root 1 0 R >>", "trailer << /Root 1 0 R >>"), false],
])("an encryption dictionary named: %s", (_name, bytes, named) => expect(pdfNamesEncryption(bytes)).toBe(named));

test.each([
  ["ends with the marker", "%PDF-1.4\n...\n%%EOF\n", true],
  ["marker then a little padding", `%PDF-1.4\n%%EOF\n${" ".repeat(1000)}`, true],
  ["cut short", "%PDF-1.4\n1 0 obj << /Type /Page >>", false],
  ["marker far from the end", `%PDF-1.4\n%%EOF\n${"x".repeat(5000)}`, false],
])("end-of-file marker: %s", (_name, text, ends) => expect(pdfHasEndMarker(Buffer.from(text, "latin1"))).toBe(ends));

test("images are whole when their data ends as their format says", () => {
  expect(imageComplete("image/png", png())).toBe(true);
  expect(imageComplete("image/png", png().subarray(0, 30))).toBe(false);
  expect(imageComplete("image/jpeg", Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 0xff, 0xd9]))).toBe(true);
  expect(imageComplete("image/jpeg", Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2]))).toBe(false);
});

test("a PDF is opened for its pages, and refused as encrypted or damaged", async () => {
  const pdf = await smallPdf();
  expect(await openPdf(pdf)).toEqual({ pages: 2 });
  expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-"); // the caller's bytes are left whole
  expect(await openPdf(await encryptedPdf())).toEqual({ problem: "encrypted" });
  expect(await openPdf(Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(500, 65)]))).toEqual({
    problem: "corrupt",
  });
  expect(pdfHasEndMarker(await truncatedPdf())).toBe(false);
});
