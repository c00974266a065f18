// Renders a final determination letter (LetterModel) to a PDF, in memory.
import { renderToBuffer } from "@react-pdf/renderer";
import { registerLetterFonts } from "./fonts.ts";
import { LetterDocument } from "./letter-document.tsx";
import type { LetterModel } from "./letter-model.ts";

/** The letter as PDF bytes, fonts embedded. */
export async function renderLetterPdf(model: LetterModel): Promise<Buffer> {
  registerLetterFonts();
  return renderToBuffer(<LetterDocument model={model} />);
}
