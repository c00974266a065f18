// Fonts and word breaking of the letter and notice PDFs. The fonts are bundled in ./fonts and
// embedded (subset) in every PDF, so its text can be selected and extracted:
// - Liberation Serif, the body font (GPLv2 with the font-embedding exception, see
//   ./fonts/LICENSE-LiberationFonts.txt);
// - DejaVu Sans, the fallback for characters Liberation Serif lacks (check marks, some
//   arrows and symbols; license in ./fonts/LICENSE-DejaVuFonts.txt). The styles name both,
//   LETTER_FONT_STACK; the renderer takes each character from the first font that has it and
//   embeds DejaVu Sans only when it is used.
// The renderer always appends its built-in Helvetica (never embedded) to a font stack and
// takes any character no font has from it, line breaks included, which left a reference to
// an unembedded Helvetica in every letter. So, once each font is loaded: Liberation Serif
// claims the line break characters (a zero-width glyph; the line breaker drops them) and tab
// (drawn as a space); DejaVu Sans claims every other character, drawing one it lacks (CJK,
// emoji) as its visible "missing glyph" box instead of letting it vanish.
// Words are kept whole, except one too long to be sure to fit a line (a URL, a long drug
// name or number), which may break after / . - _ ? & = and similar, or every few
// characters, with no hyphen added: its text stays exactly as written. A soft hyphen in a
// word is a break point that shows a hyphen when used.
// The folder is found from the project root (the app and the tests run from it);
// LETTER_FONTS_DIR overrides it, for a deployment that moves the files.
import { existsSync } from "node:fs";
import path from "node:path";
import { Font } from "@react-pdf/renderer";

export const LETTER_FONT_FAMILY = "Liberation Serif";
export const FALLBACK_FONT_FAMILY = "DejaVu Sans";
/** The fontFamily of every letter and notice style: body font first, then the fallback. */
export const LETTER_FONT_STACK = [LETTER_FONT_FAMILY, FALLBACK_FONT_FAMILY];

const FILES = {
  [LETTER_FONT_FAMILY]: { normal: "LiberationSerif-Regular.ttf", bold: "LiberationSerif-Bold.ttf" },
  [FALLBACK_FONT_FAMILY]: { normal: "DejaVuSans.ttf", bold: "DejaVuSans-Bold.ttf" },
};

/** A word of at most this many characters is never split: even in capitals, 14-point bold, it fits the text column. */
export const MAX_WHOLE_WORD = 30;
/** Longest piece of a split word between two break opportunities. */
const MAX_PIECE = 12;
/** A long word may break after these characters (URL and path separators, hyphens). */
const PIECES = /[^/.\-_?&=#:;,+~@|\\]+[/.\-_?&=#:;,+~@|\\]*|[/.\-_?&=#:;,+~@|\\]+/g;

const SOFT_HYPHEN = "\u00AD";

let registered = false;

export function letterFontsDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.LETTER_FONTS_DIR || path.join(process.cwd(), "lib/determinations/letter/fonts");
}

/**
 * The hyphenation callback: a word's pieces, between which the line may break. An empty
 * piece is the renderer's zero-width break opportunity that adds no hyphen (a break between
 * two non-empty pieces would add one); the pieces join to the word unchanged.
 */
export function breakLongWord(word: string): string[] {
  // Soft hyphens are the author's break points (the renderer adds the hyphen there).
  if (word.includes(SOFT_HYPHEN)) return word.split(SOFT_HYPHEN);
  if (word.length <= MAX_WHOLE_WORD) return [word];
  const pieces: string[] = [];
  for (const part of word.match(PIECES) ?? [word]) {
    const chars = Array.from(part);
    for (let i = 0; i < chars.length; i += MAX_PIECE) {
      if (pieces.length > 0) pieces.push("");
      pieces.push(chars.slice(i, i + MAX_PIECE).join(""));
    }
  }
  return pieces;
}

/** The parts of a loaded font the renderer asks which characters it has. */
type GlyphSource = {
  hasGlyphForCodePoint(codePoint: number): boolean;
  glyphForCodePoint(codePoint: number): unknown;
  getGlyph(id: number, codePoints?: number[]): unknown;
};

const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const TAB = 0x09;
/** TrueType's ".null" glyph: no outline, zero width (glyph 1 of the Liberation fonts). */
const NULL_GLYPH = 1;

/** Body font: line breaks as a zero-width glyph and tab as a space, so neither falls to Helvetica. */
function claimControls(font: GlyphSource): void {
  const has = font.hasGlyphForCodePoint.bind(font);
  const glyphFor = font.glyphForCodePoint.bind(font);
  font.hasGlyphForCodePoint = (cp) => cp === LINE_FEED || cp === CARRIAGE_RETURN || cp === TAB || has(cp);
  font.glyphForCodePoint = (cp) => {
    if (cp === LINE_FEED || cp === CARRIAGE_RETURN) return font.getGlyph(NULL_GLYPH, [cp]);
    return glyphFor(cp === TAB ? 0x20 : cp);
  };
}

/** Fallback font: the last resort for every character, drawn as its "missing glyph" box if it lacks it. */
function claimAll(font: GlyphSource): void {
  font.hasGlyphForCodePoint = () => true;
}

/** Applies `adjust` to each font of a family as soon as it is loaded (once per process). */
function onLoad(family: string, adjust: (font: GlyphSource) => void): void {
  for (const source of Font.getRegisteredFonts()[family].sources) {
    const load = source.load.bind(source);
    let adjusted = false;
    source.load = async () => {
      await load();
      if (!adjusted && source.data) {
        adjust(source.data as unknown as GlyphSource);
        adjusted = true;
      }
    };
  }
}

/** Registers the letter fonts with the PDF renderer; later calls do nothing. */
export function registerLetterFonts(): void {
  if (registered) return;
  const dir = letterFontsDir();
  for (const [family, files] of Object.entries(FILES)) {
    const regular = path.join(dir, files.normal);
    if (!existsSync(regular)) {
      throw new Error(`Letter font not found: ${regular} (set LETTER_FONTS_DIR to the fonts folder)`);
    }
    Font.register({
      family,
      fonts: [
        { src: regular, fontWeight: "normal" },
        { src: path.join(dir, files.bold), fontWeight: "bold" },
      ],
    });
  }
  onLoad(LETTER_FONT_FAMILY, claimControls);
  onLoad(FALLBACK_FONT_FAMILY, claimAll);
  Font.registerHyphenationCallback(breakLongWord);
  registered = true;
}
