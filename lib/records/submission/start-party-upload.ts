// A party starts sending a file (the tus creation request, ./tus-upload-handler.ts): the
// upload is bound to the party session that asks (its party and case come from the session,
// never from the upload's metadata), the declared size must be within the limit and not 0,
// the party within its count of files and uploads in progress, and within the hourly rate
// per session and per address. The PartyUpload row and its audit row are written in one
// transaction; a refusal writes only its audit row.
import { z } from "zod";
import { db } from "../../db/client.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { Actor } from "../../auth/actor.ts";
import { AppError } from "../../errors.ts";
import { cleanFileName, dateOrNull, documentLabels } from "./document-labels.ts";
import { openSubmittingParty } from "./submitting-party.ts";
import { REFUSALS } from "./check-submitted-file.ts";
import { DECLARED_ALREADY } from "./label-party-document.ts";
import { uploadLimits, type UploadLimits } from "./submission-rules.ts";

/** What the creation request says: the declared Upload-Length (null when deferred: refused) and the metadata. */
export const startUploadInput = z.object({
  byteSize: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).nullable(),
  metadata: z.object({
    filename: z.string().max(1000, "The file name is too long.").nullish(),
    kind: z.string().nullish(),
    documentDate: z.string().nullish(),
    author: z.string().nullish(),
  }),
});

const HOUR = 3_600_000;

export async function startPartyUpload({
  actor,
  uploadId,
  input: raw,
  limits = uploadLimits(),
  now = new Date(),
}: {
  actor: Actor | null;
  /** the id the upload server gave the new upload (never the client's) */
  uploadId: string;
  input: unknown;
  limits?: UploadLimits;
  now?: Date;
}): Promise<{ uploadId: string; expiresAt: Date }> {
  if (!actor || actor.kind !== "party")
    throw new AppError("UNAUTHENTICATED", "Open your case with its number and your access code first.");
  const input = startUploadInput.parse(raw);
  const fileName = cleanFileName(input.metadata.filename);
  const labels = documentLabels.parse({
    kind: input.metadata.kind ?? undefined,
    documentDate: input.metadata.documentDate ?? undefined,
    author: input.metadata.author ?? undefined,
  });
  const outcome = await db().$transaction(async (tx) => {
    const sender = await openSubmittingParty(tx, actor);
    const party = sender.actor;
    if (!party.sessionId)
      throw new AppError("UNAUTHENTICATED", "Open your case with its number and your access code first.");
    const refusal = async (reason: string, message: string, status: "VALIDATION" | "RATE_LIMITED" | "CONFLICT") => {
      await recordAudit(tx, party, {
        action: "records.upload_refused",
        entityType: "Party",
        entityId: party.partyId,
        caseId: sender.caseId,
        payload: { uploadId: null, fileName, reason, partyRole: sender.role },
      });
      return { refused: new AppError(status, message) };
    };
    const declared = await tx.recordsRequest.count({
      where: { caseId: sender.caseId, declaredCompleteByPartyId: party.partyId },
    });
    if (declared > 0) throw new AppError("CONFLICT", DECLARED_ALREADY);
    if (input.byteSize === null) return refusal("no_size", "Send the file's size with the upload.", "VALIDATION");
    if (input.byteSize === 0) return refusal("empty", REFUSALS.empty, "VALIDATION");
    if (input.byteSize > limits.maxFileBytes)
      return refusal(
        "too_large",
        `The file is larger than the limit of ${Math.round(limits.maxFileBytes / 1024 / 1024)} MB. Split it into smaller files.`,
        "VALIDATION",
      );
    const hourAgo = new Date(now.getTime() - HOUR);
    const [kept, open, bySession, byAddress] = await Promise.all([
      tx.partyUpload.count({ where: { partyId: party.partyId, status: { in: ["UPLOADING", "STORED"] } } }),
      tx.partyUpload.count({ where: { partyId: party.partyId, status: "UPLOADING", expiresAt: { gt: now } } }),
      tx.partyUpload.count({ where: { sessionId: party.sessionId, createdAt: { gt: hourAgo } } }),
      party.meta.ip
        ? tx.partyUpload.count({ where: { ip: party.meta.ip, createdAt: { gt: hourAgo } } })
        : Promise.resolve(0),
    ]);
    if (kept >= limits.maxFilesPerParty)
      return refusal(
        "too_many_files",
        `A party can send at most ${limits.maxFilesPerParty} files on a case.`,
        "CONFLICT",
      );
    if (open >= limits.maxOpenUploads)
      return refusal(
        "too_many_open",
        `At most ${limits.maxOpenUploads} files can be on their way at once. Wait for some to finish.`,
        "RATE_LIMITED",
      );
    if (bySession >= limits.perSessionPerHour || byAddress >= limits.perAddressPerHour)
      return refusal("rate_limited", "Too many files were started in the last hour. Try again later.", "RATE_LIMITED");
    const expiresAt = new Date(now.getTime() + limits.expiryHours * HOUR);
    await tx.partyUpload.create({
      data: {
        id: uploadId,
        caseId: sender.caseId,
        partyId: party.partyId,
        sessionId: party.sessionId,
        ip: party.meta.ip,
        fileName,
        byteSize: input.byteSize,
        kind: labels.kind ?? null,
        documentDate: dateOrNull(labels.documentDate),
        author: labels.author ?? null,
        createdAt: now,
        expiresAt,
      },
    });
    await recordAudit(tx, party, {
      action: "records.upload_started",
      entityType: "PartyUpload",
      entityId: uploadId,
      caseId: sender.caseId,
      payload: { uploadId: uploadId, fileName, byteSize: input.byteSize, partyRole: sender.role },
    });
    return { uploadId: uploadId, expiresAt };
  });
  if ("refused" in outcome) throw outcome.refused;
  return outcome;
}

/**
 * The upload a continuing request (HEAD, PATCH) names, if it is this session's own and still
 * on its way; null otherwise, so another party's or another session's upload is "not found".
 */
export async function ownOpenUpload(actor: Actor | null, uploadId: string, now = new Date()) {
  if (!actor || actor.kind !== "party" || !actor.sessionId) return null;
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(uploadId)) return null;
  return db().partyUpload.findFirst({
    where: {
      id: uploadId,
      partyId: actor.partyId,
      caseId: actor.caseId,
      sessionId: actor.sessionId,
      status: "UPLOADING",
      expiresAt: { gt: now },
    },
    select: { id: true, byteSize: true },
  });
}
