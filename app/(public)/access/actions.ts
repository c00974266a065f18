"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { requestMeta } from "@/lib/auth/current-actor.ts";
import { failureFrom, type ActionResult } from "@/lib/action-result.ts";
import { FORM_UNREADABLE } from "@/lib/form-input.ts";
import { openPartyAccess } from "@/lib/parties/open-party-access.ts";
import { PARTY_COOKIE, decodePartySessionCookie, encodePartySessionCookie, partyCookieOptions } from "@/lib/parties/party-session.ts";
import { leavePartySession } from "@/lib/parties/party-sessions.ts";

export async function openPartyAccessAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  // a public endpoint: its argument is whatever the request decoded to, not always a form
  if (!(form instanceof FormData)) return { ok: false, message: FORM_UNREADABLE };
  try {
    const jar = await cookies();
    const granted = await openPartyAccess({
      input: { caseNumber: form.get("caseNumber"), accessCode: form.get("accessCode") },
      meta: await requestMeta(),
      // the session this browser already holds, if any, ends when the new one starts
      previousSessionId: decodePartySessionCookie(jar.get(PARTY_COOKIE)?.value),
    });
    jar.set(PARTY_COOKIE, encodePartySessionCookie(granted.sessionId), partyCookieOptions(granted.expiresAt));
  } catch (error) {
    return failureFrom(error);
  }
  redirect("/access/case");
}

/** Ends the session the caller's own cookie names (on the server, audited), then deletes the cookie. */
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
