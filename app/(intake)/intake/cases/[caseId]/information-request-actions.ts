"use server";
// Intake sends a party of the case a request for information.
import { currentActor } from "@/lib/auth/current-actor.ts";
import { defineAction } from "@/lib/http/entry-point.ts";
import { sendInformationRequest } from "@/lib/information-requests/send-information-request.ts";

export const sendInformationRequestAction = defineAction({
  run: async (input) => {
    const sent = await sendInformationRequest({ actor: await currentActor(), input });
    return { requestId: sent.requestId, dueDate: sent.dueDate };
  },
  message: "The request was sent. The party was told by e-mail if it gave an address.",
  revalidate: [{ layout: "/intake/cases" }],
});
