// A request for information sent to the party: the question, its due date, and the answer form
// (or the answer given). Opening it takes the "new" marker off it in the party's inbox.
import { redirect } from "next/navigation";
import { currentParty } from "@/lib/parties/current-party.ts";
import { partyLanguage } from "@/lib/i18n/party-lang.ts";
import { openPartyInformationRequest } from "@/lib/information-requests/party-information-requests.ts";
import { orNotFound } from "@/lib/http/or-not-found.ts";
import { PublicShell } from "@/components/ui/app-shell.tsx";
import { Alert } from "@/components/ui/alert.tsx";
import { Badge } from "@/components/ui/badge.tsx";
import { Card } from "@/components/ui/card.tsx";
import { LanguageSwitch } from "@/components/parties/language-switch.tsx";
import { AnswerRequestForm } from "@/components/parties/answer-request-form.tsx";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  const { t } = await partyLanguage();
  return { title: t.inbox.kinds.request };
}

export default async function PartyRequestPage({ params }: { params: Promise<{ requestId: string }> }) {
  const party = await currentParty();
  if (!party) redirect("/access");
  const request = await orNotFound(openPartyInformationRequest({ actor: party, requestId: (await params).requestId }));
  const { lang, t } = await partyLanguage();
  const day = new Intl.DateTimeFormat(lang === "es" ? "es-US" : "en-US", {
    dateStyle: "long",
    timeZone: "America/Los_Angeles",
  });
  return (
    <PublicShell labels={t.shell}>
      <div lang={lang} className="space-y-6">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <h1 className="text-2xl font-bold">{t.inbox.kinds.request}</h1>
          <div className="flex items-center gap-4">
            <LanguageSwitch lang={lang} label={t.switchTo} back="/access/case" />
            <a href="/access/case" className="text-sm text-brand-700 underline">
              {t.requests.back}
            </a>
          </div>
        </div>
        <Card title={t.requests.question}>
          <p className="whitespace-pre-wrap text-sm text-slate-800" lang="en" data-testid="request-question">
            {request.question}
          </p>
          <div className="mt-3 flex flex-wrap items-center gap-2 text-sm">
            {request.answeredAt ? (
              <Badge tone="green">{t.requests.answered(day.format(request.answeredAt))}</Badge>
            ) : (
              <>
                {request.overdue ? <Badge tone="red">{t.requests.overdue}</Badge> : null}
                <span className="font-medium">{t.requests.due(day.format(request.dueAt))}</span>
              </>
            )}
          </div>
        </Card>
        <Card title={t.requests.answerTitle}>
          {request.answeredAt ? (
            <div className="space-y-3 text-sm" data-testid="request-answer">
              <Alert tone="success">{t.requests.sentOk}</Alert>
              {request.answerText ? (
                <div>
                  <h3 className="font-semibold">{t.requests.yourAnswer}</h3>
                  <p className="whitespace-pre-wrap">{request.answerText}</p>
                </div>
              ) : null}
              <div>
                <h3 className="font-semibold">{t.requests.yourFiles}</h3>
                {request.files.length ? (
                  <ul className="list-inside list-disc">
                    {request.files.map((f) => (
                      <li key={f.documentId}>{f.fileName}</li>
                    ))}
                  </ul>
                ) : (
                  <p>{t.requests.noFiles}</p>
                )}
              </div>
            </div>
          ) : (
            <AnswerRequestForm
              requestId={request.id}
              labels={{
                answerLabel: t.requests.answerLabel,
                answerHint: t.requests.answerHint,
                filesLabel: t.requests.filesLabel,
                filesHint: t.requests.filesHint,
                send: t.requests.send,
                sending: t.requests.sending,
                generic: t.requests.errors.generic,
              }}
            />
          )}
        </Card>
      </div>
    </PublicShell>
  );
}
