"use client";
// The in-page viewer under a document list, with its close link.
import { DocumentViewer } from "./document-viewer.tsx";
import { ImageView, isImageDocument } from "./image-view.tsx";

export function ViewerPanel({
  document,
  onClose,
}: {
  document: { id: string; title: string; mimeType?: string } | null;
  onClose: () => void;
}) {
  if (!document) return null;
  return (
    <div className="mt-4 border-t border-slate-200 pt-4">
      {isImageDocument(document.mimeType) ? (
        <ImageView url={`/api/documents/${document.id}`} title={document.title} />
      ) : (
        <DocumentViewer url={`/api/documents/${document.id}`} title={document.title} />
      )}
      <button type="button" className="mt-2 text-sm text-brand-700 underline" onClick={onClose}>
        Close viewer
      </button>
    </div>
  );
}
