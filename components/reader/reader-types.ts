// What the reader shows of the case file and of the reviewer's notes (plain data from the page).
import type { ReaderNoteView } from "@/lib/reader-notes/reader-notes.ts";

export type ReaderDocument = {
  id: string;
  kind: string;
  title: string;
  /** ISO calendar date (UTC midnight) or null */
  documentDate: string | null;
  author: string | null;
  pageCount: number | null;
  /** PDF, or an image a party sent (shown as one page) */
  mimeType?: string;
};

export type ReaderNote = ReaderNoteView;

export const KIND_LABELS: Record<string, string> = {
  APPLICATION: "Application",
  UR_DECISION: "UR decision",
  MEDICAL_REPORT: "Medical report",
  CORRESPONDENCE: "Correspondence",
  NOTICE: "Notice",
  OTHER: "Other",
};

/** The search route's answer (GET /api/cases/[caseId]/search). */
export type SearchHit = {
  documentId: string;
  title: string;
  kind: string;
  documentDate: string | null;
  author: string | null;
  pageNumber: number;
  snippet: { text: string; match: boolean }[];
};
