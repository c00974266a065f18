"use server";
import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/current-actor.ts";
import { runAction, type ActionResult } from "@/lib/action-result.ts";
import { withdrawPublication } from "@/lib/publication/withdraw-publication.ts";
import { retryPublication } from "@/lib/publication/retry-publication.ts";
import type { PublicationOutcome } from "@/lib/publication/publish-decision.ts";

export async function withdrawPublicationAction(input: unknown): Promise<ActionResult<{ publicationId: string }>> {
  const result = await runAction(async () => withdrawPublication({ actor: await currentActor(), input }), "Withdrawn: the decision is no longer public.");
  if (result.ok) revalidatePath("/admin/publications");
  return result;
}

export async function retryPublicationAction(input: unknown): Promise<ActionResult<PublicationOutcome>> {
  const result = await runAction(async () => retryPublication({ actor: await currentActor(), input }));
  if (!result.ok) return result;
  revalidatePath("/admin/publications");
  const message = result.data.status === "NEEDS_REVIEW" ? "Still held back: open the redaction review and answer each finding." : "Published.";
  return { ...result, message };
}
