// What is wrong with an uploaded PDF, judged by its bytes.
import { pdfProblem } from "@/lib/documents/pdf-checks.ts";

const page = "1 0 obj << /Type /Page >> endobj\n";
const pdf = (body: string, end = "%%EOF\n") =>
  Buffer.from(`%PDF-1.4\n${body}trailer << /Root 2 0 R >>\n${end}`, "latin1");

describe("pdfProblem", () => {
  it.each([
    ["a one-page PDF", pdf(page), null],
    ["empty", Buffer.alloc(0), "empty"],
    ["too large", pdf(page + " ".repeat(2000)), "too_large"],
    ["a PNG named .pdf", Buffer.from("\x89PNG\r\n\x1a\nxxxx", "latin1"), "not_pdf"],
    ["a text file", Buffer.from("hello %PDF-1.4"), "not_pdf"],
    ["encrypted (trailer reference)", pdf(page + "trailer << /Encrypt 5 0 R >>\n"), "encrypted"],
    ["encrypted (inline dictionary)", pdf(page + "<< /Encrypt << /Filter /Standard >> >>\n"), "encrypted"],
    ["truncated: no end-of-file marker", pdf(page, ""), "corrupt"],
    ["no page", pdf("1 0 obj << /Type /Catalog >> endobj\n"), "corrupt"],
  ])("%s: %p", (_label, bytes, problem) => {
    expect(pdfProblem(bytes, 1500)).toBe(problem);
  });
});
