import Link from "@/components/ui/link.tsx";
import { connection } from "next/server";
import { partyLanguage } from "@/lib/i18n/party-lang.ts";
import { PublicShell } from "@/components/ui/app-shell.tsx";
import { PARTY_LETTER_WORDS } from "@/components/letters/party-letter-words.ts";

export default async function PartyLetterNotFound() {
  // Rendered per request, so its scripts carry the request's CSP nonce (proxy.ts).
  await connection();
  const { lang, t } = await partyLanguage();
  const words = PARTY_LETTER_WORDS[lang];
  return (
    <PublicShell labels={t.shell}>
      <div lang={lang} className="mx-auto max-w-xl py-12 text-center">
        <p className="text-sm font-semibold text-brand-700">404</p>
        <h1 className="mt-2 text-2xl font-bold">{words.notFoundTitle}</h1>
        <p className="mt-2 text-slate-600">{words.notFoundText}</p>
        <Link href="/access/case" className="mt-6 inline-block text-sm font-medium text-brand-700 underline">
          {words.backToCase}
        </Link>
      </div>
    </PublicShell>
  );
}
