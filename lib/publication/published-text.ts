// The text of a letter's published copy that the public search indexes, from the same blocks
// the PDF is drawn from (lib/determinations/letter/letter-blocks.ts): the letter without WHAT
// HAPPENS NEXT, which is the same for every letter and would make every decision match words
// such as "appeal".
import { letterBlocks, type LetterBlock } from "../determinations/letter/letter-blocks.ts";
import type { LetterModel } from "../determinations/letter/letter-model.ts";
import { HEADINGS } from "../determinations/letter/letter-text.ts";

export const PUBLISHED_MARK = "Published copy \u2014 identifying information removed";

function blockText(block: LetterBlock): string {
  switch (block.kind) {
    case "title":
    case "notice":
    case "heading":
    case "itemTitle":
      return block.text;
    case "paragraph":
      return block.label ? `${block.label} ${block.text}` : block.text;
    case "fields":
      return block.fields.map((f) => `${f.label} ${f.value}`).join("\n");
    case "recipients":
      return [block.label, ...block.lines].join("\n");
    case "list":
      return block.items.map((item) => `${item.marker} ${item.text}`).join("\n");
  }
}

export function searchableText(model: LetterModel): string {
  const blocks = letterBlocks(model);
  const next = blocks.findIndex((b) => b.kind === "heading" && b.text === HEADINGS.nextSteps);
  return (next < 0 ? blocks : blocks.slice(0, next)).map(blockText).join("\n\n");
}
