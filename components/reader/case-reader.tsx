"use client";
// The reviewer's reader: the case file's documents (type, date, author, pages, how many pages
// opened; filtered by type), one document in continuous scroll with page thumbnails, zoom and
// rotation, search across the whole case file, notes pinned to a page (a highlighted passage
// keeps its quote), "Cite" a page into the text the reviewer last worked in, and keyboard
// shortcuts (./shortcuts.ts, listed with "?"). For a scanned page with no text layer, the
// page's OCR text is shown beside it with the searched words marked.
import dynamic from "next/dynamic";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { formatDate } from "@/lib/format/dates.ts";
import { Button } from "@/components/ui/button.tsx";
import { inputClass } from "@/components/ui/field.tsx";
import { ViewerBoundary } from "@/components/documents/viewer-boundary.tsx";
import { commandForKey, type ReaderCommand } from "./shortcuts.ts";
import { ShortcutHelp } from "./shortcut-help.tsx";
import { SearchPanel } from "./search-panel.tsx";
import { NotesPanel, type NoteActions } from "./notes-panel.tsx";
import { OcrText } from "./ocr-text.tsx";
import { ImageDocument } from "./image-document.tsx";
import { isImageDocument } from "@/components/documents/image-view.tsx";
import { searchWords } from "./highlight.ts";
import { KIND_LABELS, type ReaderDocument, type ReaderNote, type SearchHit } from "./reader-types.ts";

const PdfPages = dynamic(() => import("./pdf-pages.tsx"), {
  ssr: false,
  loading: () => <p className="p-4 text-sm text-slate-600">Loading viewer…</p>,
});

const ZOOMS = [0.5, 0.75, 1, 1.25, 1.5, 2];

export type CaseReaderProps = {
  caseId: string;
  documents: ReaderDocument[];
  notes: ReaderNote[];
  onNotesChange: (notes: ReaderNote[]) => void;
  noteActions: NoteActions;
  opened: Record<string, number[]>;
  onPageSeen: (documentId: string, page: number) => void;
  /** a request from elsewhere (the documents-reviewed list) to open a document */
  openRequest: { documentId: string; nonce: number } | null;
  /** "Cite": page of a document; absent when the decision is read only */
  onCite?: (document: ReaderDocument, page: number) => void;
};

export function CaseReader(props: CaseReaderProps) {
  const { caseId, documents, notes, onNotesChange, noteActions, opened, onPageSeen, openRequest, onCite } = props;
  const [kind, setKind] = useState("");
  const shown = useMemo(() => documents.filter((d) => !kind || d.kind === kind), [documents, kind]);
  const [docId, setDocId] = useState(documents[0]?.id ?? null);
  const doc = documents.find((d) => d.id === docId) ?? null;
  const [zoom, setZoom] = useState(1);
  const [rotation, setRotation] = useState(0);
  const [pageCount, setPageCount] = useState(0);
  const [page, setPage] = useState(1);
  const [target, setTarget] = useState<{ page: number; nonce: number } | null>(null);
  const [words, setWords] = useState<string[]>([]);
  const [ocrPage, setOcrPage] = useState<{ documentId: string; page: number } | null>(null);
  const [help, setHelp] = useState(false);
  const [selection, setSelection] = useState<{ page: number; text: string } | null>(null);
  const [draft, setDraft] = useState<{ page: number; quote: string | null } | null>(null);
  const [status, setStatus] = useState("");
  const searchBox = useRef<HTMLInputElement>(null);
  const kinds = useMemo(() => [...new Set(documents.map((d) => d.kind))], [documents]);

  const open = useCallback((id: string, at = 1) => {
    setDocId((old) => {
      if (old !== id) {
        setPageCount(0);
        setPage(at);
      }
      return id;
    });
    setTarget({ page: at, nonce: Date.now() });
    setSelection(null);
    setDraft(null);
  }, []);

  useEffect(() => {
    if (openRequest) queueMicrotask(() => open(openRequest.documentId));
  }, [openRequest, open]);

  const onCurrentPage = useCallback(
    (p: number) => {
      setPage(p);
      if (docId) onPageSeen(docId, p);
    },
    [docId, onPageSeen],
  );

  const goToPage = useCallback(
    (p: number) => {
      const to = Math.min(Math.max(1, p), pageCount || 1);
      setTarget({ page: to, nonce: Date.now() });
      setStatus(`Page ${to}`);
    },
    [pageCount],
  );

  const moveDocument = useCallback(
    (step: number) => {
      if (!shown.length) return;
      const index = shown.findIndex((d) => d.id === docId);
      const next = shown[Math.min(shown.length - 1, Math.max(0, index + step))];
      if (next && next.id !== docId) {
        open(next.id);
        setStatus(`${next.title}`);
      }
    },
    [shown, docId, open],
  );

  const run = useCallback(
    (command: ReaderCommand) => {
      switch (command) {
        case "nextPage":
          return goToPage(page + 1);
        case "previousPage":
          return goToPage(page - 1);
        case "nextDocument":
          return moveDocument(1);
        case "previousDocument":
          return moveDocument(-1);
        case "search":
          return searchBox.current?.focus();
        case "zoomIn":
          return setZoom((z) => ZOOMS[Math.min(ZOOMS.length - 1, ZOOMS.indexOf(z) + 1)] ?? z);
        case "zoomOut":
          return setZoom((z) => ZOOMS[Math.max(0, ZOOMS.indexOf(z) - 1)] ?? z);
        case "rotate":
          return setRotation((r) => (r + 90) % 360);
        case "help":
          return setHelp((h) => !h);
      }
    },
    [goToPage, moveDocument, page],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const command = commandForKey(e);
      if (!command) return;
      e.preventDefault();
      run(command);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [run]);

  const onJump = useCallback(
    (hit: SearchHit, query: string) => {
      setWords(searchWords(query));
      open(hit.documentId, hit.pageNumber);
      setOcrPage({ documentId: hit.documentId, page: hit.pageNumber });
      setStatus(`Opened ${hit.title} at page ${hit.pageNumber}`);
    },
    [open],
  );

  const openedHere = useMemo(() => new Set(docId ? (opened[docId] ?? []) : []), [opened, docId]);
  const pageTools = useCallback(
    (p: number) => (
      <span className="flex gap-1">
        {onCite ? (
          <button
            type="button"
            className="rounded bg-white/90 px-2 py-0.5 text-xs font-medium text-brand-800 ring-1 ring-slate-300 hover:bg-brand-50"
            onClick={() => setDraft({ page: p, quote: null })}
            aria-label={`Pin a note on page ${p}`}
          >
            Note
          </button>
        ) : null}
        {onCite && doc ? (
          <button
            type="button"
            className="rounded bg-white/90 px-2 py-0.5 text-xs font-medium text-brand-800 ring-1 ring-slate-300 hover:bg-brand-50"
            onClick={() => onCite(doc, p)}
            aria-label={`Cite page ${p}`}
          >
            Cite
          </button>
        ) : null}
      </span>
    ),
    [onCite, doc],
  );

  return (
    <div className="space-y-3" data-testid="case-reader">
      <SearchPanel caseId={caseId} inputRef={searchBox} onJump={onJump} />
      <div className="grid gap-3 2xl:grid-cols-[16rem_1fr]">
        <div className="space-y-2">
          <label htmlFor="reader-kind" className="block text-sm font-medium text-slate-800">
            Type of document
          </label>
          <select id="reader-kind" className={inputClass} value={kind} onChange={(e) => setKind(e.target.value)}>
            <option value="">All types ({documents.length})</option>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k] ?? k} ({documents.filter((d) => d.kind === k).length})
              </option>
            ))}
          </select>
          {documents.length === 0 ? (
            <p className="text-sm text-slate-600">No documents have been received for this case yet.</p>
          ) : (
            <ul aria-label="Documents" className="max-h-48 space-y-1 overflow-y-auto 2xl:max-h-[calc(100vh-18rem)]">
              {shown.map((d) => {
                const count = opened[d.id]?.length ?? 0;
                return (
                  <li key={d.id}>
                    <button
                      type="button"
                      onClick={() => open(d.id)}
                      aria-current={d.id === docId ? "true" : undefined}
                      className="block w-full rounded-md px-2 py-1.5 text-left text-sm ring-1 ring-slate-200 hover:bg-brand-50 aria-[current=true]:bg-brand-50 aria-[current=true]:ring-2 aria-[current=true]:ring-brand-600"
                      data-reader-document={d.id}
                    >
                      <span className="block font-medium text-slate-900">{d.title}</span>
                      <span className="block text-xs text-slate-700">
                        {KIND_LABELS[d.kind] ?? d.kind} ·{" "}
                        {d.documentDate ? formatDate(new Date(d.documentDate)) : "undated"}
                        {d.author ? ` · ${d.author}` : ""}
                        {d.pageCount ? ` · ${d.pageCount} p.` : ""}
                      </span>
                      <span className="block text-xs text-slate-700" data-progress={d.id}>
                        {d.pageCount
                          ? `${Math.min(count, d.pageCount)} of ${d.pageCount} pages opened`
                          : `${count} ${count === 1 ? "page" : "pages"} opened`}
                      </span>
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
        </div>
        <div className="min-w-0 space-y-2">
          {doc ? (
            <>
              <div className="flex flex-wrap items-center gap-2 text-sm" role="toolbar" aria-label="Document">
                <h3 className="mr-auto min-w-0 font-semibold text-slate-900">{doc.title}</h3>
                <Button
                  type="button"
                  variant="secondary"
                  onClick={() => run("previousPage")}
                  aria-label="Previous page (k)"
                >
                  ‹
                </Button>
                <span className="tabular-nums" data-testid="reader-page">
                  Page {page} of {pageCount || doc.pageCount || "…"}
                </span>
                <Button type="button" variant="secondary" onClick={() => run("nextPage")} aria-label="Next page (j)">
                  ›
                </Button>
                <Button type="button" variant="secondary" onClick={() => run("zoomOut")} aria-label="Zoom out (-)">
                  −
                </Button>
                <span className="tabular-nums" aria-label="Zoom">
                  {Math.round(zoom * 100)}%
                </span>
                <Button type="button" variant="secondary" onClick={() => run("zoomIn")} aria-label="Zoom in (+)">
                  +
                </Button>
                <Button type="button" variant="secondary" onClick={() => run("rotate")} aria-label="Rotate (r)">
                  ⟳
                </Button>
                <Button
                  type="button"
                  variant="secondary"
                  onClick={() => setHelp((h) => !h)}
                  aria-expanded={help}
                  aria-label="Keyboard shortcuts (?)"
                >
                  ?
                </Button>
                <a
                  className="text-brand-700 underline"
                  href={`/api/documents/${doc.id}`}
                  target="_blank"
                  rel="noreferrer"
                >
                  Open file
                </a>
              </div>
              {help ? <ShortcutHelp onClose={() => setHelp(false)} /> : null}
              {selection && !draft ? (
                <div className="flex flex-wrap items-center gap-2 rounded-md bg-yellow-50 p-2 text-sm ring-1 ring-yellow-200">
                  <span className="min-w-0 flex-1 truncate">
                    Selected on page {selection.page}: “{selection.text.slice(0, 80)}
                    {selection.text.length > 80 ? "…" : ""}”
                  </span>
                  <Button type="button" onClick={() => setDraft({ page: selection.page, quote: selection.text })}>
                    Highlight
                  </Button>
                </div>
              ) : null}
              <div className="flex min-w-0 gap-2">
                <div className="min-w-0 flex-1">
                  {isImageDocument(doc.mimeType) ? (
                    <ImageDocument
                      key={doc.id}
                      url={`/api/documents/${doc.id}`}
                      title={doc.title}
                      onPageCount={setPageCount}
                      onCurrentPage={onCurrentPage}
                      pageTools={pageTools}
                    />
                  ) : (
                    <ViewerBoundary url={`/api/documents/${doc.id}`}>
                      <PdfPages
                        key={doc.id}
                        url={`/api/documents/${doc.id}`}
                        target={target}
                        zoom={zoom}
                        rotation={rotation}
                        words={words}
                        opened={openedHere}
                        onPageCount={setPageCount}
                        onCurrentPage={onCurrentPage}
                        onSelect={setSelection}
                        pageTools={pageTools}
                      />
                    </ViewerBoundary>
                  )}
                </div>
                {ocrPage && ocrPage.documentId === doc.id ? (
                  <OcrText documentId={doc.id} page={ocrPage.page} words={words} onClose={() => setOcrPage(null)} />
                ) : null}
              </div>
              <NotesPanel
                documentId={doc.id}
                notes={notes}
                draft={draft}
                onDraftDone={() => {
                  setDraft(null);
                  setSelection(null);
                }}
                actions={noteActions}
                onChange={onNotesChange}
                onGoTo={goToPage}
                onCite={(p) => onCite?.(doc, p)}
                readOnly={!onCite}
              />
            </>
          ) : (
            <p className="text-sm text-slate-600">Choose a document to read it.</p>
          )}
        </div>
      </div>
      <p className="sr-only" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
