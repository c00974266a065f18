"use client";
// A scanned page's text, beside the page: shown when the page has no text layer of its own
// (its text came from OCR), with the searched words marked. Nothing is shown for a page whose
// own text layer carries the marks.
import { useEffect, useState } from "react";
import { markParts } from "./highlight.ts";

type PageText = { ok: true; pageNumber: number; source: "TEXT_LAYER" | "OCR" | "NONE"; text: string };

export function OcrText({
  documentId,
  page,
  words,
  onClose,
}: {
  documentId: string;
  page: number;
  words: string[];
  onClose: () => void;
}) {
  const [text, setText] = useState<PageText | null>(null);
  useEffect(() => {
    let live = true;
    fetch(`/api/documents/${documentId}/pages/${page}/text`, { headers: { accept: "application/json" } })
      .then((r) => (r.ok ? (r.json() as Promise<PageText>) : null))
      .then((body) => {
        if (live) setText(body && body.ok ? body : null);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [documentId, page]);
  if (!text || text.source !== "OCR") return null;
  return (
    <aside
      aria-label={`Text read from page ${page} (OCR)`}
      className="max-h-[calc(100vh-14rem)] w-64 shrink-0 overflow-y-auto rounded-md bg-white p-2 text-sm ring-1 ring-slate-300"
      data-testid="ocr-text"
    >
      <div className="mb-1 flex items-center justify-between gap-2">
        <h4 className="font-semibold text-slate-900">Page {page}: text read by OCR</h4>
        <button type="button" className="text-brand-700 underline" onClick={onClose}>
          Close
        </button>
      </div>
      <p className="text-xs text-slate-600">This page is a scan: its words were read by OCR and may contain errors.</p>
      <p className="mt-2 whitespace-pre-wrap text-slate-900">
        {markParts(text.text, words).map((part, i) =>
          part.match ? (
            <mark key={i} className="rounded-sm bg-yellow-200 px-0.5">
              {part.text}
            </mark>
          ) : (
            <span key={i}>{part.text}</span>
          ),
        )}
      </p>
    </aside>
  );
}
