import { partyLanguage } from "@/lib/i18n/party-lang.ts";
import { PublicShell } from "@/components/ui/app-shell.tsx";
import { Card } from "@/components/ui/card.tsx";
import { LanguageSwitch } from "@/components/parties/language-switch.tsx";
import { PartyAccessForm } from "@/components/parties/party-access-form.tsx";
import { openPartyAccessAction } from "./actions.ts";

export const metadata = { title: "Open your case" };
export const dynamic = "force-dynamic";

export default async function PartyAccessPage() {
  const { lang, t } = await partyLanguage();
  return (
    <PublicShell labels={t.shell}>
      <div className="mx-auto max-w-md" lang={lang}>
        <div className="mb-2 flex items-center justify-between gap-3">
          <h1 className="text-2xl font-bold">{t.openTitle}</h1>
          <LanguageSwitch lang={lang} label={t.switchTo} back="/access" />
        </div>
        <p className="mb-4 text-sm text-slate-600">{t.openIntro}</p>
        <Card>
          <PartyAccessForm
            action={openPartyAccessAction}
            labels={{
              caseNumber: t.caseNumber,
              caseNumberHint: t.caseNumberHint,
              accessCode: t.accessCode,
              accessCodeHint: t.accessCodeHint,
              open: t.open,
              checking: t.checking,
            }}
          />
        </Card>
        <p className="mt-4 text-sm text-slate-700">
          {lang === "es" ? "¿Aún no tiene un caso? " : "No case yet? "}
          <a href={`/file?lang=${lang}`} className="text-brand-700 underline">
            {lang === "es" ? "Presente una solicitud de IMR en línea" : "File an application for IMR online"}
          </a>
          .
        </p>
      </div>
    </PublicShell>
  );
}
