"use server";
// Intake issues a party a new access code; the code comes back once, for the page to show.
import { currentActor } from "@/lib/auth/current-actor.ts";
import { defineAction } from "@/lib/http/entry-point.ts";
import { formatDateTime } from "@/lib/format/dates.ts";
import { reissueAccessCode } from "@/lib/parties/reissue-access-code.ts";
import type { ReissuedCode } from "@/components/parties/reissue-access-codes.tsx";

export const reissueAccessCodeAction = defineAction({
  run: async (input): Promise<ReissuedCode> => {
    const issued = await reissueAccessCode({ actor: await currentActor(), input });
    return {
      code: issued.code,
      caseNumber: issued.caseNumber,
      expiresOn: issued.expiresAt ? formatDateTime(issued.expiresAt) : null,
    };
  },
  message: "A new access code was issued.",
  revalidate: [{ layout: "/intake/cases" }],
});
