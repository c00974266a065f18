"use server";
import { requestMeta } from "@/lib/auth/current-actor.ts";
import { failureFrom, type ActionResult } from "@/lib/action-result.ts";
import { FORM_UNREADABLE } from "@/lib/form-input.ts";
import { takeUnlockLink } from "@/lib/auth/sign-in-unlock.ts";

/** The button on an unlock link's page: takes the link once (never on GET). Signs nobody in. */
export async function takeUnlockLinkAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  // a public endpoint: its argument is whatever the request decoded to, not always a form
  if (!(form instanceof FormData)) return { ok: false, message: FORM_UNREADABLE };
  try {
    await takeUnlockLink({ input: { token: form.get("token") }, meta: await requestMeta() });
    return { ok: true, data: undefined };
  } catch (error) {
    return failureFrom(error);
  }
}
