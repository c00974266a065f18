// pdf.js in Node (the legacy build, which runs without a browser): opening a PDF from bytes
// with XFA forms off. Node 20 lacks Promise.withResolvers, which pdf.js 5+ uses, so
// it is supplied here before pdf.js loads. Rendering uses pdf.js's own Node canvas factory
// (@napi-rs/canvas); pdf.js 6 compiles no font code with eval. Loaded on first use: a process that never reads a PDF never loads it.
import path from "node:path";

type WithResolvers = <T>() => { promise: Promise<T>; resolve: (value: T) => void; reject: (reason: unknown) => void };
const promiseStatics = Promise as unknown as { withResolvers?: WithResolvers };
promiseStatics.withResolvers ??= <T>() => {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  return { promise, resolve, reject };
};

export type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");
let loaded: Promise<PdfJs> | undefined;

export function loadPdfJs(): Promise<PdfJs> {
  return (loaded ??= import("pdfjs-dist/legacy/build/pdf.mjs"));
}

/** Opens a PDF for reading; the caller destroys the returned task when done. */
export async function openPdf(bytes: Buffer) {
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    enableXfa: false,
    useSystemFonts: false,
    verbosity: 0,
    // fonts a PDF names without embedding them (Helvetica, Times), for rendering a page to OCR it
    standardFontDataUrl: path.join(process.cwd(), "node_modules", "pdfjs-dist", "standard_fonts") + path.sep,
  });
  return task;
}
