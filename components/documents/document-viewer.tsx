"use client";
// Loads the PDF viewer only in the browser (pdf.js needs a DOM).
import dynamic from "next/dynamic";

export const DocumentViewer = dynamic(() => import("./pdf-viewer.tsx"), {
  ssr: false,
  loading: () => <p className="p-4 text-sm text-slate-600">Loading viewer…</p>,
});
