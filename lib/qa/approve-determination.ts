// QA approves a submitted determination: in one transaction the determination becomes
// APPROVED (by this reader), the reading is recorded, and the issue of the letter is queued
// for the job runner ("issue-letter", lib/qa/issue-letter.ts), which renders and stores the
// PDF and decides the case. The request returns at once; the runner is woken to start now.
// A second approval (another reader, a double click) finds it approved and changes nothing.
// Before approving, the draft's free texts are checked again here (lib/qa/draft-flags.ts: the
// reviewer's own name, internal notes, contact details, links), never trusting what the page
// showed: a flagged draft is approved only with the reader's reason, kept on the QA reading
// and in the audit record with the kinds of flag and how many.
import { z } from "zod";
import type { Prisma } from "../db/generated/client.ts";
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { AppError, conflict, notFound } from "../errors.ts";
import { allowedLetterUrlHosts } from "../config/letter-links.ts";
import { isUuid } from "../format/ids.ts";
import { enqueueJob } from "../jobs/enqueue-job.ts";
import { wakeJobLoop } from "../jobs/wake.ts";
import { countFlags, draftFields, findDraftFlags, type DraftField, type DraftFlag } from "./draft-flags.ts";

export const MIN_OVERRIDE_REASON = 10;

export const approveDeterminationInput = z.object({
  determinationId: z.uuid("Unknown determination."),
  /** Why the draft is approved although it is flagged; needed only then. */
  overrideReason: z.string().trim().max(2000, "At most 2000 characters.").optional(),
});

export type ApprovedDetermination = { determinationId: string; status: "APPROVED" };

const NOT_WAITING = "This determination is no longer waiting for QA (another reader may have acted on it).";

export async function approveDetermination({
  actor,
  input,
  now = new Date(),
}: {
  actor: Actor | null;
  input: unknown;
  now?: Date;
}): Promise<ApprovedDetermination> {
  const reader = requirePermission(actor, "qa.decide");
  const { determinationId, overrideReason } = approveDeterminationInput.parse(input);
  const approved = await db().$transaction(async (tx) => {
    const determination = await tx.determination.findUnique({
      where: { id: determinationId },
      select: { status: true, caseId: true, version: true },
    });
    if (!determination) throw notFound("Determination");
    if (determination.status !== "SUBMITTED") throw conflict(NOT_WAITING);
    const { flags } = await checkDraft(tx, determinationId);
    const reason = overrideReason ?? "";
    if (flags.length > 0 && reason.length < MIN_OVERRIDE_REASON) throw flaggedWithoutReason(flags);
    // Claim it first: a second approval running at the same time waits on this row and then finds it approved.
    const claimed = await tx.determination.updateMany({
      where: { id: determinationId, status: "SUBMITTED" },
      data: { status: "APPROVED", approvedById: reader.userId },
    });
    if (claimed.count !== 1) throw conflict(NOT_WAITING);
    const flagsOverrideReason = flags.length > 0 ? reason : null;
    await tx.qaReview.create({
      data: { determinationId, readerId: reader.userId, outcome: "APPROVED", at: now, flagsOverrideReason },
    });
    await enqueueJob(tx, {
      kind: "issue-letter",
      payload: { determinationId },
      dedupeKey: `issue:${determinationId}`,
      runAt: now,
      maxAttempts: 10,
    });
    await recordAudit(tx, reader, {
      action: "determination.approved",
      entityType: "Determination",
      entityId: determinationId,
      caseId: determination.caseId,
      payload: {
        determinationId,
        version: determination.version,
        ...(flagsOverrideReason ? { flagCounts: countFlags(flags), flagsOverrideReason } : {}),
      },
    });
    return { determinationId, status: "APPROVED" as const };
  });
  wakeJobLoop();
  return approved;
}

type DraftReader = Pick<Prisma.TransactionClient, "determination">;

export type DraftCheck = { fields: DraftField[]; flags: DraftFlag[] };

/** The draft as it stands (it cannot change while waiting for QA), checked as the QA page shows it. */
export async function checkDraft(reader: DraftReader, determinationId: string): Promise<DraftCheck> {
  const draft = await reader.determination.findUnique({
    where: { id: determinationId },
    select: {
      clinicalSummary: true,
      amendmentReason: true,
      reviewer: { select: { user: { select: { name: true } } } },
      items: {
        select: {
          claimsAdminGuideline: true,
          reviewerGuideline: true,
          rationale: true,
          disputedItem: { select: { ordinal: true } },
        },
        orderBy: { disputedItem: { ordinal: "asc" } },
      },
    },
  });
  if (!draft) throw notFound("Determination");
  const fields = draftFields({ ...draft, items: draft.items.map((i) => ({ ...i, number: i.disputedItem.ordinal })) });
  return {
    fields,
    flags: findDraftFlags({ fields, reviewerName: draft.reviewer.user.name, allowedUrlHosts: allowedLetterUrlHosts() }),
  };
}

/** For the QA page: the draft's texts and what in them to check before approval. */
export async function getDraftCheck({
  actor,
  determinationId,
}: {
  actor: Actor | null;
  determinationId: string;
}): Promise<DraftCheck> {
  requirePermission(actor, "qa.read");
  if (!isUuid(determinationId)) throw notFound("Determination");
  return checkDraft(db(), determinationId);
}

function flaggedWithoutReason(flags: DraftFlag[]): AppError {
  const things = flags.length === 1 ? "1 thing" : `${flags.length} things`;
  const message = `The draft has ${things} to check before approval (the reviewer's name, internal notes, contact details or links). Return it to the reviewer, or give your reason for approving it as written (at least ${MIN_OVERRIDE_REASON} characters). Nothing was changed.`;
  return new AppError("VALIDATION", message, {
    overrideReason: [
      `Give your reason for approving the flagged text as written (at least ${MIN_OVERRIDE_REASON} characters).`,
    ],
  });
}
