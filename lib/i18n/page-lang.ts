// The language of the page being rendered, for the root layout's <html lang> and skip link: the
// parties' pages (/access...) speak the party's language (./party-lang.ts); every other page English.
import "server-only";
import { cookies, headers } from "next/headers";
import { REQUESTED_PATH_HEADER } from "../http/next-path.ts";
import { LANG_COOKIE, PARTY_MESSAGES, type Lang } from "./party-messages.ts";
import { chooseLang } from "./party-lang.ts";

export const isPartyPath = (path: string | null | undefined): boolean => /^\/access(\/|$|\?)/.test(path ?? "");

export async function pageLanguage(): Promise<{ lang: Lang; skip: string }> {
  const h = await headers();
  const lang = isPartyPath(h.get(REQUESTED_PATH_HEADER))
    ? chooseLang((await cookies()).get(LANG_COOKIE)?.value, h.get("accept-language"))
    : "en";
  return { lang, skip: PARTY_MESSAGES[lang].shell.skip };
}
