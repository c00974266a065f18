"use client";
// In-browser PDF viewer (react-pdf / pdf.js). The pdf.js worker is served by the app
// itself, never from a CDN: closed networks must work.
import { useRef, useState } from "react";
import { Document, Page, pdfjs } from "react-pdf";
import "react-pdf/dist/Page/TextLayer.css";
import "react-pdf/dist/Page/AnnotationLayer.css";
import { Button } from "@/components/ui/button.tsx";
import { useFollowedWidth } from "@/components/ui/use-followed-width.ts";
import { ViewerBoundary } from "./viewer-boundary.tsx";

pdfjs.GlobalWorkerOptions.workerSrc = new URL("pdfjs-dist/build/pdf.worker.min.mjs", import.meta.url).toString();

export default function PdfViewer({ url, title }: { url: string; title: string }) {
  return (
    <ViewerBoundary url={url}>
      <Viewer url={url} title={title} />
    </ViewerBoundary>
  );
}

function Viewer({ url, title }: { url: string; title: string }) {
  const [pages, setPages] = useState(0);
  const [page, setPage] = useState(1);
  const box = useRef<HTMLDivElement>(null);
  const width = useFollowedWidth(box, 0);
  return (
    <div className="space-y-2" ref={box}>
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
        <span className="font-medium">{title}</span>
        <span className="flex items-center gap-2">
          <Button
            type="button"
            variant="secondary"
            onClick={() => setPage(page - 1)}
            disabled={page <= 1}
            aria-label="Previous page"
          >
            ‹
          </Button>
          <span aria-live="polite">
            Page {page} of {pages || "…"}
          </span>
          <Button
            type="button"
            variant="secondary"
            onClick={() => setPage(page + 1)}
            disabled={page >= pages}
            aria-label="Next page"
          >
            ›
          </Button>
          <a className="text-brand-700 underline" href={url} target="_blank" rel="noreferrer">
            Open
          </a>
        </span>
      </div>
      <div className="overflow-auto rounded-md bg-slate-100 p-2 ring-1 ring-slate-200" data-testid="pdf-viewer">
        <Document
          file={url}
          onLoadSuccess={({ numPages }) => {
            setPages(numPages);
            setPage(1);
          }}
          loading={<p className="p-4 text-sm text-slate-600">Loading document…</p>}
          error={<p className="p-4 text-sm text-red-700">The document could not be shown. Use “Open” to view it.</p>}
        >
          {pages > 0 ? <Page pageNumber={page} width={Math.max(280, width - 16)} /> : null}
        </Document>
      </div>
    </div>
  );
}
