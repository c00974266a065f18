"use server";
import { revalidatePath } from "next/cache";
import { currentActor } from "@/lib/auth/current-actor.ts";
import { runAction } from "@/lib/action-result.ts";
import { retryJob } from "@/lib/jobs/retry-job.ts";
import { retryNotification } from "@/lib/notifications/retry-notification.ts";

export async function retryJobAction(input: unknown) {
  const result = await runAction(async () => retryJob({ actor: await currentActor(), input }), "Queued to run again.");
  if (result.ok) revalidatePath("/admin/operations");
  return result;
}

export async function retryNotificationAction(input: unknown) {
  const result = await runAction(async () => retryNotification({ actor: await currentActor(), input }), "Queued to be sent again.");
  if (result.ok) revalidatePath("/admin/operations");
  return result;
}
