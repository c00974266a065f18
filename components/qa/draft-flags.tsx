// What QA should check in the draft before approving (lib/qa/draft-flags.ts): a list of the
// flags, each linking to its place in the draft's texts, where the flagged words are marked.
// The reviewer's identity is confidential (Labor Code 4610.6(f)); internal notes, contact
// details and outside links are not for the parties.
import type { DraftField, DraftFlag, DraftFlagKind } from "@/lib/qa/draft-flags.ts";
import { Badge } from "@/components/ui/badge.tsx";
import { Card } from "@/components/ui/card.tsx";

export const FLAG_KIND_WORDS: Record<DraftFlagKind, string> = {
  REVIEWER_NAME: "Reviewer's name",
  INTERNAL_NOTE: "Internal note",
  EMAIL: "E-mail address",
  PHONE: "Phone number",
  URL: "Link",
};

const flagId = (n: number) => `draft-flag-${n}`;
const thingsToCheck = (n: number) => `${n} ${n === 1 ? "thing" : "things"} to check before approval`;

/** The summary: how many things to check, each a link to its mark in the draft's texts; or that there is nothing. */
export function DraftFlagSummary({ flags }: { flags: DraftFlag[] }) {
  if (flags.length === 0) {
    return (
      <Card title="Check before approval">
        <p className="text-sm text-slate-700">
          Nothing to check: the draft&apos;s texts name no reviewer and hold no internal notes, placeholders, e-mail
          addresses, phone numbers or links outside the guideline publishers.
        </p>
      </Card>
    );
  }
  return (
    <Card title="Check before approval">
      <section aria-labelledby="draft-flags-heading" className="space-y-3">
        <h3 id="draft-flags-heading" className="text-sm font-semibold text-amber-900">
          {thingsToCheck(flags.length)}
        </h3>
        <p className="text-sm text-slate-700">
          This text would go to the parties as written. Return the draft to the reviewer, or approve it with your
          reason.
        </p>
        <ol className="space-y-2 text-sm">
          {flags.map((flag, i) => (
            <li key={flagId(i + 1)} className="rounded-md bg-amber-50 p-2 ring-1 ring-inset ring-amber-200">
              <a className="font-medium text-brand-700 underline" href={`#${flagId(i + 1)}`}>
                {i + 1}. {flag.field}: {FLAG_KIND_WORDS[flag.kind].toLowerCase()}
              </a>{" "}
              <q className="break-words font-mono text-xs text-slate-900">{flag.excerpt}</q>
              <p className="mt-1 text-slate-700">{flag.message}</p>
            </li>
          ))}
        </ol>
      </section>
    </Card>
  );
}

type NumberedFlag = DraftFlag & { n: number };

/** One text with its flagged spans marked, each with its number in the summary list. */
function MarkedText({ text, flags, total }: { text: string; flags: NumberedFlag[]; total: number }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  flags.forEach((flag) => {
    const n = flag.n;
    if (flag.start > at) parts.push(text.slice(at, flag.start));
    parts.push(
      <mark
        key={n}
        id={flagId(n)}
        tabIndex={-1}
        title={flag.message}
        className="scroll-mt-24 rounded-sm bg-amber-200 px-0.5 text-slate-900 ring-1 ring-amber-500 focus:outline-2 focus:outline-offset-2 focus:outline-brand-600"
      >
        <span className="sr-only">
          Flag {n} of {total}, {FLAG_KIND_WORDS[flag.kind].toLowerCase()}:{" "}
        </span>
        {text.slice(flag.start, flag.end)}
        <span className="sr-only">
          {" "}
          (end of flag {n}: {flag.message})
        </span>
        <sup aria-hidden className="ml-0.5 font-semibold text-amber-900">
          {n}
        </sup>
      </mark>,
    );
    at = flag.end;
  });
  if (at < text.length) parts.push(text.slice(at));
  return <p className="whitespace-pre-wrap break-words text-sm leading-6 text-slate-900">{parts}</p>;
}

/** The draft's free texts as they go into the letter, with what to check marked. */
export function DraftTextsWithFlags({ fields, flags }: { fields: DraftField[]; flags: DraftFlag[] }) {
  const numbered: NumberedFlag[] = flags.map((f, i) => ({ ...f, n: i + 1 }));
  const shown = fields.filter((f) => f.text.trim() !== "");
  return (
    <Card title="Draft texts">
      {shown.length === 0 ? (
        <p className="text-sm text-slate-600">The draft has no text yet.</p>
      ) : (
        <div className="space-y-4">
          {shown.map((field) => {
            const own = numbered.filter((f) => f.field === field.field).sort((a, b) => a.start - b.start);
            return (
              <section key={field.field} aria-label={field.field}>
                <h3 className="mb-1 flex flex-wrap items-center gap-2 text-sm font-medium text-slate-600">
                  {field.field}
                  {own.length > 0 ? (
                    <Badge tone="amber">{own.length === 1 ? "1 flag" : `${own.length} flags`}</Badge>
                  ) : null}
                </h3>
                <MarkedText text={field.text} flags={own} total={flags.length} />
              </section>
            );
          })}
        </div>
      )}
    </Card>
  );
}
