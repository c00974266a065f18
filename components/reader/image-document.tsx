"use client";
// A case document that is a picture (a PNG or JPEG a party sent): one page, shown as it is,
// counted as opened when shown, with the same page tools (note, cite) as a PDF page.
import { useEffect } from "react";
import { ImageView } from "@/components/documents/image-view.tsx";

export function ImageDocument({
  url,
  title,
  onPageCount,
  onCurrentPage,
  pageTools,
}: {
  url: string;
  title: string;
  onPageCount: (pages: number) => void;
  onCurrentPage: (page: number) => void;
  pageTools?: (page: number) => React.ReactNode;
}) {
  useEffect(() => {
    onPageCount(1);
    onCurrentPage(1);
  }, [onPageCount, onCurrentPage]);
  return (
    <div className="space-y-2">
      {pageTools ? <div className="flex flex-wrap gap-2">{pageTools(1)}</div> : null}
      <ImageView url={url} title={title} />
    </div>
  );
}
