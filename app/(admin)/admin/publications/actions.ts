"use server";
import { currentActor } from "@/lib/auth/current-actor.ts";
import { defineAction } from "@/lib/http/entry-point.ts";
import { withdrawPublication } from "@/lib/publication/withdraw-publication.ts";
import { retryPublication } from "@/lib/publication/retry-publication.ts";

export const withdrawPublicationAction = defineAction({
  run: async (input) => withdrawPublication({ actor: await currentActor(), input }),
  message: "Withdrawn: the decision is no longer public.",
  revalidate: ["/admin/publications"],
});

export const retryPublicationAction = defineAction({
  run: async (input) => retryPublication({ actor: await currentActor(), input }),
  message: (outcome) =>
    outcome.status === "NEEDS_REVIEW"
      ? "Still held back: open the redaction review and answer each finding."
      : "Published.",
  revalidate: ["/admin/publications"],
});
