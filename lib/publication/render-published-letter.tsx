// Renders the published copy (a redacted LetterModel) to PDF bytes, fonts embedded.
import { renderToBuffer } from "@react-pdf/renderer";
import { registerLetterFonts } from "../determinations/letter/fonts.ts";
import type { LetterModel } from "../determinations/letter/letter-model.ts";
import { PublishedLetterDocument } from "./published-letter-document.tsx";

export async function renderPublishedLetterPdf(model: LetterModel): Promise<Buffer> {
  registerLetterFonts();
  return renderToBuffer(<PublishedLetterDocument model={model} />);
}
