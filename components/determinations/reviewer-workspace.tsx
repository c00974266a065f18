"use client";
// The reviewer's decision workspace: the case file (each document accounted for: reviewed,
// or not relevant with the reason), clinical case summary and each disputed item. Drafts save on their own; Submit (after a confirmation) sends the
// determination to QA. Nothing typed is lost: a stale copy is refused, never overwritten, and
// text that could not be saved (signed out, no connection) waits in this browser: the page
// offers it back when it opens again ("Restore unsaved text" or "Discard").
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/action-result.ts";
import type { GuidelineOption } from "@/lib/guidelines/list-guidelines.ts";
import { documentAccountProblems, type DocumentAccount } from "@/lib/determinations/determination-input.ts";
import { Alert } from "@/components/ui/alert.tsx";
import { Button } from "@/components/ui/button.tsx";
import { Card } from "@/components/ui/card.tsx";
import { Field } from "@/components/ui/field.tsx";
import { CaseFilePanel, type CaseFileDocument, type DocumentAccounts } from "./case-file-panel.tsx";
import { ItemEditor, type ItemDraft } from "./item-editor.tsx";
import { SaveStatus } from "./save-status.tsx";
import { useAutosave, type KeepUnsaved } from "./use-autosave.ts";
import {
  browserStorage,
  dropUnsavedCopy,
  keepUnsavedCopy,
  readUnsavedCopy,
  sameDraft,
  type UnsavedCopy,
  type WorkspaceDraft,
} from "./unsaved-copy.ts";
import { formatDateTime } from "@/lib/format/dates.ts";

type Props = {
  caseId: string;
  initial: { revision: number; clinicalSummary: string; documents: DocumentAccount[]; items: ItemDraft[] };
  documents: CaseFileDocument[];
  guidelines: GuidelineOption[];
  submit: (input: unknown) => Promise<ActionResult<{ determinationId: string }>>;
};

export function ReviewerWorkspace({ caseId, initial, documents, guidelines, submit }: Props) {
  const router = useRouter();
  const [summary, setSummary] = useState(initial.clinicalSummary);
  const [accounts, setAccounts] = useState<DocumentAccounts>(() =>
    Object.fromEntries(initial.documents.map((d) => [d.documentId, { account: d.account, reason: d.reason }])),
  );
  const [items, setItems] = useState(initial.items);
  const [revision, setRevision] = useState(initial.revision);
  const [result, setResult] = useState<{ outcome: ActionResult<unknown>; sent: { documentId: string }[] } | null>(null);
  /** Submit was pressed: from then on, the documents still to account for are listed */
  const [checked, setChecked] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [submitting, startSubmit] = useTransition();

  const payload = useMemo(
    () => ({
      caseId,
      clinicalSummary: summary,
      // in the order of the case file, only the documents it lists
      documents: documents.flatMap((doc) =>
        accounts[doc.id]
          ? [{ documentId: doc.id, account: accounts[doc.id].account, reason: accounts[doc.id].reason }]
          : [],
      ),
      items: items.map(
        ({ disputedItemId, decision, claimsAdminGuideline, reviewerGuideline, guidelineId, rationale }) => ({
          disputedItemId,
          decision,
          claimsAdminGuideline,
          reviewerGuideline,
          guidelineId,
          rationale,
        }),
      ),
    }),
    [caseId, summary, documents, accounts, items],
  );
  // what the server holds, as the page opened with it; and a copy of unsaved text this browser kept
  const [loaded] = useState<WorkspaceDraft>(payload);
  const [offer, setOffer] = useState<UnsavedCopy | null>(null);
  useEffect(() => {
    const copy = readUnsavedCopy(browserStorage(), caseId, Date.now());
    if (!copy) return;
    // the same as the saved draft: a last save arrived after all
    if (sameDraft(copy.draft, loaded)) dropUnsavedCopy(browserStorage(), caseId);
    else queueMicrotask(() => setOffer(copy));
  }, [caseId, loaded]);
  const keep = useMemo<KeepUnsaved<WorkspaceDraft>>(
    () => ({
      write: (draft, rev) => keepUnsavedCopy(browserStorage(), draft, rev, Date.now()),
      clear: () => dropUnsavedCopy(browserStorage(), caseId),
    }),
    [caseId],
  );
  // while a kept copy waits for the reviewer's choice, it is neither replaced nor removed
  const autosave = useAutosave<WorkspaceDraft>({
    payload,
    revision,
    onRevision: useCallback((r: number) => setRevision(r), []),
    keep: offer ? null : keep,
  });
  const locked = autosave.state.kind === "conflict" || submitting;
  const failed = result && !result.outcome.ok ? result.outcome : null;
  const errors = failed?.fieldErrors ?? {};
  const problems = documentAccountProblems(documents, payload.documents);
  const documentErrors = errorsByDocument(errors, result?.sent ?? []);
  if (checked)
    for (const p of problems)
      documentErrors[p.documentId] = [...new Set([...(documentErrors[p.documentId] ?? []), p.message])];
  const edit =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      autosave.markDirty();
    };

  function restoreUnsaved(copy: UnsavedCopy) {
    const known = new Set(documents.map((d) => d.id));
    setSummary(copy.draft.clinicalSummary);
    setAccounts(
      Object.fromEntries(
        copy.draft.documents
          .filter((d) => known.has(d.documentId))
          .map((d) => [d.documentId, { account: d.account, reason: d.reason }]),
      ),
    );
    setItems(
      items.map((item) => {
        const kept = copy.draft.items.find((i) => i.disputedItemId === item.disputedItemId);
        return kept
          ? {
              ...item,
              decision: kept.decision,
              claimsAdminGuideline: kept.claimsAdminGuideline,
              reviewerGuideline: kept.reviewerGuideline,
              guidelineId: kept.guidelineId,
              rationale: kept.rationale,
            }
          : item;
      }),
    );
    setOffer(null);
    autosave.markDirty(); // saved like any change, after which the copy is removed
    document.getElementById("clinicalSummary")?.focus();
  }

  function discardUnsaved() {
    dropUnsavedCopy(browserStorage(), caseId);
    setOffer(null);
    document.getElementById("clinicalSummary")?.focus();
  }

  function onConfirm() {
    setChecked(true);
    if (problems.length === 0) setConfirming(true);
  }

  function onSubmit() {
    startSubmit(async () => {
      const outcome = await submit({ ...payload, revision });
      setConfirming(false);
      setResult({ outcome, sent: payload.documents });
      if (outcome.ok) {
        dropUnsavedCopy(browserStorage(), caseId);
        router.refresh();
      }
    });
  }

  return (
    <form onSubmit={(e) => e.preventDefault()} className="space-y-4" noValidate>
      {offer ? (
        <Alert tone="warning" title="Unsaved text kept in this browser">
          <p>
            Changes typed by {formatDateTime(new Date(offer.keptAt))} could not be saved, so this browser kept them.
            {offer.revision !== revision
              ? " The draft has been saved since (in another tab or window); restoring replaces that version with the kept text."
              : ""}{" "}
            Restore them to go on where you left off, or discard them to keep the draft as it was last saved.
          </p>
          <div className="mt-3 flex flex-wrap gap-2">
            <Button type="button" onClick={() => restoreUnsaved(offer)}>
              Restore unsaved text
            </Button>
            <Button type="button" variant="secondary" onClick={discardUnsaved}>
              Discard
            </Button>
          </div>
        </Alert>
      ) : null}
      {autosave.state.kind === "conflict" ? (
        <Alert tone="error" title="Changed in another tab">
          {autosave.state.message}
        </Alert>
      ) : null}
      <div aria-live="polite" className="space-y-2">
        {failed ? <Alert tone="error">{failed.message}</Alert> : null}
        {checked && problems.length ? (
          <Alert tone="error" title="Account for every document of the case file before submitting">
            <ul className="list-disc pl-5">
              {problems.map((p) => (
                <li key={p.documentId}>{p.message}</li>
              ))}
            </ul>
          </Alert>
        ) : null}
      </div>
      <CaseFilePanel
        documents={documents}
        accounts={accounts}
        accountedFor={documents.length - problems.length}
        errors={documentErrors}
        disabled={locked}
        onChange={(id, account) => edit(setAccounts)({ ...accounts, [id]: account })}
      />
      <Card title="Clinical case summary">
        <Field
          id="clinicalSummary"
          label="Summary of the case file, including all medical records"
          error={errors.clinicalSummary}
          required
          hint={`${summary.trim().length} characters`}
        >
          {(props) => (
            <textarea
              {...props}
              rows={8}
              value={summary}
              disabled={locked}
              onChange={(e) => edit(setSummary)(e.target.value)}
            />
          )}
        </Field>
      </Card>
      {items.map((item, index) => (
        <ItemEditor
          key={item.disputedItemId}
          item={item}
          index={index}
          guidelines={guidelines}
          errors={errors}
          disabled={locked}
          onChange={(patch) => edit(setItems)(items.map((it, i) => (i === index ? { ...it, ...patch } : it)))}
        />
      ))}
      <div className="sticky bottom-0 flex flex-wrap items-center gap-3 border-t border-slate-200 bg-slate-50/95 py-3">
        <Button
          type="button"
          variant="secondary"
          onClick={() => void autosave.save()}
          pending={autosave.state.kind === "saving"}
          pendingLabel="Saving…"
          disabled={locked}
        >
          Save draft
        </Button>
        {confirming ? (
          <div
            className="flex flex-wrap items-center gap-2 rounded-md bg-amber-50 p-2 ring-1 ring-amber-200"
            role="group"
            aria-label="Confirm submission"
          >
            <span className="text-sm text-amber-900">
              Send this determination to QA? You cannot edit it unless QA returns it.
            </span>
            <Button type="button" onClick={onSubmit} pending={submitting} pendingLabel="Sending…">
              Send to QA
            </Button>
            <Button type="button" variant="secondary" onClick={() => setConfirming(false)} disabled={submitting}>
              Cancel
            </Button>
          </div>
        ) : (
          <Button type="button" onClick={onConfirm} disabled={locked}>
            Submit determination
          </Button>
        )}
        <SaveStatus state={autosave.state} dirty={autosave.dirty} />
      </div>
    </form>
  );
}

/**
 * The server's messages about documents, by document id: `documents.<id>` (the case file
 * check) or `documents.<index>.<field>` (the schema, by position in what was sent).
 */
function errorsByDocument(
  fieldErrors: Record<string, string[]>,
  sent: { documentId: string }[],
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [key, messages] of Object.entries(fieldErrors)) {
    const [head, first] = key.split(".");
    if (head !== "documents" || first === undefined) continue;
    const id = /^\d+$/.test(first) ? sent[Number(first)]?.documentId : first;
    if (id) out[id] = [...(out[id] ?? []), ...messages];
  }
  return out;
}
