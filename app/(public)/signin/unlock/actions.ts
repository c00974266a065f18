"use server";
import { requestMeta } from "@/lib/auth/current-actor.ts";
import { defineAction } from "@/lib/http/entry-point.ts";
import { takeUnlockLink } from "@/lib/auth/sign-in-unlock.ts";

/** The button on an unlock link's page: takes the link once (never on GET). Signs nobody in. */
export const takeUnlockLinkAction = defineAction({
  input: "form",
  // a public endpoint: its argument is whatever the request decoded to, not always a form
  run: async (form) => {
    const token = form().get("token");
    await takeUnlockLink({ input: { token }, meta: await requestMeta() });
  },
});
