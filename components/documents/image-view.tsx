// A document that is a picture (a photographed or scanned page a party sent as PNG or JPEG),
// shown as it is: the document route serves it inline with the same access and audit as a PDF.
export function isImageDocument(mimeType: string | null | undefined): boolean {
  return mimeType === "image/png" || mimeType === "image/jpeg";
}

export function ImageView({ url, title }: { url: string; title: string }) {
  return (
    <figure className="overflow-auto rounded border border-slate-200 bg-white p-2">
      {/* eslint-disable-next-line @next/next/no-img-element -- a case record behind the session, never optimized or cached */}
      <img src={url} alt={`${title} (image, page 1 of 1)`} className="mx-auto h-auto max-w-full" />
      <figcaption className="mt-1 text-xs text-slate-600">{title}</figcaption>
    </figure>
  );
}
