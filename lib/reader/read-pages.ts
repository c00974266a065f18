// Reading a document page by page: the text layer through pdf.js, and for a page without
// meaningful text, the page rendered (./render-size.ts) and OCR'd. One page at a time, its
// resources released before the next (page.cleanup), so a 1,000-page PDF takes the memory of
// one page plus the file. A page that cannot be read (a broken page object, a render or OCR
// failure) is a page with no text, never a failure of the document. An image file (PNG,
// JPEG) is one page, OCR'd directly.
import { createCanvas, loadImage } from "@napi-rs/canvas";
import type { PageTextSource } from "../db/generated/enums.ts";
import type { Ocr } from "./ocr-worker.ts";
import { hasMeaningfulText, pageTextOf, plainText, readableCharacters } from "./page-text.ts";
import { openPdf } from "./pdfjs-node.ts";
import { imageScale, pixels, renderScale } from "./render-size.ts";

export type PageText = {
  pageNumber: number;
  text: string;
  source: PageTextSource;
  ocrConfidence: number | null;
  /** OCR was tried on this page and failed (an error, not merely no text found) */
  ocrFailed: boolean;
};

/** Why a whole file could not be read, in words for the status line. */
export class UnreadableDocument extends Error {
  constructor(
    readonly reason: "encrypted" | "corrupt" | "empty" | "unsupported",
    message: string,
  ) {
    super(message);
    this.name = "UnreadableDocument";
  }
}

export type PdfPages = {
  numPages: number;
  read(pageNumber: number, ocr: Ocr): Promise<PageText>;
  close(): Promise<void>;
};

type PdfPage = Awaited<ReturnType<Awaited<Awaited<ReturnType<typeof openPdf>>["promise"]>["getPage"]>>;

export async function openPdfPages(bytes: Buffer): Promise<PdfPages> {
  const task = await openPdf(bytes);
  let doc;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => {});
    const name = (error as { name?: string } | null)?.name;
    if (name === "PasswordException")
      throw new UnreadableDocument("encrypted", "The PDF is protected by a password; its text cannot be read.");
    throw new UnreadableDocument("corrupt", "The PDF is damaged; its text cannot be read.");
  }
  if (doc.numPages < 1) {
    await task.destroy().catch(() => {});
    throw new UnreadableDocument("empty", "The PDF has no pages.");
  }
  return {
    numPages: doc.numPages,
    async read(pageNumber, ocr) {
      let page: PdfPage | undefined;
      try {
        page = await doc.getPage(pageNumber);
        const content = await page.getTextContent();
        const layer = pageTextOf(content.items as { str?: string; hasEOL?: boolean }[]);
        if (hasMeaningfulText(layer)) return textPage(pageNumber, layer, "TEXT_LAYER");
        return await ocrPage(pageNumber, layer, () => renderPage(page!), ocr);
      } catch {
        return { pageNumber, text: "", source: "NONE", ocrConfidence: null, ocrFailed: true };
      } finally {
        page?.cleanup();
      }
    },
    close: () => task.destroy().catch(() => {}),
  };
}

/** An image file as its one page, OCR'd (bounded like a rendered page). */
export async function readImagePage(bytes: Buffer, ocr: Ocr): Promise<PageText> {
  return ocrPage(
    1,
    "",
    async () => {
      const image = await loadImage(bytes);
      if (!image.width || !image.height) throw new Error("empty image");
      const scale = imageScale(image.width, image.height);
      const canvas = createCanvas(pixels(image.width, scale), pixels(image.height, scale));
      const context = canvas.getContext("2d");
      context.fillStyle = "#ffffff";
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      return canvas.toBuffer("image/png");
    },
    ocr,
  );
}

function textPage(pageNumber: number, text: string, source: PageTextSource, ocrConfidence: number | null = null) {
  return { pageNumber, text, source, ocrConfidence, ocrFailed: false };
}

async function ocrPage(pageNumber: number, layer: string, image: () => Promise<Buffer>, ocr: Ocr): Promise<PageText> {
  try {
    const result = await ocr.recognize(await image());
    const text = plainText(result.text);
    if (readableCharacters(text) > readableCharacters(layer))
      return textPage(pageNumber, text, "OCR", Math.round(result.confidence * 10) / 10);
    return layer ? textPage(pageNumber, layer, "TEXT_LAYER") : textPage(pageNumber, "", "NONE");
  } catch {
    return { pageNumber, text: layer, source: layer ? "TEXT_LAYER" : "NONE", ocrConfidence: null, ocrFailed: true };
  }
}

async function renderPage(page: PdfPage): Promise<Buffer> {
  const base = page.getViewport({ scale: 1 });
  const scale = renderScale(base.width, base.height);
  const viewport = page.getViewport({ scale });
  const canvas = createCanvas(pixels(viewport.width, 1), pixels(viewport.height, 1));
  const context = canvas.getContext("2d");
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, canvas.width, canvas.height);
  await page.render({
    canvas: canvas as unknown as HTMLCanvasElement,
    canvasContext: context as unknown as CanvasRenderingContext2D,
    viewport,
  }).promise;
  return canvas.toBuffer("image/png");
}
