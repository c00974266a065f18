// Font registration for the letter PDF. The fonts are bundled in ./fonts (Liberation Serif,
// GPLv2 with the font-embedding exception, see ./fonts/LICENSE-LiberationFonts.txt) and are
// embedded (subset) in every letter, so its text can be selected and extracted.
// The folder is found from the project root (the app and the tests run from it);
// LETTER_FONTS_DIR overrides it, for a deployment that moves the files.
import { existsSync } from "node:fs";
import path from "node:path";
import { Font } from "@react-pdf/renderer";

export const LETTER_FONT_FAMILY = "Liberation Serif";

const REGULAR = "LiberationSerif-Regular.ttf";
const BOLD = "LiberationSerif-Bold.ttf";

let registered = false;

export function letterFontsDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.LETTER_FONTS_DIR || path.join(process.cwd(), "lib/determinations/letter/fonts");
}

/** Registers the letter fonts with the PDF renderer; later calls do nothing. */
export function registerLetterFonts(): void {
  if (registered) return;
  const dir = letterFontsDir();
  const regular = path.join(dir, REGULAR);
  if (!existsSync(regular)) {
    throw new Error(`Letter font not found: ${regular} (set LETTER_FONTS_DIR to the fonts folder)`);
  }
  Font.register({
    family: LETTER_FONT_FAMILY,
    fonts: [
      { src: regular, fontWeight: "normal" },
      { src: path.join(dir, BOLD), fontWeight: "bold" },
    ],
  });
  // Legal text: words are never split across lines.
  Font.registerHyphenationCallback((word) => [word]);
  registered = true;
}
