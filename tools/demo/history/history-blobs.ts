// The three PDFs every generated document of the demo history points at (a notice, medical
// records, a final determination letter), as the load generator does (tools/load/shared-blobs.ts),
// written once to the configured document storage under demo-history/. Each Document row
// carries the blob's key, size and sha256, so downloads, the viewer and the backup's
// verification of every document's sha256 work as for real documents.
import { configuredStorage } from "../../../lib/documents/storage/storage.ts";
import { sha256Hex } from "../../../lib/documents/store-document.ts";
import { minimalPdf } from "../../load/minimal-pdf.ts";
import type { SharedBlobs } from "../../load/shared-blobs.ts";

const NOTE = "Demo history: every generated case of the demo shares this document.";

const CONTENTS: Record<keyof SharedBlobs, [string, string[]]> = {
  notice: [
    "Notice of Assignment and Request for Information",
    [NOTE, "Independent Medical Review, Division of Workers' Compensation."],
  ],
  records: ["Medical records", [NOTE, "Progress reports, imaging and the utilization review file."]],
  letter: [
    "Independent Medical Review Final Determination",
    [NOTE, "The decisions and rationales are in the case's determination."],
  ],
};

export async function writeDemoHistoryBlobs(
  env: Record<string, string | undefined> = process.env,
): Promise<SharedBlobs> {
  const storage = configuredStorage(env);
  const entries = await Promise.all(
    (Object.keys(CONTENTS) as (keyof SharedBlobs)[]).map(async (name) => {
      const [title, lines] = CONTENTS[name];
      const bytes = minimalPdf(title, lines);
      const key = `demo-history/${name}`;
      await storage.put(key, bytes);
      return [
        name,
        { storageKey: `${storage.scheme}:${key}`, byteSize: bytes.length, sha256: sha256Hex(bytes) },
      ] as const;
    }),
  );
  return Object.fromEntries(entries) as SharedBlobs;
}
