"use server";
import { currentActor } from "@/lib/auth/current-actor.ts";
import { defineAction } from "@/lib/http/entry-point.ts";
import { editRedaction } from "@/lib/publication/redaction-review/edit-redaction.ts";

export const editRedactionAction = defineAction({
  run: async (input) => editRedaction({ actor: await currentActor(), input }),
  message: "Saved. The copy below shows the redaction with your change.",
  revalidate: [{ layout: "/admin/publications" }],
});
