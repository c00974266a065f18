// How far the text of each document of a case file has been read, for the documents lists
// (components/reader/text-progress.tsx) and the reader. Counts only, no medical content: the
// page calling it has already opened the case file for its actor (caseFileWhereForActor).
import { db } from "../db/client.ts";
import type { TextStatus } from "../db/generated/enums.ts";
import { isUuid } from "../format/ids.ts";

export type DocumentTextProgress = {
  documentId: string;
  status: TextStatus;
  pageCount: number | null;
  textPagesDone: number;
  ocrPagesDone: number;
  /** what went wrong or is missing, in words */
  textError: string | null;
};

type DocumentTextFields = {
  id: string;
  textStatus: TextStatus;
  pageCount: number | null;
  textPagesDone: number;
  ocrPagesDone: number;
  textError: string | null;
};

/** The progress of documents already read with their text fields (the case file: lib/cases/get-case.ts). */
export function textProgressOf(documents: readonly DocumentTextFields[]): DocumentTextProgress[] {
  return documents.map(({ id, textStatus, pageCount, textPagesDone, ocrPagesDone, textError }) => ({
    documentId: id,
    status: textStatus,
    pageCount,
    textPagesDone,
    ocrPagesDone,
    textError,
  }));
}

export async function getCaseFileTextProgress(caseId: string): Promise<DocumentTextProgress[]> {
  if (!isUuid(caseId)) return [];
  const rows = await db().document.findMany({
    where: { caseId },
    select: {
      id: true,
      textStatus: true,
      pageCount: true,
      textPagesDone: true,
      ocrPagesDone: true,
      textError: true,
    },
    orderBy: [{ documentDate: "desc" }, { createdAt: "desc" }],
  });
  return rows.map(({ id, textStatus, ...rest }) => ({ documentId: id, status: textStatus, ...rest }));
}
