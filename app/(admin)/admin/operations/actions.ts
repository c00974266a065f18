"use server";
import { currentActor } from "@/lib/auth/current-actor.ts";
import { defineAction } from "@/lib/http/entry-point.ts";
import { retryJob } from "@/lib/jobs/retry-job.ts";
import { retryNotification } from "@/lib/notifications/retry-notification.ts";

export const retryJobAction = defineAction({
  run: async (input) => retryJob({ actor: await currentActor(), input }),
  message: "Queued to run again.",
  revalidate: ["/admin/operations"],
});

export const retryNotificationAction = defineAction({
  run: async (input) => retryNotification({ actor: await currentActor(), input }),
  message: "Queued to be sent again.",
  revalidate: ["/admin/operations"],
});
