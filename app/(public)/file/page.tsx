// The online Application for IMR: no account; English or Spanish (?lang=, else the language
// cookie, else the browser's Accept-Language); ?resume= opens a draft from an e-mailed link.
import { cookies, headers } from "next/headers";
import { PublicShell } from "@/components/ui/app-shell.tsx";
import { FilingForm } from "@/components/filings/filing-form.tsx";
import { maxUploadBytes } from "@/lib/documents/upload-document.ts";
import { tokenFromLink } from "@/lib/filings/filing-drafts.ts";
import { langFromAcceptLanguage, FILING_MESSAGES } from "@/lib/i18n/filing-messages.ts";
import { LANG_COOKIE } from "@/lib/i18n/party-messages.ts";
import { loadEligibilitySettings } from "@/lib/intake/eligibility-settings.ts";
import { db } from "@/lib/db/client.ts";

export const metadata = { title: "Apply for IMR" };
export const dynamic = "force-dynamic";

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function FilePage({ searchParams }: { searchParams: Search }) {
  const query = await searchParams;
  const asked = typeof query.lang === "string" ? query.lang : undefined;
  const cookie = (await cookies()).get(LANG_COOKIE)?.value;
  const lang =
    asked === "es" || asked === "en"
      ? asked
      : cookie === "es" || cookie === "en"
        ? cookie
        : langFromAcceptLanguage((await headers()).get("accept-language"));
  const t = FILING_MESSAGES[lang];
  const resume = typeof query.resume === "string" ? query.resume : null;
  const resumeToken = resume ? tokenFromLink(resume) : null;
  const settings = await loadEligibilitySettings(db());
  const other = lang === "es" ? "en" : "es";
  return (
    <PublicShell>
      <div className="mx-auto max-w-3xl" lang={lang}>
        <div className="mb-2 flex flex-wrap items-start justify-between gap-3">
          <h1 className="text-2xl font-bold">{t.title}</h1>
          <a href={`/file?lang=${other}`} lang={other} hrefLang={other} className="text-sm text-brand-700 underline">
            {t.switchTo}
          </a>
        </div>
        <p className="mb-6 text-sm text-slate-700">{t.intro}</p>
        <FilingForm
          lang={lang}
          settings={{ filingWindowDays: settings.filingWindowDays, mailExtensionDays: settings.mailExtensionDays }}
          maxMb={Math.round(maxUploadBytes() / 1024 / 1024)}
          resumeToken={resumeToken}
          resumeFailed={resume !== null && resumeToken === null}
        />
      </div>
    </PublicShell>
  );
}
