"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { requestMeta } from "@/lib/auth/current-actor.ts";
import { failureFrom, type ActionResult } from "@/lib/action-result.ts";
import { openPartyAccess } from "@/lib/parties/open-party-access.ts";
import { PARTY_COOKIE, PARTY_SESSION_HOURS, encodePartySession } from "@/lib/parties/party-session.ts";

export async function openPartyAccessAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  try {
    const granted = await openPartyAccess({
      input: { caseNumber: form.get("caseNumber"), accessCode: form.get("accessCode") },
      meta: await requestMeta(),
    });
    const expiresAt = Date.now() + PARTY_SESSION_HOURS * 3_600_000;
    (await cookies()).set(PARTY_COOKIE, encodePartySession({ ...granted, expiresAt }), {
      httpOnly: true,
      sameSite: "lax",
      secure: process.env.NODE_ENV === "production" && process.env.IMR_INSECURE_COOKIES !== "1",
      path: "/",
      expires: new Date(expiresAt),
    });
  } catch (error) {
    return failureFrom(error);
  }
  redirect("/access/case");
}

export async function leavePartyAccessAction(): Promise<void> {
  (await cookies()).delete(PARTY_COOKIE);
  redirect("/access");
}
