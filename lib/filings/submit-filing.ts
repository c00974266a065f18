// The filer files the application: every field checked (in their language), signed with a
// typed name and the attestation, a UR decision among the papers, and an explanation when
// the filing window (./filing-window-view.ts, lib/eligibility's rule and settings) has
// passed. A late application is still filed: eligibility decides later. Then, in one
// transaction: the proof of work is spent, the filing is recorded with its papers (moved off
// the draft), the draft is deleted, the audit row is written by the public actor, and the
// receipt e-mail goes to the outbox (numbers, dates and checksums only: no medical content).
// Nothing becomes a case here: the filing waits in intake's verification queue.
import type { Prisma } from "../db/generated/client.ts";
import { db } from "../db/client.ts";
import type { RequestMeta } from "../auth/actor.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { organizationName } from "../config/organization.ts";
import { AppError } from "../errors.ts";
import { californiaLongDateIn } from "./filing-dates.ts";
import { loadEligibilitySettings } from "../intake/eligibility-settings.ts";
import { FILING_MESSAGES, type Lang } from "../i18n/filing-messages.ts";
import { portalLink } from "../notifications/message-texts.ts";
import { queueNotification } from "../notifications/outbox.ts";
import { countFilingAttempt } from "./filing-limits.ts";
import { checkFilingFields, filingFieldErrors, filingSignature, type FieldErrors } from "./filing-input.ts";
import { filingNumber, newToken, tokenHash } from "./filing-tokens.ts";
import { filingWindowView } from "./filing-window-view.ts";
import { enforceFilingLimit, langOf, liveDraft, publicActor, spendProofOfWork } from "./public-guards.ts";

export type FiledApplication = { filingId: string; filingNumber: string; receiptToken: string };

/** A paper as the receipt e-mail names it: kind, type, size and checksum (never its file name, which may be medical). */
export function paperLine(lang: Lang, p: { kind: string; mimeType: string; byteSize: number; sha256: string }): string {
  const t = FILING_MESSAGES[lang];
  const kind = p.kind === "UR_DECISION" ? t.fields.urDecision.replace(/\s*\(.*\)$/, "") : t.receipt.paper;
  const type = p.mimeType === "application/pdf" ? "PDF" : p.mimeType === "image/png" ? "PNG" : "JPEG";
  return `- ${kind}: ${type}, ${Math.max(1, Math.round(p.byteSize / 1024))} KB, SHA-256 ${p.sha256}`;
}

export async function submitFiling({
  meta,
  input,
  now = new Date(),
}: {
  meta: RequestMeta;
  input: unknown;
  now?: Date;
}): Promise<FiledApplication> {
  const raw = (input ?? {}) as Record<string, unknown>;
  const lang = langOf(raw.lang);
  const t = FILING_MESSAGES[lang];
  const draft = await liveDraft(db(), raw.token, lang, now);
  await enforceFilingLimit(db(), "filing", meta, lang, now);

  const errors: FieldErrors = {};
  const fields = checkFilingFields(raw.data, lang);
  if (!fields.ok) Object.assign(errors, fields.fieldErrors);
  const signature = filingSignature.safeParse(raw);
  if (!signature.success) Object.assign(errors, filingFieldErrors(signature.error, lang));
  const settings = await loadEligibilitySettings(db());
  const window = fields.ok ? filingWindowView({ ...fields.data, now, settings }) : ({ known: false } as const);
  const explanation = signature.success ? signature.data.lateExplanation : undefined;
  if (window.known && window.late && (explanation ?? "").length < 10)
    errors.lateExplanation = [t.errors.lateExplanation];
  const papers = await db().filingPaper.findMany({
    where: { draftTokenHash: draft.tokenHash },
    orderBy: { createdAt: "asc" },
    select: { id: true, kind: true, mimeType: true, byteSize: true, sha256: true },
  });
  if (!papers.some((p) => p.kind === "UR_DECISION")) errors.urDecision = [t.errors.urDecisionMissing];
  if (Object.keys(errors).length > 0 || !fields.ok || !signature.success)
    throw new AppError("VALIDATION", t.fixFields, errors);

  const data = fields.data;
  const filerName = data.filerRole === "REPRESENTATIVE" ? data.representativeName! : data.employeeName;
  const receiptToken = newToken();
  const filing = await db().$transaction(async (tx) => {
    await spendProofOfWork(tx, raw.pow, lang, now);
    await countFilingAttempt(tx, "filing", meta.ip, now);
    const created = await tx.filing.create({
      data: {
        lang,
        filerRole: data.filerRole,
        filerName,
        filerEmail: data.filerEmail,
        data: data as unknown as Prisma.InputJsonValue,
        signedName: signature.data.signedName,
        signedAt: now,
        receivedAt: now,
        dueDate: window.known ? new Date(`${window.dueDate}T00:00:00.000Z`) : null,
        late: window.known && window.late,
        lateExplanation: window.known && window.late ? explanation : null,
        receiptTokenHash: tokenHash(receiptToken),
        ip: meta.ip,
      },
      select: { id: true, number: true },
    });
    const moved = await tx.filingPaper.updateMany({
      where: { id: { in: papers.map((p) => p.id) }, draftTokenHash: draft.tokenHash },
      data: { filingId: created.id, draftTokenHash: null },
    });
    // a paper removed meanwhile in another tab: file nothing rather than a different set
    if (moved.count !== papers.length) throw new AppError("CONFLICT", t.fixFields);
    await tx.filingDraft.delete({ where: { tokenHash: draft.tokenHash } });
    const number = filingNumber(created.number);
    await recordAudit(tx, publicActor(meta), {
      action: "filing.submitted",
      entityType: "Filing",
      entityId: created.id,
      payload: {
        filingNumber: number,
        late: window.known && window.late,
        papers: papers.map((p) => ({ kind: p.kind, sha256: p.sha256, byteSize: p.byteSize })),
      },
    });
    await queueNotification(
      tx,
      {
        kind: "filing.received",
        caseId: null,
        to: data.filerEmail,
        subject: t.mail.receivedSubject(number),
        body: [
          t.mail.receivedBody({
            number,
            received: californiaLongDateIn(lang, now),
            papers: papers.map((p) => paperLine(lang, p)),
            receiptLink: portalLink(`/file/receipt/${receiptToken}`),
          }),
          t.mail.footer(organizationName()),
        ].join("\n\n"),
      },
      now,
    );
    return { filingId: created.id, filingNumber: number };
  });
  return { ...filing, receiptToken };
}
