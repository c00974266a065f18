// The filer's receipt, found by the receipt token their browser and e-mail hold (only its
// hash is stored): the filing number, the California date received, the status, and each
// paper with its checksum. Nothing else of the application is shown.
import { db } from "../db/client.ts";
import { AppError } from "../errors.ts";
import { FILING_MESSAGES, type Lang } from "../i18n/filing-messages.ts";
import { filingNumber, isTokenShaped, tokenHash } from "./filing-tokens.ts";

export type FilingReceipt = {
  filingNumber: string;
  receivedAt: Date;
  status: "PENDING" | "ACCEPTED" | "REJECTED";
  lang: Lang;
  filerName: string;
  filerEmail: string;
  late: boolean;
  papers: { kind: string; fileName: string; mimeType: string; byteSize: number; sha256: string }[];
};

export async function loadFilingReceipt({ token, lang }: { token: unknown; lang: Lang }): Promise<FilingReceipt> {
  const gone = new AppError("NOT_FOUND", FILING_MESSAGES[lang].draft.expired);
  if (!isTokenShaped(token)) throw gone;
  const filing = await db().filing.findUnique({
    where: { receiptTokenHash: tokenHash(token) },
    select: {
      number: true,
      receivedAt: true,
      status: true,
      lang: true,
      filerName: true,
      filerEmail: true,
      late: true,
      papers: {
        orderBy: { createdAt: "asc" },
        select: { kind: true, fileName: true, mimeType: true, byteSize: true, sha256: true },
      },
    },
  });
  if (!filing) throw gone;
  return { ...filing, filingNumber: filingNumber(filing.number), lang: filing.lang === "es" ? "es" : "en" };
}
