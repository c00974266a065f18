// `npm run bench:upload -- [--mb 200] [--chunk-mb 8]`: a party's resumable upload of one
// large PDF through the real tus handler (lib/records/submission/tus-upload-handler.ts), in
// process, on a throw-away database of the local PostgreSQL and temporary folders: creation,
// 8 MB PATCHes (as the browser sends them), then the checks and the move into document
// storage that the last PATCH triggers. Prints the file size, the transfer rate of the parts,
// the time of the final checks (pdf.js page count, sha256, scan hook, storage, row and audit)
// and the overall MB/s. Nothing is asserted: figures only.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createTestDatabase, dropTestDatabase } from "../tests/support/test-database.ts";
import { writeLargePdf } from "../tests/support/sample-records.ts";

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

async function main(): Promise<void> {
  const megabytes = option("mb", 200);
  const chunk = option("chunk-mb", 8) * 1024 * 1024;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "imr-bench-upload-"));
  const { name, url } = await createTestDatabase("imr_bench_upload");
  process.env.DATABASE_URL = url;
  process.env.PARTY_UPLOAD_DIR = path.join(work, "uploads");
  process.env.DOCUMENT_STORAGE_DIR = path.join(work, "documents");
  process.env.IMR_AUTH_SECRET ??= "bench-upload-secret-bench-upload-secret";
  const { closeDb, db } = await import("../lib/db/client.ts");
  try {
    const { ensureSpecialties, createStaff, applicationInput, unique } = await import("../tests/factories/index.ts");
    const { createCase } = await import("../lib/cases/create-case.ts");
    const { throughIntake } = await import("../tools/demo/through-intake.ts");
    const { openPartyAccess } = await import("../lib/parties/open-party-access.ts");
    const { handlePartyUpload } = await import("../lib/records/submission/tus-upload-handler.ts");
    await ensureSpecialties();
    const intake = await createStaff("INTAKE");
    const created = await createCase({ actor: intake, input: applicationInput({ claimNumber: unique("BENCH") }) });
    await throughIntake(intake, created.caseId, { recordsComplete: false });
    const code = created.accessCodes.find((c) => c.role === "CLAIMS_ADMINISTRATOR")!.code;
    const meta = { ip: "127.0.0.1", userAgent: "bench" };
    const granted = await openPartyAccess({ input: { caseNumber: created.caseNumber, accessCode: code }, meta });
    const party = {
      kind: "party" as const,
      partyId: granted.partyId,
      caseId: granted.caseId,
      sessionId: granted.sessionId,
      meta,
    };

    const file = path.join(work, "large.pdf");
    const size = await writeLargePdf(file, megabytes, 20);
    const headers = { origin: "http://localhost", host: "localhost", "tus-resumable": "1.0.0" };
    const start = performance.now();
    const creation = await handlePartyUpload(
      party,
      new Request("http://localhost/api/party/uploads", {
        method: "POST",
        headers: {
          ...headers,
          "upload-length": String(size),
          "upload-metadata": `filename ${Buffer.from("large.pdf").toString("base64")}`,
        },
      }),
    );
    if (creation.status !== 201) throw new Error(`creation refused: ${creation.status} ${await creation.text()}`);
    const location = creation.headers.get("location")!;
    const handle = await fs.promises.open(file, "r");
    let offset = 0;
    let lastPartStarted = start;
    let final: Response | null = null;
    while (offset < size) {
      const length = Math.min(chunk, size - offset);
      const body = Buffer.alloc(length);
      await handle.read(body, 0, length, offset);
      lastPartStarted = performance.now();
      const response = await handlePartyUpload(
        party,
        new Request(`http://localhost${location}`, {
          method: "PATCH",
          headers: {
            ...headers,
            "upload-offset": String(offset),
            "content-type": "application/offset+octet-stream",
            "content-length": String(length),
          },
          body: new Uint8Array(body.buffer, body.byteOffset, body.byteLength),
        }),
      );
      if (response.status !== 204 && response.status !== 200)
        throw new Error(`part at ${offset} refused: ${response.status} ${await response.text()}`);
      offset = Number(response.headers.get("upload-offset"));
      if (offset >= size) final = response;
    }
    await handle.close();
    const end = performance.now();
    const receipt = (await final!.json()) as { data: { pageCount: number; sha256: string } };
    const doc = await db().document.findFirstOrThrow({
      where: { caseId: created.caseId, submittedByPartyId: party.partyId },
    });
    const local = crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");
    const mb = size / 1024 / 1024;
    const transfer = (lastPartStarted - start) / 1000;
    const finishing = (end - lastPartStarted) / 1000;
    console.log(`file: ${mb.toFixed(1)} MB, ${receipt.data.pageCount} pages, parts of ${chunk / 1024 / 1024} MB`);
    console.log(
      `parts before the last: ${transfer.toFixed(2)} s, ${((mb - chunk / 1024 / 1024) / transfer).toFixed(1)} MB/s`,
    );
    console.log(`last part with checks and storage: ${finishing.toFixed(2)} s`);
    console.log(`overall: ${((end - start) / 1000).toFixed(2)} s, ${(mb / ((end - start) / 1000)).toFixed(1)} MB/s`);
    console.log(
      `stored: ${doc.byteSize} bytes, sha256 ${doc.sha256 === local ? "matches the file" : "DIFFERS from the file"}`,
    );
  } finally {
    await closeDb();
    await dropTestDatabase(name);
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
