"use client";
// What the reviewer submitted, read only, beside the records (while the determination is in QA
// or after its letter is issued): the summary, each item and the account of every document,
// with the draft letter as it will be issued while it is in QA.
import { formatDate } from "@/lib/format/dates.ts";
import { Card } from "@/components/ui/card.tsx";
import { CaseReader } from "@/components/reader/case-reader.tsx";
import { SplitWorkspace } from "@/components/reader/split-workspace.tsx";
import type { NoteActions } from "@/components/reader/notes-panel.tsx";
import type { ReaderDocument, ReaderNote } from "@/components/reader/reader-types.ts";
import { useState } from "react";

export type SubmittedDetermination = {
  clinicalSummary: string;
  items: {
    ordinal: number;
    description: string;
    decision: string | null;
    reviewerGuideline: string;
    rationale: string;
  }[];
  documents: { documentId: string; notRelevantReason: string | null; unopenedReason: string | null }[];
  /** the draft letter (PDF) while in QA; null once issued (the letter is listed with the case's letters) */
  previewUrl: string | null;
};

const DECISION_WORDS: Record<string, string> = { UPHELD: "Upheld", OVERTURNED: "Overturned" };

export function SubmittedCopy({
  caseId,
  determination,
  documents,
  notes,
}: {
  caseId: string;
  determination: SubmittedDetermination;
  documents: ReaderDocument[];
  notes: ReaderNote[];
}) {
  const [tab, setTab] = useState<"reader" | "decision">("decision");
  const noop: NoteActions = {
    create: async () => ({ ok: false, message: "This determination can no longer change." }),
    edit: async () => ({ ok: false, message: "This determination can no longer change." }),
    remove: async () => ({ ok: false, message: "This determination can no longer change." }),
  };
  const byId = new Map(documents.map((d) => [d.id, d]));
  const decision = (
    <div className="space-y-4" data-testid="submitted-copy">
      {determination.previewUrl ? (
        <p className="text-sm">
          <a
            className="font-medium text-brand-700 underline"
            href={determination.previewUrl}
            target="_blank"
            rel="noreferrer"
          >
            The letter as it will be issued (draft, PDF)
          </a>
        </p>
      ) : null}
      <Card title="Clinical case summary (as submitted)">
        <p className="whitespace-pre-wrap text-sm text-slate-900">{determination.clinicalSummary}</p>
      </Card>
      {determination.items.map((item) => (
        <Card key={item.ordinal} title={`Item ${item.ordinal}: ${item.decision ? DECISION_WORDS[item.decision] : "—"}`}>
          <dl className="space-y-2 text-sm">
            <dt className="font-medium text-slate-800">Disputed item</dt>
            <dd>{item.description}</dd>
            <dt className="font-medium text-slate-800">Guideline</dt>
            <dd>{item.reviewerGuideline}</dd>
            <dt className="font-medium text-slate-800">Rationale</dt>
            <dd className="whitespace-pre-wrap">{item.rationale}</dd>
          </dl>
        </Card>
      ))}
      <Card title="Documents accounted for">
        <ul className="divide-y divide-slate-100 text-sm">
          {determination.documents.map((d) => {
            const doc = byId.get(d.documentId);
            return (
              <li key={d.documentId} className="py-1.5">
                <span className="font-medium">{doc?.title ?? "Document"}</span>{" "}
                <span className="text-slate-600">
                  {doc?.documentDate ? formatDate(new Date(doc.documentDate)) : ""}
                </span>
                {" — "}
                {d.notRelevantReason === null ? "Reviewed" : `Not relevant: ${d.notRelevantReason}`}
                {d.unopenedReason ? ` (not opened in the reader: ${d.unopenedReason})` : ""}
              </li>
            );
          })}
        </ul>
      </Card>
    </div>
  );
  return (
    <SplitWorkspace
      tab={tab}
      onTab={setTab}
      decision={decision}
      reader={
        <CaseReader
          caseId={caseId}
          documents={documents}
          notes={notes}
          onNotesChange={() => undefined}
          noteActions={noop}
          opened={{}}
          onPageSeen={() => undefined}
          openRequest={null}
        />
      }
    />
  );
}
