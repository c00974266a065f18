"use client";
// The case file: every document with its type, date and pages, a viewer, and the
// "documents reviewed" checklist whose ticked entries are listed in the letter.
import { useState } from "react";
import { formatDate } from "@/lib/format/dates.ts";
import { Card } from "@/components/ui/card.tsx";
import { Badge } from "@/components/ui/badge.tsx";
import { ViewerPanel } from "@/components/documents/viewer-panel.tsx";

export type CaseFileDocument = { id: string; kind: string; title: string; documentDate: string | null; pageCount: number | null };

const KIND_LABELS: Record<string, string> = {
  APPLICATION: "Application", UR_DECISION: "UR decision", MEDICAL_REPORT: "Medical report", CORRESPONDENCE: "Correspondence", NOTICE: "Notice", OTHER: "Other",
};

type Props = { documents: CaseFileDocument[]; reviewed: string[]; onToggle: (id: string, checked: boolean) => void; disabled: boolean };

export function CaseFilePanel({ documents, reviewed, onToggle, disabled }: Props) {
  const [open, setOpen] = useState<CaseFileDocument | null>(null);
  return (
    <Card title={`Case file (${documents.length})`}>
      {documents.length === 0 ? (
        <p className="text-sm text-slate-600">No documents have been received for this case yet.</p>
      ) : (
        <fieldset disabled={disabled}>
          <legend className="mb-2 text-sm text-slate-600">Tick each document you reviewed; the letter lists them one by one.</legend>
          <ul className="divide-y divide-slate-100">
            {documents.map((doc) => (
              <li key={doc.id} className="flex flex-wrap items-center gap-3 py-2 text-sm">
                <input id={`reviewed-${doc.id}`} type="checkbox" className="size-4 accent-brand-600" checked={reviewed.includes(doc.id)} onChange={(e) => onToggle(doc.id, e.target.checked)} />
                <label htmlFor={`reviewed-${doc.id}`} className="flex-1">
                  <span className="font-medium">{doc.title}</span>{" "}
                  <span className="text-slate-600">{doc.documentDate ? formatDate(new Date(doc.documentDate)) : "undated"}{doc.pageCount ? `, ${doc.pageCount} p.` : ""}</span>
                </label>
                <Badge>{KIND_LABELS[doc.kind] ?? doc.kind}</Badge>
                <button type="button" className="text-brand-700 underline" onClick={() => setOpen(doc)} aria-label={`View ${doc.title}`}>View</button>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      <ViewerPanel document={open} onClose={() => setOpen(null)} />
    </Card>
  );
}
