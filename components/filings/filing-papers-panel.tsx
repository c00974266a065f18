"use client";
// The papers of an online filing beside the application: each opens in the document viewer
// (a PDF) or as an image, from the audited paper route.
import { useState } from "react";
import { DocumentViewer } from "@/components/documents/document-viewer.tsx";

type Paper = {
  id: string;
  kind: string;
  fileName: string;
  mimeType: string;
  byteSize: number;
  sha256: string;
  pageCount: number | null;
};

export function FilingPapersPanel({ filingId, papers }: { filingId: string; papers: Paper[] }) {
  const [open, setOpen] = useState<Paper | null>(papers.find((p) => p.kind === "UR_DECISION") ?? papers[0] ?? null);
  const url = (p: Paper) => `/api/filings/${filingId}/papers/${p.id}`;
  return (
    <div className="space-y-3">
      <ul className="space-y-2 text-sm">
        {papers.map((p) => (
          <li key={p.id}>
            <button
              type="button"
              aria-pressed={open?.id === p.id}
              onClick={() => setOpen(p)}
              className="text-left text-brand-700 underline aria-pressed:font-semibold"
            >
              {p.kind === "UR_DECISION" ? "UR decision" : "Other paper"}: {p.fileName}
            </button>
            <span className="text-slate-500">
              {" "}
              ({p.mimeType === "application/pdf" ? `PDF${p.pageCount ? `, ${p.pageCount} p.` : ""}` : "image"},{" "}
              {Math.max(1, Math.round(p.byteSize / 1024))} KB)
            </span>
            <span className="block break-all font-mono text-xs text-slate-500">SHA-256 {p.sha256}</span>
          </li>
        ))}
      </ul>
      {open ? (
        open.mimeType === "application/pdf" ? (
          <DocumentViewer url={url(open)} title={open.fileName} />
        ) : (
          // eslint-disable-next-line @next/next/no-img-element -- an audited, no-store image of the filer's paper
          <img
            src={url(open)}
            alt={`Paper filed online: ${open.fileName}`}
            className="max-w-full rounded ring-1 ring-slate-200"
          />
        )
      ) : (
        <p className="text-sm text-slate-600">No papers were filed.</p>
      )}
    </div>
  );
}
