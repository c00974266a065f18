// The few PDFs every generated document points at: one notice, one medical report and one
// final determination letter, written once to the configured document storage (disk or S3,
// lib/documents/storage) under load/. Each generated Document row carries the blob's
// storage key, size and sha256, so downloads and the viewer work as for real documents.
import { configuredStorage } from "../../lib/documents/storage/storage.ts";
import { sha256Hex } from "../../lib/documents/store-document.ts";
import { minimalPdf } from "./minimal-pdf.ts";

export type SharedBlob = { storageKey: string; byteSize: number; sha256: string };
export type SharedBlobs = Record<"notice" | "records" | "letter", SharedBlob>;

const NOTE = "Generated for load testing: every generated case shares this document.";

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

export async function writeSharedBlobs(env: Record<string, string | undefined> = process.env): Promise<SharedBlobs> {
  const storage = configuredStorage(env);
  const entries = await Promise.all(
    (Object.keys(CONTENTS) as (keyof SharedBlobs)[]).map(async (name) => {
      const [title, lines] = CONTENTS[name];
      const bytes = minimalPdf(title, lines);
      const key = `load/${name}`;
      await storage.put(key, bytes);
      return [
        name,
        { storageKey: `${storage.scheme}:${key}`, byteSize: bytes.length, sha256: sha256Hex(bytes) },
      ] as const;
    }),
  );
  return Object.fromEntries(entries) as SharedBlobs;
}
