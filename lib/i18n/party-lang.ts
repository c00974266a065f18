// The language of the parties' pages: the party's own choice (the language switch's cookie),
// else what the browser asks for (Accept-Language), else English.
import "server-only";
import { cookies, headers } from "next/headers";
import { LANG_COOKIE, PARTY_MESSAGES, type Lang } from "./party-messages.ts";
import { langFromAcceptLanguage } from "./accept-language.ts";

export function chooseLang(cookie: string | undefined, acceptLanguage: string | null | undefined): Lang {
  if (cookie === "es" || cookie === "en") return cookie;
  return langFromAcceptLanguage(acceptLanguage) ?? "en";
}

export async function partyLanguage(): Promise<{ lang: Lang; t: (typeof PARTY_MESSAGES)[Lang] }> {
  const lang = chooseLang((await cookies()).get(LANG_COOKIE)?.value, (await headers()).get("accept-language"));
  return { lang, t: PARTY_MESSAGES[lang] };
}
