// What every public filing use case shares: the filer as the public actor, the proof of work
// checked and spent once (in the caller's transaction), the per-address limit with a message
// in the filer's language, and the live draft a token names (an unknown or expired token is
// the same "expired" answer, so tokens cannot be probed).
import type { Prisma } from "../db/generated/client.ts";
import type { PublicActor, RequestMeta } from "../auth/actor.ts";
import { getServerSecret } from "../config/secret.ts";
import { AppError } from "../errors.ts";
import { FILING_MESSAGES, type Lang } from "../i18n/filing-messages.ts";
import { parseLang } from "../i18n/party-messages.ts";
import { checkFilingLimit, type FilingAttemptKind } from "./filing-limits.ts";
import { isTokenShaped, tokenHash } from "./filing-tokens.ts";
import { powDifficulty, verifySolution } from "./proof-of-work.ts";

export const publicActor = (meta: RequestMeta): PublicActor => ({ kind: "public", meta });

export const langOf = (value: unknown): Lang => parseLang(typeof value === "string" ? value : undefined);

/** Drafts are kept this long after their last save. */
export const DRAFT_DAYS = 7;
export const draftExpiry = (now: Date) => new Date(now.getTime() + DRAFT_DAYS * 24 * 3600_000);

/** Verifies the solved challenge and spends it in `tx` (a second use is refused). */
export async function spendProofOfWork(
  tx: Pick<Prisma.TransactionClient, "spentChallenge">,
  solution: unknown,
  lang: Lang,
  now: Date,
): Promise<void> {
  const verdict = verifySolution(
    getServerSecret(),
    solution as { challenge?: unknown; counter?: unknown } | null,
    now,
    powDifficulty(),
  );
  const refused = () =>
    new AppError("VALIDATION", FILING_MESSAGES[lang].powRefused, { pow: [verdict.ok ? "spent" : verdict.reason] });
  if (!verdict.ok) throw refused();
  const spent = await tx.spentChallenge.createMany({
    data: [{ nonce: verdict.nonce, expiresAt: verdict.expiresAt, spentAt: now }],
    skipDuplicates: true,
  });
  if (spent.count !== 1) throw refused();
}

/** Refuses with RATE_LIMITED once the address reached its limit for this kind of action. */
export async function enforceFilingLimit(
  reader: Pick<Prisma.TransactionClient, "filingAttempt">,
  kind: FilingAttemptKind,
  meta: RequestMeta,
  lang: Lang,
  now: Date,
): Promise<void> {
  const verdict = await checkFilingLimit(reader, kind, meta.ip, now);
  if (verdict.allowed) return;
  const minutes = Math.max(1, Math.ceil((verdict.retryAt.getTime() - now.getTime()) / 60_000));
  throw new AppError("RATE_LIMITED", FILING_MESSAGES[lang].limited(minutes));
}

export const expiredDraft = (lang: Lang) => new AppError("NOT_FOUND", FILING_MESSAGES[lang].draft.expired);

/** The draft a token names, if it has not expired; otherwise the "expired" refusal. */
export async function liveDraft(
  reader: Pick<Prisma.TransactionClient, "filingDraft">,
  token: unknown,
  lang: Lang,
  now: Date,
) {
  if (!isTokenShaped(token)) throw expiredDraft(lang);
  const draft = await reader.filingDraft.findFirst({ where: { tokenHash: tokenHash(token), expiresAt: { gt: now } } });
  if (!draft) throw expiredDraft(lang);
  return draft;
}
