// A letter or notice of the party's own case as an accessible web page, beside its PDF.
// Only with the party's access (a revoked or expired code ends it); every read is audited;
// another case's letter, a missing one or one without a web version is not found. Rendered
// per request, never cached (Next.js sends dynamic pages with Cache-Control no-store).
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { cache } from "react";
import { currentParty } from "@/lib/parties/current-party.ts";
import { readLetterRendition } from "@/lib/documents/read-letter-rendition.ts";
import { orNotFound } from "@/lib/http/or-not-found.ts";
import { partyLanguage } from "@/lib/i18n/party-lang.ts";
import { PublicShell } from "@/components/ui/app-shell.tsx";
import { LetterWebPage } from "@/components/letters/letter-web-page.tsx";
import { PARTY_LETTER_WORDS } from "@/components/letters/party-letter-words.ts";

export const dynamic = "force-dynamic";

/** One read (and one audit row) per request, shared by the title and the page. */
const read = cache(async (documentId: string) => {
  const party = await currentParty();
  return party ? readLetterRendition({ actor: party, documentId }) : null;
});

type Params = { params: Promise<{ documentId: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const letter = await read((await params).documentId).catch(() => null);
  const { lang } = await partyLanguage();
  return {
    title: letter ? `${letter.title} (${PARTY_LETTER_WORDS[lang].webVersion})` : PARTY_LETTER_WORDS[lang].notFoundTitle,
  };
}

export default async function PartyLetterPage({ params }: Params) {
  const letter = await orNotFound(read((await params).documentId));
  if (!letter) redirect("/access");
  const { lang, t } = await partyLanguage();
  return (
    <PublicShell labels={t.shell}>
      <div lang={lang}>
        <LetterWebPage
          rendition={letter.rendition}
          pdfHref={`/api/party/letters/${letter.documentId}`}
          pdfLabel={t.download}
          backHref="/access/case"
          backLabel={PARTY_LETTER_WORDS[lang].backToCase}
          note={lang === "es" ? t.lettersInEnglish : undefined}
        />
      </div>
    </PublicShell>
  );
}
