"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { requestMeta } from "@/lib/auth/current-actor.ts";
import { defineAction } from "@/lib/http/entry-point.ts";
import { openPartyAccess } from "@/lib/parties/open-party-access.ts";
import {
  PARTY_COOKIE,
  decodePartySessionCookie,
  encodePartySessionCookie,
  partyCookieOptions,
} from "@/lib/parties/party-session.ts";
import { leavePartySession } from "@/lib/parties/party-sessions.ts";

export const openPartyAccessAction = defineAction({
  input: "form",
  // a public endpoint: its argument is whatever the request decoded to, not always a form
  run: async (form) => {
    const fields = form();
    const jar = await cookies();
    const granted = await openPartyAccess({
      input: { caseNumber: fields.get("caseNumber"), accessCode: fields.get("accessCode") },
      meta: await requestMeta(),
      // the session this browser already holds, if any, ends when the new one starts
      previousSessionId: decodePartySessionCookie(jar.get(PARTY_COOKIE)?.value),
    });
    jar.set(PARTY_COOKIE, encodePartySessionCookie(granted.sessionId), partyCookieOptions(granted.expiresAt));
  },
  redirect: "/access/case",
});

/**
 * Ends the session the caller's own cookie names (on the server, audited), then deletes the
 * cookie. A form's action with no result to show: it always answers with the redirect, and
 * the cookie goes even when ending the session fails (that failure goes to the error page).
 */
export async function leavePartyAccessAction(): Promise<void> {
  const jar = await cookies();
  const sessionId = decodePartySessionCookie(jar.get(PARTY_COOKIE)?.value);
  try {
    if (sessionId) await leavePartySession({ sessionId, meta: await requestMeta() });
  } finally {
    jar.delete({ name: PARTY_COOKIE, path: "/" });
  }
  redirect("/access");
}
