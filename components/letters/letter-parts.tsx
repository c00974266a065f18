// The pieces the web versions of letters and notices are drawn with: readable measure and
// line height on screen, plain black on white when printed (no card, no shadow).
export const ARTICLE_CLASS =
  "mx-auto max-w-3xl rounded-lg bg-white px-5 py-8 shadow-sm ring-1 ring-slate-200 sm:px-10 print:max-w-none print:rounded-none print:p-0 print:shadow-none print:ring-0";
export const TEXT_CLASS = "space-y-6 text-base leading-7 text-slate-900 print:text-[11pt] print:leading-normal";

export function DraftMark() {
  return (
    <p className="mb-6 rounded-md border-2 border-dashed border-red-700 px-4 py-2 text-center text-sm font-bold uppercase tracking-widest text-red-800">
      Draft — not issued
    </p>
  );
}

export function FieldList({ fields }: { fields: { label: string; value: string }[] }) {
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr] print:grid-cols-[max-content_1fr]">
      {fields.map((field, i) => (
        <div key={i} className="contents">
          <dt className="font-semibold">{field.label}</dt>
          <dd className="mb-2 sm:mb-0 print:mb-0">{field.value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function Paragraph({ label, text }: { label?: string; text: string }) {
  return (
    <p className="whitespace-pre-line">
      {label ? (
        <>
          <strong className="font-semibold">{label}</strong>{" "}
        </>
      ) : null}
      {text}
    </p>
  );
}

/** Lines with no numbers (the recipients): a plain list. */
export function PlainList({ lines, labelledBy }: { lines: string[]; labelledBy?: string }) {
  return (
    <ul role="list" aria-labelledby={labelledBy} className="mt-1 list-none space-y-0.5 pl-0">
      {lines.map((line, i) => (
        <li key={i}>{line}</li>
      ))}
    </ul>
  );
}

const NUMBERED = /[0-9A-Za-z]/;

/**
 * A list with the letter's own markers ("1.", "(1)"), hanging to the left as in the PDF. An
 * <ol> when the markers number the entries, else a <ul>; role="list" keeps the list's
 * semantics in browsers that drop them with list-style none.
 */
export function MarkedList({ items }: { items: { marker: string; text: string }[] }) {
  const Tag = items.some((item) => NUMBERED.test(item.marker)) ? "ol" : "ul";
  return (
    <Tag role="list" className="list-none space-y-2 pl-0">
      {items.map((item, i) => (
        <li key={i} className="grid grid-cols-[3rem_1fr] gap-x-1">
          <span className="text-right tabular-nums pr-2">{item.marker}</span>
          <span className="whitespace-pre-line">{item.text}</span>
        </li>
      ))}
    </Tag>
  );
}
