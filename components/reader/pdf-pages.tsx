"use client";
// One document of the case file in continuous scroll (react-pdf / pdf.js). Built for a
// 1,000-page PDF: pdf.js fetches the file in ranges (disableAutoFetch, disableStream,
// rangeChunkSize) so the first page shows without the whole file; every page keeps a
// placeholder of its height, so the scroll bar is right from the start, but only the pages
// near the viewport are rendered and pages far away are unmounted (memory stays bounded).
// Searched words are marked in the text layer; a selection in it offers "Highlight".
// The pdf.js worker is served by the app itself, never from a CDN.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { Document, Page, pdfjs } from "react-pdf";
import "react-pdf/dist/Page/TextLayer.css";
import { markHtml } from "./highlight.ts";
import { useFollowedWidth } from "@/components/ui/use-followed-width.ts";

pdfjs.GlobalWorkerOptions.workerSrc = new URL("pdfjs-dist/build/pdf.worker.min.mjs", import.meta.url).toString();

/** pages rendered each side of the current one; the rest are placeholders */
const RENDER_AROUND = 3;
const THUMBS_AROUND = 8;
const PDF_OPTIONS = { disableAutoFetch: true, disableStream: true, rangeChunkSize: 65536 } as const;

export type PdfPagesProps = {
  url: string;
  /** page to scroll to; `nonce` changes to scroll again to the same page */
  target: { page: number; nonce: number } | null;
  zoom: number;
  rotation: number;
  /** searched words to mark, on every page of this document */
  words: string[];
  /** pages already opened (thumbnail markers) */
  opened: ReadonlySet<number>;
  onPageCount: (pages: number) => void;
  /** the page most in view changed */
  onCurrentPage: (page: number) => void;
  /** text selected in a page's text layer (empty when cleared) */
  onSelect: (selection: { page: number; text: string } | null) => void;
  /** tools for one page (note, cite), drawn above it */
  pageTools: (page: number) => React.ReactNode;
};

export default function PdfPages(props: PdfPagesProps) {
  const { url, zoom, rotation, words, opened, onPageCount, onCurrentPage, onSelect, target, pageTools } = props;
  const [numPages, setNumPages] = useState(0);
  const [ratio, setRatio] = useState(1.294); // height / width of page 1 (US letter until known)
  const [current, setCurrent] = useState(1);
  const [failed, setFailed] = useState(false);
  const scroller = useRef<HTMLDivElement>(null);
  const width = useFollowedWidth(scroller, 600);

  const pageWidth = Math.max(240, Math.round((width - 24) * zoom));
  const turned = rotation % 180 !== 0;
  const pageHeight = Math.round(pageWidth * (turned ? 1 / ratio : ratio));

  // the page most in view: the last page whose top is above a third of the view (binary search
  // over the pages' offsets, so a 1,000-page document costs a few reads per scroll)
  const onScroll = useCallback(() => {
    const node = scroller.current;
    if (!node || !numPages) return;
    const y = node.scrollTop + node.clientHeight / 3;
    const pages = node.children;
    let low = 0;
    let high = pages.length - 1;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if ((pages[mid] as HTMLElement).offsetTop <= y) low = mid;
      else high = mid - 1;
    }
    const page = low + 1;
    setCurrent((old) => (old === page ? old : page));
  }, [numPages]);
  useEffect(() => {
    if (numPages) onCurrentPage(current);
  }, [current, numPages, onCurrentPage]);

  useEffect(() => {
    if (!target || !numPages) return;
    const node = scroller.current?.querySelector<HTMLElement>(`[data-page="${target.page}"]`);
    if (node && scroller.current) {
      scroller.current.scrollTop = node.offsetTop - 8;
      queueMicrotask(() => setCurrent(target.page));
    }
    // again once page 1's real size is known (the placeholders' heights change)
  }, [target, numPages, ratio]);

  // zoom and rotation keep the page in view (the browser's scroll anchoring is off: it would
  // move to whichever page its anchor was)
  const currentRef = useRef(current);
  useEffect(() => {
    currentRef.current = current;
  }, [current]);
  const firstLayout = useRef(true);
  useEffect(() => {
    if (firstLayout.current) {
      firstLayout.current = false;
      return;
    }
    const node = scroller.current?.querySelector<HTMLElement>(`[data-page="${currentRef.current}"]`);
    if (node && scroller.current) scroller.current.scrollTop = node.offsetTop - 8;
  }, [zoom, rotation]);

  const renderer = useMemo(
    () => (words.length ? ({ str }: { str: string }) => markHtml(str, words) : undefined),
    [words],
  );

  const onMouseUp = useCallback(() => {
    const selection = window.getSelection();
    const text = selection?.toString().trim() ?? "";
    const anchor =
      selection?.anchorNode instanceof Element ? selection.anchorNode : selection?.anchorNode?.parentElement;
    const pageNode = anchor?.closest<HTMLElement>("[data-page]");
    if (!text || !pageNode) return onSelect(null);
    onSelect({ page: Number(pageNode.dataset.page), text });
  }, [onSelect]);

  const pages = Array.from({ length: numPages }, (_, i) => i + 1);
  return (
    <Document
      file={url}
      options={PDF_OPTIONS}
      onLoadSuccess={async (pdf) => {
        setNumPages(pdf.numPages);
        onPageCount(pdf.numPages);
        const first = await pdf.getPage(1);
        const viewport = first.getViewport({ scale: 1 });
        if (viewport.width > 0) setRatio(viewport.height / viewport.width);
      }}
      onLoadError={() => setFailed(true)}
      loading={<p className="p-4 text-sm text-slate-600">Loading document…</p>}
      error={
        <p className="p-4 text-sm text-red-700">
          The document could not be shown.{" "}
          <a className="underline" href={url} target="_blank" rel="noreferrer">
            Open it on its own
          </a>
          .
        </p>
      }
      className="flex min-h-0 gap-2"
    >
      {failed ? null : (
        <>
          {/* thumbnails are for the pointer; the keyboard moves by page with j / k and the toolbar */}
          <nav
            aria-label="Page thumbnails"
            tabIndex={0}
            className="hidden max-h-[calc(100vh-14rem)] w-24 shrink-0 overflow-y-auto rounded-md bg-slate-100 p-1 sm:block"
          >
            <ol className="space-y-1">
              {pages.map((page) => (
                <li key={page}>
                  <button
                    type="button"
                    onClick={() => {
                      const node = scroller.current?.querySelector<HTMLElement>(`[data-page="${page}"]`);
                      if (node && scroller.current) scroller.current.scrollTop = node.offsetTop - 8;
                    }}
                    tabIndex={-1}
                    aria-current={page === current ? "page" : undefined}
                    aria-label={`Page ${page}${opened.has(page) ? ", opened" : ""}`}
                    className="relative block w-full rounded p-1 text-center text-xs text-slate-700 ring-brand-600 hover:bg-white aria-[current=page]:bg-white aria-[current=page]:ring-2"
                    data-thumb={page}
                    data-opened={opened.has(page) ? "true" : undefined}
                  >
                    <span className="block bg-white" style={{ height: Math.round(72 * ratio) }}>
                      {Math.abs(page - current) <= THUMBS_AROUND ? (
                        <Page
                          pageNumber={page}
                          width={72}
                          rotate={rotation}
                          renderTextLayer={false}
                          renderAnnotationLayer={false}
                          loading=""
                        />
                      ) : null}
                    </span>
                    <span className="mt-0.5 flex items-center justify-center gap-1">
                      {page}
                      {opened.has(page) ? (
                        <span className="inline-block size-2 rounded-full bg-green-700" aria-hidden />
                      ) : null}
                    </span>
                  </button>
                </li>
              ))}
            </ol>
          </nav>
          <div
            ref={scroller}
            onScroll={onScroll}
            onMouseUp={onMouseUp}
            onKeyUp={onMouseUp}
            data-testid="reader-pages"
            role="region"
            aria-label="Pages"
            tabIndex={0}
            style={{ overflowAnchor: "none" }}
            className="relative max-h-[calc(100vh-14rem)] min-h-[60vh] min-w-0 flex-1 overflow-auto rounded-md bg-slate-100 p-2"
          >
            {pages.map((page) => (
              <section
                key={page}
                data-page={page}
                aria-label={`Page ${page} of ${numPages}`}
                className="relative mx-auto mb-3 bg-white shadow-sm"
                style={{ width: turned ? pageHeight : pageWidth, minHeight: pageHeight }}
              >
                {Math.abs(page - current) <= RENDER_AROUND ? (
                  <div className="absolute right-1 top-1 z-10">{pageTools(page)}</div>
                ) : null}
                {Math.abs(page - current) <= RENDER_AROUND ? (
                  <Page
                    pageNumber={page}
                    width={pageWidth}
                    rotate={rotation}
                    customTextRenderer={renderer}
                    renderAnnotationLayer={false}
                    loading={<span className="sr-only">Loading page {page}…</span>}
                  />
                ) : (
                  <span className="sr-only">Page {page} is not loaded: scroll to it to load it.</span>
                )}
              </section>
            ))}
          </div>
        </>
      )}
    </Document>
  );
}
