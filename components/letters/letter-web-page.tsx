// A letter or notice read as a web page: a bar with the way back and the PDF it is the web
// version of (left off the printout), then the letter itself.
import Link from "@/components/ui/link.tsx";
import type { RenditionModel } from "@/lib/documents/rendition-model.ts";
import { buttonClass } from "@/components/ui/button-styles.ts";
import { LetterHtml } from "./letter-html.tsx";
import { NoticeHtml } from "./notice-html.tsx";

export function RenditionArticle({ rendition }: { rendition: RenditionModel }) {
  return rendition.kind === "letter" ? <LetterHtml model={rendition.model} /> : <NoticeHtml model={rendition.model} />;
}

type Props = {
  rendition: RenditionModel;
  pdfHref: string;
  pdfLabel: string;
  backHref: string;
  backLabel: string;
  /** a line above the letter (the party's language note) */
  note?: string;
};

export function LetterWebPage({ rendition, pdfHref, pdfLabel, backHref, backLabel, note }: Props) {
  return (
    <div className="space-y-4">
      <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-3 print:hidden">
        <Link href={backHref} className="text-sm font-medium text-brand-700 underline">
          {backLabel}
        </Link>
        <a href={pdfHref} className={buttonClass("secondary")}>
          {pdfLabel}
        </a>
      </div>
      {note ? <p className="mx-auto max-w-3xl text-sm text-slate-600 print:hidden">{note}</p> : null}
      <RenditionArticle rendition={rendition} />
    </div>
  );
}
