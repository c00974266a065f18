"use client";
// The reviewer's decision workspace: the case file (each document accounted for: reviewed,
// or not relevant with the reason), clinical case summary and each disputed item. Drafts save on their own; Submit (after a confirmation) sends the
// determination to QA. Nothing typed is lost: a stale copy is refused, never overwritten, and
// text that could not be saved (signed out, no connection) waits in this browser: the page
// offers it back when it opens again ("Restore unsaved text" or "Discard").
// The records sit beside the decision (components/reader): "Cite" puts a page reference at the
// caret of the summary or rationale last worked in; the letter's documents-reviewed list
// agrees with the citations and the pages opened (checked again by the server at submit).
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useState, useTransition } from "react";
import { citedDocumentIds, formatCitation } from "@/lib/determinations/citations.ts";
import { MIN_NOT_RELEVANT_REASON } from "@/lib/determinations/determination-input.ts";
import { CaseReader } from "@/components/reader/case-reader.tsx";
import { SplitWorkspace } from "@/components/reader/split-workspace.tsx";
import { usePageViews } from "@/components/reader/use-page-views.ts";
import type { NoteActions } from "@/components/reader/notes-panel.tsx";
import type { ReaderDocument, ReaderNote } from "@/components/reader/reader-types.ts";
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
  initial: {
    revision: number;
    clinicalSummary: string;
    documents: (Omit<DocumentAccount, "unopenedReason"> & { unopenedReason?: string })[];
    items: ItemDraft[];
  };
  documents: CaseFileDocument[];
  /** the case file as the reader shows it (with authors) */
  readerDocuments: ReaderDocument[];
  notes: ReaderNote[];
  /** pages opened so far, per document */
  progress: Record<string, number[]>;
  noteActions: NoteActions;
  recordPages: (input: unknown) => Promise<ActionResult<{ recorded: number }>>;
  guidelines: GuidelineOption[];
  submit: (input: unknown) => Promise<ActionResult<{ determinationId: string }>>;
};

/** The texts "Cite" writes into: the clinical summary and each item's rationale. */
const CITABLE = /^(clinicalSummary|rationale-(\d+))$/;

export function ReviewerWorkspace({
  caseId,
  initial,
  documents,
  readerDocuments,
  notes: initialNotes,
  progress,
  noteActions,
  recordPages,
  guidelines,
  submit,
}: Props) {
  const router = useRouter();
  const [summary, setSummary] = useState(initial.clinicalSummary);
  const [accounts, setAccounts] = useState<DocumentAccounts>(() =>
    Object.fromEntries(
      initial.documents.map((d) => [
        d.documentId,
        { account: d.account, reason: d.reason, unopenedReason: d.unopenedReason ?? "" },
      ]),
    ),
  );
  const [notes, setNotes] = useState(initialNotes);
  const pageViews = usePageViews(progress, recordPages);
  const [tab, setTab] = useState<"reader" | "decision">("reader");
  const [openRequest, setOpenRequest] = useState<{ documentId: string; nonce: number } | null>(null);
  const [citeField, setCiteField] = useState("clinicalSummary");
  const [citeStatus, setCiteStatus] = useState("");
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
          ? [
              {
                documentId: doc.id,
                account: accounts[doc.id].account,
                reason: accounts[doc.id].reason,
                unopenedReason: accounts[doc.id].unopenedReason ?? "",
              },
            ]
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
  const cited = useMemo(
    () =>
      citedDocumentIds(
        [summary, ...items.map((i) => i.rationale)],
        readerDocuments.map((d) => ({ id: d.id, title: d.title, documentDate: d.documentDate })),
      ),
    [summary, items, readerDocuments],
  );
  const problems = [
    ...documentAccountProblems(documents, payload.documents),
    ...readerProblems(documents, payload.documents, cited, pageViews.opened),
  ];
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
          .map((d) => [d.documentId, { account: d.account, reason: d.reason, unopenedReason: d.unopenedReason ?? "" }]),
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

  // the citable text last focused: "Cite" writes there, at its caret
  useEffect(() => {
    const onFocus = (e: FocusEvent) => {
      const id = (e.target as HTMLElement | null)?.id ?? "";
      if (CITABLE.test(id)) setCiteField(id);
    };
    document.addEventListener("focusin", onFocus);
    return () => document.removeEventListener("focusin", onFocus);
  }, []);

  const cite = useCallback(
    (doc: ReaderDocument, page: number) => {
      if (locked) return;
      const fieldId = citeField;
      const field = document.getElementById(fieldId) as HTMLTextAreaElement | null;
      const match = CITABLE.exec(fieldId);
      const index = match?.[2] === undefined ? null : Number(match[2]);
      const current = index === null ? summary : (items[index]?.rationale ?? "");
      const start = field?.selectionStart ?? current.length;
      const end = field?.selectionEnd ?? start;
      const before = current.slice(0, start);
      const reference = formatCitation({ id: doc.id, title: doc.title, documentDate: doc.documentDate }, page);
      const text = `${before}${before && !/\s$/.test(before) ? " " : ""}${reference}`;
      const next = text + current.slice(end);
      if (index === null) setSummary(next);
      else setItems(items.map((it, i) => (i === index ? { ...it, rationale: next } : it)));
      autosave.markDirty();
      // a cited document is reviewed: the letter lists it
      if (accounts[doc.id]?.account !== "REVIEWED")
        setAccounts({ ...accounts, [doc.id]: { account: "REVIEWED", reason: "", unopenedReason: "" } });
      const where = index === null ? "the clinical case summary" : `the rationale of item ${items[index]?.ordinal}`;
      setCiteStatus(`Cited ${reference} in ${where}.`);
      requestAnimationFrame(() => {
        if (!field) return;
        field.setSelectionRange(text.length, text.length);
      });
    },
    [locked, summary, items, accounts, autosave, citeField],
  );
  const citeTargetLabel = (() => {
    const match = CITABLE.exec(citeField);
    return match?.[2] === undefined ? "the clinical case summary" : `the rationale of item ${Number(match[2]) + 1}`;
  })();

  async function previewLetter() {
    await autosave.save();
    window.open(`/api/reviewer/cases/${caseId}/preview`, "_blank", "noopener");
  }

  function onConfirm() {
    setChecked(true);
    if (problems.length === 0) setConfirming(true);
  }

  function onSubmit() {
    startSubmit(async () => {
      // the pages opened reach the server before it checks them
      await pageViews.flush();
      const outcome = await submit({ ...payload, revision });
      setConfirming(false);
      setResult({ outcome, sent: payload.documents });
      if (outcome.ok) {
        dropUnsavedCopy(browserStorage(), caseId);
        router.refresh();
      }
    });
  }

  const reader = (
    <CaseReader
      caseId={caseId}
      documents={readerDocuments}
      notes={notes}
      onNotesChange={setNotes}
      noteActions={noteActions}
      opened={pageViews.opened}
      onPageSeen={pageViews.seen}
      openRequest={openRequest}
      onCite={locked ? undefined : cite}
    />
  );
  const form = (
    <form onSubmit={(e) => e.preventDefault()} className="space-y-4" noValidate>
      <p className="text-xs text-slate-600">
        “Cite” on a page writes its reference into {citeTargetLabel} (the text you last worked in), at the caret.
      </p>
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
        opened={pageViews.opened}
        cited={cited}
        onView={(documentId) => {
          setOpenRequest({ documentId, nonce: Date.now() });
          setTab("reader");
        }}
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
              Send this determination to QA? You cannot edit it unless QA returns it. Read the letter first:{" "}
              <button type="button" className="font-medium underline" onClick={() => void previewLetter()}>
                preview the letter as it will be issued
              </button>
              .
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
        <Button type="button" variant="secondary" onClick={() => void previewLetter()} disabled={submitting}>
          Preview letter
        </Button>
        <SaveStatus state={autosave.state} dirty={autosave.dirty} />
      </div>
    </form>
  );
  return (
    <>
      <SplitWorkspace reader={reader} decision={form} tab={tab} onTab={setTab} />
      <p className="sr-only" aria-live="polite" data-testid="cite-status">
        {citeStatus}
      </p>
    </>
  );
}

/**
 * What the reader adds to the documents-reviewed check (the server checks it again): a cited
 * document set aside as not relevant, and a document marked reviewed that was never opened
 * without the reviewer's reason.
 */
function readerProblems(
  caseFile: CaseFileDocument[],
  accounts: { documentId: string; account: string; unopenedReason: string }[],
  cited: ReadonlySet<string>,
  opened: Record<string, number[]>,
) {
  const title = (id: string) => caseFile.find((d) => d.id === id)?.title ?? "A document";
  return accounts.flatMap((a) => {
    if (a.account === "NOT_RELEVANT" && cited.has(a.documentId))
      return [
        {
          documentId: a.documentId,
          title: title(a.documentId),
          message: `“${title(a.documentId)}” is cited in your text, so it cannot be marked Not relevant: mark it Reviewed.`,
        },
      ];
    if (
      a.account === "REVIEWED" &&
      !opened[a.documentId]?.length &&
      a.unopenedReason.trim().length < MIN_NOT_RELEVANT_REASON
    )
      return [
        {
          documentId: a.documentId,
          title: title(a.documentId),
          message: `“${title(a.documentId)}” is marked Reviewed but was never opened in the reader: state how you reviewed it.`,
        },
      ];
    return [];
  });
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
