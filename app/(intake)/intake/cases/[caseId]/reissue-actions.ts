"use server";
// Intake issues a party a new access code; the code comes back once, for the page to show.
import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/current-actor.ts";
import { runAction, type ActionResult } from "@/lib/action-result.ts";
import { formatDateTime } from "@/lib/format/dates.ts";
import { reissueAccessCode } from "@/lib/parties/reissue-access-code.ts";
import type { ReissuedCode } from "@/components/parties/reissue-access-codes.tsx";

export async function reissueAccessCodeAction(input: unknown): Promise<ActionResult<ReissuedCode>> {
  const result = await runAction(async () => {
    const issued = await reissueAccessCode({ actor: await currentActor(), input });
    return { code: issued.code, caseNumber: issued.caseNumber, expiresOn: issued.expiresAt ? formatDateTime(issued.expiresAt) : null };
  }, "A new access code was issued.");
  if (result.ok) revalidatePath("/intake/cases", "layout");
  return result;
}
