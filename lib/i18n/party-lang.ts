import "server-only";
import { cookies } from "next/headers";
import { LANG_COOKIE, PARTY_MESSAGES, parseLang, type Lang } from "./party-messages.ts";

export async function partyLanguage(): Promise<{ lang: Lang; t: (typeof PARTY_MESSAGES)[Lang] }> {
  const lang = parseLang((await cookies()).get(LANG_COOKIE)?.value);
  return { lang, t: PARTY_MESSAGES[lang] };
}
