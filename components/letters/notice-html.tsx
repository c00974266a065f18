// A notice to the parties (eligibility, assignment and request for records) as a web page,
// with the text of its PDF (lib/notices/notice-document.tsx) in the same order: the title an
// h1, case number and date a <dl>, the parties it went to, the paragraphs, the numbered list
// under its own h2, the closing paragraphs; English, as the notice.
import { noticeServiceStatement, type NoticeModel } from "@/lib/notices/notice-model.ts";
import { ARTICLE_CLASS, FieldList, Paragraph, PlainList, TEXT_CLASS } from "./letter-parts.tsx";

export function NoticeHtml({ model, idPrefix = "notice" }: { model: NoticeModel; idPrefix?: string }) {
  return (
    <article lang="en" aria-labelledby={`${idPrefix}-title`} className={ARTICLE_CLASS}>
      <div className={TEXT_CLASS}>
        <header className="space-y-4">
          <h1 id={`${idPrefix}-title`} className="text-2xl font-bold leading-snug text-slate-900 print:text-xl">
            {model.title}
          </h1>
          <FieldList
            fields={[
              { label: "Case Number:", value: model.caseNumber },
              { label: "Date:", value: model.date },
            ]}
          />
          <div>
            <p id={`${idPrefix}-recipients`} className="font-semibold">
              This notice was sent to:
            </p>
            <PlainList
              labelledBy={`${idPrefix}-recipients`}
              lines={model.recipients.map((r) => `${r.role}: ${r.name}`)}
            />
          </div>
        </header>
        {model.paragraphs.map((p, i) => (
          <Paragraph key={`p${i}`} text={p} />
        ))}
        {model.list ? (
          <section aria-labelledby={`${idPrefix}-list`} className="space-y-3">
            <h2 id={`${idPrefix}-list`} className="text-lg font-bold text-slate-900">
              {model.list.heading}
            </h2>
            <ol className="list-decimal space-y-2 pl-8">
              {model.list.entries.map((entry, i) => (
                <li key={i} className="whitespace-pre-line pl-1">
                  {entry}
                </li>
              ))}
            </ol>
          </section>
        ) : null}
        {model.closing.map((p, i) => (
          <Paragraph key={`c${i}`} text={p} />
        ))}
        {model.service ? (
          <section aria-labelledby={`${idPrefix}-service`} className="space-y-3">
            <h2 id={`${idPrefix}-service`} className="text-lg font-bold text-slate-900">
              PROOF OF SERVICE
            </h2>
            <Paragraph text={noticeServiceStatement(model, model.service.servedOn)} />
            <ol className="list-decimal space-y-2 pl-8">
              {model.service.lines.map((line, i) => (
                <li key={i} className="pl-1">
                  {line}
                </li>
              ))}
            </ol>
          </section>
        ) : null}
      </div>
    </article>
  );
}
