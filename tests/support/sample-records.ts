// Files a party might send, made on the spot: small PDFs (pdfkit), an encrypted one, a
// truncated one, a PNG, and large valid PDFs of any size written straight to disk (a page
// tree with filler content streams and an exact cross-reference table), for the upload
// tests, the benchmark and the end-to-end test. Each file carries a random token, so two
// files never share a checksum unless a test means them to.
import crypto from "node:crypto";
import fs from "node:fs";
import PDFDocument from "pdfkit";

export function smallPdf(text: string = crypto.randomUUID(), options: PDFKit.PDFDocumentOptions = {}): Promise<Buffer> {
  return new Promise((resolve) => {
    const doc = new PDFDocument(options);
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.text(`Progress report ${text}`);
    doc.addPage();
    doc.text("Page two");
    doc.end();
  });
}

export const encryptedPdf = () => smallPdf(crypto.randomUUID(), { userPassword: "secret", ownerPassword: "owner" });

export async function truncatedPdf(): Promise<Buffer> {
  const whole = await smallPdf();
  return whole.subarray(0, Math.floor(whole.length / 2));
}

/** A 1x1 PNG with a random text chunk. */
export function png(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]);
  const idat = Buffer.from("789c6360000000020001e221bc33", "hex");
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("tEXt", Buffer.from(`Comment\0${crypto.randomUUID()}`, "latin1")),
    chunk("IDAT", idat),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/**
 * Writes a valid PDF of about `megabytes` MB with `pages` pages to `file` (streamed, so a
 * 200 MB file needs no 200 MB string): each page's content stream is filler comments.
 */
export async function writeLargePdf(file: string, megabytes: number, pages = 4): Promise<number> {
  const out = fs.createWriteStream(file);
  let offset = 0;
  const offsets: number[] = [];
  const write = (data: string | Buffer) =>
    new Promise<void>((resolve, reject) => {
      offset += typeof data === "string" ? Buffer.byteLength(data, "latin1") : data.length;
      out.write(typeof data === "string" ? Buffer.from(data, "latin1") : data, (error) =>
        error ? reject(error) : resolve(),
      );
    });
  const object = async (n: number, body: string) => {
    offsets[n] = offset;
    await write(`${n} 0 obj\n${body}\nendobj\n`);
  };
  await write(`%PDF-1.4\n%\xe2\xe3\xcf\xd3\n% ${crypto.randomUUID()}\n`);
  const pageIds = Array.from({ length: pages }, (_, i) => 3 + i * 2);
  await object(1, "<< /Type /Catalog /Pages 2 0 R >>");
  await object(2, `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(" ")}] /Count ${pages} >>`);
  const line = Buffer.from(`% ${"filler ".repeat(9)}\n`, "latin1");
  const perPage = Math.max(1, Math.floor((megabytes * 1024 * 1024) / pages / line.length));
  const block = Buffer.concat(Array.from({ length: 1024 }, () => line));
  for (const id of pageIds) {
    await object(id, `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents ${id + 1} 0 R >>`);
    offsets[id + 1] = offset;
    const length = perPage * line.length;
    await write(`${id + 1} 0 obj\n<< /Length ${length} >>\nstream\n`);
    let left = perPage;
    while (left > 0) {
      const n = Math.min(left, 1024);
      await write(n === 1024 ? block : block.subarray(0, n * line.length));
      left -= n;
    }
    await write("\nendstream\nendobj\n");
  }
  const xref = offset;
  const count = 3 + pages * 2;
  let table = `xref\n0 ${count}\n0000000000 65535 f \n`;
  for (let n = 1; n < count; n++) table += `${String(offsets[n]).padStart(10, "0")} 00000 n \n`;
  await write(`${table}trailer\n<< /Size ${count} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  return offset;
}
