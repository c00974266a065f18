// The reviewer's draft as last typed, kept in this browser (localStorage) while it cannot be
// saved: the session ended ("Not saved: sign in again"), the connection dropped, or the page
// was left with changes a last save may not have reached. One copy per case, with the draft
// revision it was typed on; dropped once a save succeeds, when the reviewer discards it, and
// after UNSAVED_COPY_TTL_MS (it holds clinical text: it is not kept on a shared computer for
// longer than needed). Reading never trusts the stored text's shape: anything unexpected is
// no copy at all. Pure apart from the storage handed in.
import { DOCUMENT_ACCOUNTS, type DocumentAccountKind } from "@/lib/determinations/determination-input.ts";

export const UNSAVED_COPY_TTL_MS = 7 * 24 * 60 * 60_000;
const VERSION = 1;

export type WorkspaceDraft = {
  caseId: string;
  clinicalSummary: string;
  documents: { documentId: string; account: DocumentAccountKind; reason: string; unopenedReason?: string }[];
  items: {
    disputedItemId: string;
    decision: "UPHELD" | "OVERTURNED" | null;
    claimsAdminGuideline: string;
    reviewerGuideline: string;
    guidelineId: string | null;
    rationale: string;
  }[];
};

export type UnsavedCopy = { caseId: string; revision: number; keptAt: number; draft: WorkspaceDraft };

export type StorageLike = Pick<Storage, "getItem" | "setItem" | "removeItem">;

export const unsavedCopyKey = (caseId: string) => `imr.unsaved-draft.${caseId}`;

/** This browser's localStorage, or null where it is switched off or refused. */
export function browserStorage(): StorageLike | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null;
  }
}

/** Keeps `draft` (typed on `revision`) for its case; false when the browser refused (storage full or off). */
export function keepUnsavedCopy(
  storage: StorageLike | null,
  draft: WorkspaceDraft,
  revision: number,
  now: number,
): boolean {
  if (!storage) return false;
  try {
    storage.setItem(
      unsavedCopyKey(draft.caseId),
      JSON.stringify({ v: VERSION, caseId: draft.caseId, revision, keptAt: now, draft }),
    );
    return true;
  } catch {
    return false;
  }
}

export function dropUnsavedCopy(storage: StorageLike | null, caseId: string): void {
  try {
    storage?.removeItem(unsavedCopyKey(caseId));
  } catch {
    // nothing kept, or nothing to do
  }
}

/** The copy kept for `caseId`, or null (none, unreadable, of another case, or too old: those are removed). */
export function readUnsavedCopy(storage: StorageLike | null, caseId: string, now: number): UnsavedCopy | null {
  if (!storage) return null;
  let raw: string | null;
  try {
    raw = storage.getItem(unsavedCopyKey(caseId));
  } catch {
    return null;
  }
  if (raw === null) return null;
  const copy = parseUnsavedCopy(raw, caseId, now);
  if (!copy) dropUnsavedCopy(storage, caseId);
  return copy;
}

export function parseUnsavedCopy(raw: string, caseId: string, now: number): UnsavedCopy | null {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isRecord(value) || value.v !== VERSION || value.caseId !== caseId) return null;
  const { revision, keptAt } = value;
  if (!Number.isSafeInteger(revision) || typeof keptAt !== "number" || !Number.isFinite(keptAt)) return null;
  if (now - keptAt > UNSAVED_COPY_TTL_MS || keptAt - now > 60_000) return null;
  const draft = parseDraft(value.draft, caseId);
  return draft ? { caseId, revision: revision as number, keptAt, draft } : null;
}

function parseDraft(value: unknown, caseId: string): WorkspaceDraft | null {
  if (!isRecord(value) || value.caseId !== caseId || typeof value.clinicalSummary !== "string") return null;
  if (!Array.isArray(value.documents) || !Array.isArray(value.items)) return null;
  const documents: WorkspaceDraft["documents"] = [];
  for (const d of value.documents) {
    if (!isRecord(d) || typeof d.documentId !== "string" || typeof d.reason !== "string") return null;
    if (!(DOCUMENT_ACCOUNTS as readonly unknown[]).includes(d.account)) return null;
    documents.push({
      documentId: d.documentId,
      account: d.account as DocumentAccountKind,
      reason: d.reason,
      ...(typeof d.unopenedReason === "string" ? { unopenedReason: d.unopenedReason } : {}),
    });
  }
  const items: WorkspaceDraft["items"] = [];
  for (const i of value.items) {
    if (!isRecord(i) || typeof i.disputedItemId !== "string") return null;
    if (i.decision !== null && i.decision !== "UPHELD" && i.decision !== "OVERTURNED") return null;
    if (
      typeof i.claimsAdminGuideline !== "string" ||
      typeof i.reviewerGuideline !== "string" ||
      typeof i.rationale !== "string"
    )
      return null;
    if (i.guidelineId !== null && typeof i.guidelineId !== "string") return null;
    items.push({
      disputedItemId: i.disputedItemId,
      decision: i.decision,
      claimsAdminGuideline: i.claimsAdminGuideline,
      reviewerGuideline: i.reviewerGuideline,
      guidelineId: i.guidelineId,
      rationale: i.rationale,
    });
  }
  return { caseId, clinicalSummary: value.clinicalSummary, documents, items };
}

/** Whether two drafts say the same (the copy adds nothing to what the server holds). */
export function sameDraft(a: WorkspaceDraft, b: WorkspaceDraft): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(draft: WorkspaceDraft) {
  return {
    clinicalSummary: draft.clinicalSummary,
    documents: [...draft.documents]
      .sort((x, y) => x.documentId.localeCompare(y.documentId))
      .map((d) =>
        d.account === "REVIEWED"
          ? [d.documentId, d.account, "", d.unopenedReason ?? ""]
          : [d.documentId, d.account, d.reason],
      ),
    items: [...draft.items]
      .sort((x, y) => x.disputedItemId.localeCompare(y.disputedItemId))
      .map((i) => [
        i.disputedItemId,
        i.decision,
        i.claimsAdminGuideline,
        i.reviewerGuideline,
        i.guidelineId,
        i.rationale,
      ]),
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
