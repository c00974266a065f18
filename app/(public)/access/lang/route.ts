// Switches the parties' pages between English and Spanish (a cookie), then goes back.
import { LANG_COOKIE, parseLang } from "@/lib/i18n/party-messages.ts";

export async function GET(request: Request) {
  const url = new URL(request.url);
  const lang = parseLang(url.searchParams.get("to") ?? undefined);
  const back = url.searchParams.get("back");
  const target = back === "/access/case" ? "/access/case" : "/access";
  return new Response(null, {
    status: 303,
    headers: {
      Location: target,
      "Set-Cookie": `${LANG_COOKIE}=${lang}; Path=/; Max-Age=31536000; SameSite=Lax`,
      "Cache-Control": "no-store",
    },
  });
}
