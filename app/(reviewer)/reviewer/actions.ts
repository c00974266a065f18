"use server";
import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/current-actor.ts";
import { runAction, type ActionResult } from "@/lib/action-result.ts";
import { respondToOffer, type OfferResponse } from "@/lib/cases/respond-to-offer.ts";

export async function respondToOfferAction(input: unknown): Promise<ActionResult<OfferResponse>> {
  const result = await runAction(async () => respondToOffer({ actor: await currentActor(), input }));
  if (result.ok) revalidatePath("/reviewer", "layout");
  return result;
}
