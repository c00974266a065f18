// OCR with tesseract.js, offline: the English model comes from the @tesseract.js-data/eng
// package (4.0.0_best_int, gzipped) in node_modules, never from the network, and tesseract's
// cache goes to a writable folder under the system's temporary folder. One worker per
// extraction run, made on the first page that needs OCR and always terminated (withOcr).
// IMR_OCR_LANG_PATH points elsewhere (a deployment that copies the model out of node_modules).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export type OcrResult = { text: string; confidence: number };
export type Ocr = { recognize(image: Buffer): Promise<OcrResult> };

export function ocrLangPath(env: Record<string, string | undefined> = process.env): string {
  return (
    env.IMR_OCR_LANG_PATH?.trim() ||
    path.join(process.cwd(), "node_modules", "@tesseract.js-data", "eng", "4.0.0_best_int")
  );
}

/** Whether the English model is where OCR will look for it. */
export function ocrAvailable(env: Record<string, string | undefined> = process.env): boolean {
  return fs.existsSync(path.join(ocrLangPath(env), "eng.traineddata.gz"));
}

type Worker = import("tesseract.js").Worker;

/**
 * Runs `work` with a lazily started OCR worker and terminates it afterwards, whatever happens.
 * `work` gets an Ocr whose first recognize() starts the worker.
 */
export async function withOcr<T>(work: (ocr: Ocr) => Promise<T>): Promise<T> {
  let worker: Promise<Worker> | undefined;
  const start = async () => {
    const { createWorker } = await import("tesseract.js");
    const cachePath = path.join(os.tmpdir(), "imr-tesseract-cache");
    fs.mkdirSync(cachePath, { recursive: true });
    return createWorker("eng", 1, {
      langPath: ocrLangPath(),
      gzip: true,
      cachePath,
      // an error inside the worker rejects the page's recognize(); it must not end the server
      errorHandler: () => {},
    });
  };
  const ocr: Ocr = {
    async recognize(image) {
      worker ??= start();
      const { data } = await (await worker).recognize(image);
      return { text: data.text ?? "", confidence: data.confidence ?? 0 };
    },
  };
  try {
    return await work(ocr);
  } finally {
    if (worker) await worker.then((w) => w.terminate()).catch(() => {});
  }
}
