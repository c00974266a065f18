"use server";
// The party's records actions (the upload itself is the tus route, app/api/party/uploads):
// labelling its own documents and the claims administrator's declaration. The party comes
// from its session cookie.
import { defineAction } from "@/lib/http/entry-point.ts";
import { currentParty } from "@/lib/parties/current-party.ts";
import { labelPartyDocument } from "@/lib/records/submission/label-party-document.ts";
import { declareRecordsComplete } from "@/lib/records/submission/declare-records-complete.ts";

export const labelPartyDocumentAction = defineAction({
  run: async (input) => labelPartyDocument({ actor: await currentParty(), input }),
  revalidate: ["/access/case"],
});

export const declareRecordsCompleteAction = defineAction({
  run: async (input) => declareRecordsComplete({ actor: await currentParty(), input }),
  revalidate: ["/access/case"],
});
