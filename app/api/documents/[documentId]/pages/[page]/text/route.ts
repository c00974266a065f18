// The stored text of one page of a case document (text layer or OCR), for the reader.
import { currentActor } from "@/lib/auth/current-actor.ts";
import { defineRoute, jsonResponse } from "@/lib/http/entry-point.ts";
import { readPageText } from "@/lib/reader/read-page-text.ts";

export const GET = defineRoute<{ documentId: string; page: string }>(async (_request, { documentId, page }) => {
  const read = await readPageText(await currentActor(), { documentId, page });
  return jsonResponse({ ok: true, ...read });
});
