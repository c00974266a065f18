import type { Lang } from "@/lib/i18n/party-messages.ts";

export function LanguageSwitch({ lang, label, back }: { lang: Lang; label: string; back: "/access" | "/access/case" }) {
  const other = lang === "es" ? "en" : "es";
  return (
    <a
      href={`/access/lang?to=${other}&back=${back}`}
      lang={other}
      hrefLang={other}
      className="text-sm text-brand-700 underline"
    >
      {label}
    </a>
  );
}
