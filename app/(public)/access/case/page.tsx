import { redirect } from "next/navigation";
import { currentParty } from "@/lib/parties/current-party.ts";
import { partyCaseView } from "@/lib/parties/party-case-view.ts";
import { partyLanguage } from "@/lib/i18n/party-lang.ts";
import { partyRenditions } from "@/lib/documents/read-letter-rendition.ts";
import { partyInbox } from "@/lib/parties/party-inbox.ts";
import { partyInformationRequests } from "@/lib/information-requests/party-information-requests.ts";
import { PARTY_LETTER_WORDS } from "@/components/letters/party-letter-words.ts";
import { PublicShell } from "@/components/ui/app-shell.tsx";
import { Card } from "@/components/ui/card.tsx";
import { LanguageSwitch } from "@/components/parties/language-switch.tsx";
import { PartyTimeline } from "@/components/parties/party-timeline.tsx";
import { PartyInbox } from "@/components/parties/party-inbox.tsx";
import { PartyOutcome } from "@/components/parties/party-outcome.tsx";
import { PartyRequests } from "@/components/parties/party-requests.tsx";
import { leavePartyAccessAction } from "../actions.ts";
import { RecordsSubmission } from "@/components/parties/records-submission.tsx";
import { declareRecordsCompleteAction, labelPartyDocumentAction } from "./records-actions.ts";

export const dynamic = "force-dynamic";
export const metadata = { title: "Your case" };

export default async function PartyCasePage() {
  const party = await currentParty();
  if (!party) redirect("/access");
  const view = await partyCaseView(party).catch(() => null);
  if (!view) redirect("/access");
  const { lang, t } = await partyLanguage();
  const issuedFormat = new Intl.DateTimeFormat(lang === "es" ? "es-US" : "en-US", {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: "America/Los_Angeles",
  });
  const letters = view.case.determinations;
  const formatDay = (at: Date) =>
    new Intl.DateTimeFormat(lang === "es" ? "es-US" : "en-US", {
      dateStyle: "long",
      timeZone: "America/Los_Angeles",
    }).format(at);
  // the page's sections, each its own component (components/parties/*)
  const [withWebVersion, inbox, requests] = await Promise.all([
    partyRenditions(party),
    partyInbox(party),
    partyInformationRequests({ actor: party }),
  ]);
  return (
    <PublicShell labels={t.shell}>
      <div lang={lang} className="space-y-6">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <h1 className="text-2xl font-bold">{t.caseTitle(view.case.caseNumber)}</h1>
          <div className="flex items-center gap-4">
            <LanguageSwitch lang={lang} label={t.switchTo} back="/access/case" />
            <form action={leavePartyAccessAction}>
              <button className="text-sm text-brand-700 underline" type="submit">
                {t.closeCase}
              </button>
            </form>
          </div>
        </div>
        {view.outcome ? (
          <PartyOutcome items={view.outcome.items} appeal={view.outcome.appeal} lang={lang} t={t} />
        ) : null}
        <Card title={t.letters}>
          {letters.length === 0 ? (
            <p className="text-sm text-slate-600">{t.noLetters}</p>
          ) : (
            <ul className="space-y-2 text-sm">
              {letters.map((letter) => (
                <li key={letter.letterId} className="flex flex-wrap items-center gap-3">
                  <span>
                    {t.letter(letter.version)}, {t.issued} {letter.issuedAt ? issuedFormat.format(letter.issuedAt) : ""}
                    {letter.status === "SUPERSEDED" ? ` — ${t.replaced}` : ""}
                  </span>
                  <a className="font-semibold text-brand-700 underline" href={`/api/party/letters/${letter.letterId}`}>
                    {t.download}
                  </a>
                  {letter.letterId && withWebVersion.has(letter.letterId) ? (
                    <a
                      className="font-semibold text-brand-700 underline"
                      href={`/access/case/letters/${letter.letterId}`}
                    >
                      {PARTY_LETTER_WORDS[lang].readAsWebPage}
                      <span className="sr-only"> ({t.letter(letter.version)})</span>
                    </a>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
          {lang === "es" ? <p className="mt-3 text-xs text-slate-600">{t.lettersInEnglish}</p> : null}
        </Card>
        <PartyRequests requests={requests} t={t} formatDay={formatDay} />
        <RecordsSubmission
          party={party}
          lang={lang}
          label={labelPartyDocumentAction}
          declare={declareRecordsCompleteAction}
        />
        <PartyInbox
          items={inbox}
          withWebVersion={withWebVersion}
          lang={lang}
          t={t}
          format={(at) => issuedFormat.format(at)}
        />
        <Card title={t.progress}>
          <PartyTimeline steps={view.timeline} t={t} lang={lang} />
        </Card>
      </div>
    </PublicShell>
  );
}
