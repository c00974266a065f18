// The final determination letter as a web page: the same blocks, in the same order and with
// exactly the same text, as the PDF (lib/determinations/letter/letter-blocks.ts), drawn as
// semantic HTML for screen readers, zoom and reflow, which the PDF cannot offer (react-pdf
// writes no tags): the title an h1, each section an h2 heading its own <section>, each item
// an h3, the notice block's rows a <dl>, the numbered lists <ol> with the letter's own
// markers, and the language of the letter (English) on the <article>.
import { letterBlocks, type LetterBlock } from "@/lib/determinations/letter/letter-blocks.ts";
import type { LetterModel } from "@/lib/determinations/letter/letter-model.ts";
import { ARTICLE_CLASS, DraftMark, FieldList, MarkedList, PlainList, Paragraph, TEXT_CLASS } from "./letter-parts.tsx";

type Group = { heading: Extract<LetterBlock, { kind: "heading" }> | null; blocks: LetterBlock[] };

/** The blocks cut at each heading: the opening (title, notice block) and one group per section. */
function groups(blocks: LetterBlock[]): Group[] {
  const found: Group[] = [{ heading: null, blocks: [] }];
  for (const block of blocks) {
    if (block.kind === "heading") found.push({ heading: block, blocks: [] });
    else found[found.length - 1].blocks.push(block);
  }
  return found;
}

function Block({ block, id }: { block: LetterBlock; id: string }) {
  switch (block.kind) {
    case "title":
      return (
        <h1 id={id} className="text-2xl font-bold leading-snug text-slate-900 print:text-xl">
          {block.text}
        </h1>
      );
    case "notice":
      return (
        <p className="whitespace-pre-line border-l-4 border-amber-500 bg-amber-50 px-4 py-3 font-medium text-amber-950 print:bg-transparent">
          {block.text}
        </p>
      );
    case "fields":
      return <FieldList fields={block.fields} />;
    case "recipients":
      return (
        <div>
          <p id={id} className="font-semibold">
            {block.label}
          </p>
          <PlainList labelledBy={id} lines={block.lines} />
        </div>
      );
    case "heading":
      return (
        <h2 id={id} className="pt-4 text-lg font-bold uppercase tracking-wide text-slate-900">
          {block.text}
        </h2>
      );
    case "paragraph":
      return <Paragraph label={block.label} text={block.text} />;
    case "itemTitle":
      return <h3 className="pt-2 text-base font-bold text-slate-900">{block.text}</h3>;
    case "list":
      return <MarkedList items={block.items} />;
    default:
      return <UnknownBlock block={block as unknown} />;
  }
}

/** Every string inside a value, in order. */
function textsOf(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(textsOf);
  if (value && typeof value === "object") return Object.values(value).flatMap(textsOf);
  return [];
}

/** A block of a kind this page does not know: its text as a paragraph, never nothing. */
function UnknownBlock({ block }: { block: unknown }) {
  const { kind: _kind, ...rest } = (block ?? {}) as Record<string, unknown>;
  const text = textsOf(rest).join("\n");
  return text ? <p className="whitespace-pre-line">{text}</p> : null;
}

export function LetterHtml({ model, idPrefix = "letter" }: { model: LetterModel; idPrefix?: string }) {
  const blocks = letterBlocks(model);
  return (
    <article lang="en" aria-labelledby={`${idPrefix}-title`} className={ARTICLE_CLASS}>
      {model.draft ? <DraftMark /> : null}
      <div className={TEXT_CLASS}>
        {groups(blocks).map((group, g) => {
          const headingId = `${idPrefix}-s${g}`;
          const content = group.blocks.map((block, i) => (
            <Block
              key={i}
              block={block}
              id={block.kind === "title" ? `${idPrefix}-title` : `${idPrefix}-s${g}-b${i}`}
            />
          ));
          if (!group.heading)
            return (
              <header key={g} className="space-y-4">
                {content}
              </header>
            );
          return (
            <section key={g} aria-labelledby={headingId} className="space-y-4">
              <Block block={group.heading} id={headingId} />
              {content}
            </section>
          );
        })}
      </div>
    </article>
  );
}
