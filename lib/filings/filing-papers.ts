// Papers uploaded with an online application, while it is still a draft: each is checked by
// content (./paper-checks.ts) before anything is stored, refused when the same file (same
// SHA-256) is already with the draft, counted against the address's upload limit, stored in
// the configured document storage and recorded in one transaction (the bytes are removed if
// that fails). A paper can be removed again until the application is filed.
import crypto from "node:crypto";
import { z } from "zod";
import { db } from "../db/client.ts";
import type { RequestMeta } from "../auth/actor.ts";
import { AppError } from "../errors.ts";
import { sha256Hex } from "../documents/store-document.ts";
import { configuredStorage } from "../documents/storage/storage.ts";
import { storageFor } from "../documents/storage/storage.ts";
import { FILING_MESSAGES, type ErrorKey, type Lang } from "../i18n/filing-messages.ts";
import { countFilingAttempt } from "./filing-limits.ts";
import { checkPaper } from "./paper-checks.ts";
import { enforceFilingLimit, langOf, liveDraft } from "./public-guards.ts";

export const PAPER_KINDS = ["UR_DECISION", "OTHER"] as const;
export const MAX_PAPERS = 20;

export type UploadedPaper = {
  id: string;
  kind: string;
  fileName: string;
  mimeType: string;
  byteSize: number;
  sha256: string;
  pageCount: number | null;
};

const refuse = (lang: Lang, reason: ErrorKey) =>
  new AppError("VALIDATION", FILING_MESSAGES[lang].errors[reason], { file: [FILING_MESSAGES[lang].errors[reason]] });

/** A file name safe to store and show: the base name, ordinary characters, at most 120. */
export function safeFileName(name: unknown, extension: string): string {
  const base = typeof name === "string" ? name.split(/[\\/]/).pop()!.normalize("NFC") : "";
  const cleaned = base
    .replace(/[^\p{L}\p{N}._\- ]/gu, "_")
    .replace(/^[.\s]+/, "")
    .slice(0, 120)
    .trim();
  return cleaned || `paper.${extension}`;
}

export async function uploadFilingPaper({
  meta,
  input,
  bytes,
  now = new Date(),
}: {
  meta: RequestMeta;
  input: unknown;
  bytes: Buffer;
  now?: Date;
}): Promise<UploadedPaper> {
  const raw = (input ?? {}) as Record<string, unknown>;
  const lang = langOf(raw.lang);
  const kind = z.enum(PAPER_KINDS).safeParse(raw.kind);
  if (!kind.success)
    throw new AppError("VALIDATION", FILING_MESSAGES[lang].fixFields, { kind: [FILING_MESSAGES[lang].errors.choose] });
  const draft = await liveDraft(db(), raw.token, lang, now);
  await enforceFilingLimit(db(), "upload", meta, lang, now);
  const checked = await checkPaper(bytes);
  if (!checked.ok) throw refuse(lang, checked.reason);
  const sha256 = sha256Hex(bytes);
  const existing = await db().filingPaper.findMany({
    where: { draftTokenHash: draft.tokenHash },
    select: { sha256: true },
  });
  if (existing.some((p) => p.sha256 === sha256)) throw refuse(lang, "sameFile");
  if (existing.length >= MAX_PAPERS) throw refuse(lang, "tooManyPapers");

  const id = crypto.randomUUID();
  const storage = configuredStorage();
  const key = `filings/${id}`;
  await storage.put(key, bytes);
  try {
    return await db().$transaction(async (tx) => {
      // the same file again, raced in by a second tab: checked once more inside the transaction
      const twin = await tx.filingPaper.count({ where: { draftTokenHash: draft.tokenHash, sha256 } });
      if (twin > 0) throw refuse(lang, "sameFile");
      await countFilingAttempt(tx, "upload", meta.ip, now);
      return tx.filingPaper.create({
        data: {
          id,
          draftTokenHash: draft.tokenHash,
          kind: kind.data,
          fileName: safeFileName(raw.fileName, checked.paper.type.extension),
          mimeType: checked.paper.type.mimeType,
          byteSize: bytes.length,
          sha256,
          pageCount: checked.paper.pageCount,
          storageKey: `${storage.scheme}:${key}`,
          createdAt: now,
        },
        select: { id: true, kind: true, fileName: true, mimeType: true, byteSize: true, sha256: true, pageCount: true },
      });
    });
  } catch (error) {
    await storage.remove(key).catch(() => {});
    throw error;
  }
}

/** Removes a paper from a draft (and its bytes). */
export async function removeFilingPaper({
  input,
  now = new Date(),
}: {
  input: unknown;
  now?: Date;
}): Promise<{ removed: true }> {
  const raw = (input ?? {}) as Record<string, unknown>;
  const lang = langOf(raw.lang);
  const draft = await liveDraft(db(), raw.token, lang, now);
  const paperId = z.uuid().safeParse(raw.paperId);
  const paper = paperId.success
    ? await db().filingPaper.findFirst({ where: { id: paperId.data, draftTokenHash: draft.tokenHash, filingId: null } })
    : null;
  if (!paper) throw new AppError("NOT_FOUND", FILING_MESSAGES[lang].upload.removed);
  await db().filingPaper.delete({ where: { id: paper.id } });
  if (!paper.storageKey.startsWith("db:")) {
    const { storage, key } = storageFor(paper.storageKey);
    await storage.remove(key).catch(() => {});
  }
  return { removed: true };
}
