// The size a page is rendered at for OCR: about 200 dots per inch (what OCR reads well), but
// never more than MAX_PIXELS in all or MAX_SIDE on a side, so a poster-sized or odd page cannot
// take the memory of the server, and never less than one pixel.

export const OCR_DPI = 200;
export const MAX_SIDE = 4000;
export const MAX_PIXELS = 12_000_000;

/** The scale for a page whose size is given in PDF points (1/72 inch). */
export function renderScale(widthPt: number, heightPt: number): number {
  const w = Math.max(Math.abs(widthPt), 1);
  const h = Math.max(Math.abs(heightPt), 1);
  let scale = OCR_DPI / 72;
  scale = Math.min(scale, MAX_SIDE / w, MAX_SIDE / h);
  if (w * h * scale * scale > MAX_PIXELS) scale = Math.sqrt(MAX_PIXELS / (w * h));
  return scale;
}

/** Whole pixels for a size at a scale: at least 1, at most MAX_SIDE. */
export function pixels(size: number, scale: number): number {
  return Math.min(MAX_SIDE, Math.max(1, Math.ceil(Math.abs(size) * scale)));
}

/** The scale for an image of this many pixels: never enlarged, bounded like a rendered page. */
export function imageScale(widthPx: number, heightPx: number): number {
  const w = Math.max(widthPx, 1);
  const h = Math.max(heightPx, 1);
  return Math.min(1, MAX_SIDE / w, MAX_SIDE / h, Math.sqrt(MAX_PIXELS / (w * h)));
}
