// The online application's draft, kept on the server while the filer types: started with a
// solved proof of work (and within the address's draft limit), found again by its random
// token (only the token's hash is stored), saved again on every change, and kept DRAFT_DAYS
// after the last save. The filer may ask for a link by e-mail: the link carries the token
// sealed under the server secret (lib/auth/secret-box.ts), so neither the draft table nor the
// outbox holds a token that opens the draft. Drafts are not audited (nothing is filed yet).
import { z } from "zod";
import { db } from "../db/client.ts";
import type { RequestMeta } from "../auth/actor.ts";
import { openSecret, sealSecret } from "../auth/secret-box.ts";
import { organizationName } from "../config/organization.ts";
import { AppError } from "../errors.ts";
import { formatDateTime } from "../format/dates.ts";
import { FILING_MESSAGES } from "../i18n/filing-messages.ts";
import { portalLink } from "../notifications/message-texts.ts";
import { queueNotification } from "../notifications/outbox.ts";
import { countFilingAttempt } from "./filing-limits.ts";
import { filingDraftData, type FilingDraftData } from "./filing-input.ts";
import { newToken, tokenHash } from "./filing-tokens.ts";
import { draftExpiry, enforceFilingLimit, expiredDraft, langOf, liveDraft, spendProofOfWork } from "./public-guards.ts";

const LINK_PURPOSE = "filing-draft-link";

export type SavedDraft = { token: string | null; savedAt: Date; expiresAt: Date };

/** Saves what was typed: into the token's draft, or (no token) a new draft, which needs a solved proof of work. */
export async function saveFilingDraft({
  meta,
  input,
  now = new Date(),
}: {
  meta: RequestMeta;
  input: unknown;
  now?: Date;
}): Promise<SavedDraft> {
  const raw = (input ?? {}) as Record<string, unknown>;
  const lang = langOf(raw.lang);
  const data = filingDraftData.safeParse(raw.data);
  if (!data.success) throw new AppError("VALIDATION", FILING_MESSAGES[lang].fixFields);
  const expiresAt = draftExpiry(now);
  if (raw.token !== undefined && raw.token !== null) {
    const draft = await liveDraft(db(), raw.token, lang, now);
    const saved = await db().filingDraft.update({
      where: { tokenHash: draft.tokenHash },
      data: { data: data.data, lang, expiresAt },
    });
    return { token: null, savedAt: saved.updatedAt, expiresAt };
  }
  await enforceFilingLimit(db(), "draft", meta, lang, now);
  const token = newToken();
  const saved = await db().$transaction(async (tx) => {
    await spendProofOfWork(tx, raw.pow, lang, now);
    await countFilingAttempt(tx, "draft", meta.ip, now);
    return tx.filingDraft.create({
      data: { tokenHash: tokenHash(token), data: data.data, lang, ip: meta.ip, expiresAt },
    });
  });
  return { token, savedAt: saved.updatedAt, expiresAt };
}

export type ResumedDraft = {
  data: FilingDraftData;
  lang: string;
  savedAt: Date;
  expiresAt: Date;
  papers: { id: string; kind: string; fileName: string; byteSize: number; sha256: string; mimeType: string }[];
};

/** The draft a token names, with its papers; an unknown or expired token is "expired". */
export async function resumeFilingDraft({
  input,
  now = new Date(),
}: {
  input: unknown;
  now?: Date;
}): Promise<ResumedDraft> {
  const raw = (input ?? {}) as Record<string, unknown>;
  const lang = langOf(raw.lang);
  const draft = await liveDraft(db(), raw.token, lang, now);
  const papers = await db().filingPaper.findMany({
    where: { draftTokenHash: draft.tokenHash },
    orderBy: { createdAt: "asc" },
    select: { id: true, kind: true, fileName: true, byteSize: true, sha256: true, mimeType: true },
  });
  const data = filingDraftData.safeParse(draft.data);
  return {
    data: data.success ? data.data : {},
    lang: draft.lang,
    savedAt: draft.updatedAt,
    expiresAt: draft.expiresAt,
    papers,
  };
}

/** The token inside an e-mailed link, or null when the link was not made here (or was altered). */
export const tokenFromLink = (sealed: string): string | null =>
  sealed.length <= 400 ? openSecret(sealed, LINK_PURPOSE) : null;

const linkInput = z.object({ email: z.email().max(200) });

/** E-mails a link back to the draft (within the address's link limit). The e-mail holds no medical content. */
export async function emailFilingDraftLink({
  meta,
  input,
  now = new Date(),
}: {
  meta: RequestMeta;
  input: unknown;
  now?: Date;
}): Promise<{ sent: true }> {
  const raw = (input ?? {}) as Record<string, unknown>;
  const lang = langOf(raw.lang);
  const t = FILING_MESSAGES[lang];
  const parsed = linkInput.safeParse({ email: typeof raw.email === "string" ? raw.email.trim() : raw.email });
  if (!parsed.success) throw new AppError("VALIDATION", t.fixFields, { linkEmail: [t.errors.email] });
  const draft = await liveDraft(db(), raw.token, lang, now);
  if (typeof raw.token !== "string") throw expiredDraft(lang);
  await enforceFilingLimit(db(), "link", meta, lang, now);
  const link = portalLink(`/file?resume=${encodeURIComponent(sealSecret(raw.token, LINK_PURPOSE))}`);
  await db().$transaction(async (tx) => {
    await countFilingAttempt(tx, "link", meta.ip, now);
    await queueNotification(
      tx,
      {
        kind: "filing.draft_link",
        caseId: null,
        to: parsed.data.email,
        subject: t.mail.linkSubject,
        body: [
          t.mail.linkBody({ link, expires: formatDateTime(draft.expiresAt) }),
          t.mail.footer(organizationName()),
        ].join("\n\n"),
      },
      now,
    );
  });
  return { sent: true };
}
