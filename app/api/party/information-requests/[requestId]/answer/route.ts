// A party's answer to a request for information sent to it (multipart form: answer, files).
// A request from another origin (403) or not sent as a form (415) is refused first; the party's
// session is checked before the body is read; the body is capped while reading. Messages are
// in the party's language.
import { cookies } from "next/headers";
import { AppError } from "@/lib/errors.ts";
import { defineRoute, jsonResponse, type RouteContext } from "@/lib/http/entry-point.ts";
import { readFormCapped } from "@/lib/http/request-body.ts";
import { refuseUnlessSameOrigin } from "@/lib/http/state-changing-route.ts";
import { maxUploadBytes } from "@/lib/documents/upload-document.ts";
import { LANG_COOKIE, PARTY_MESSAGES } from "@/lib/i18n/party-messages.ts";
import { chooseLang } from "@/lib/i18n/party-lang.ts";
import {
  ANSWER_FILES_MAX,
  answerInformationRequest,
  type AnswerFile,
} from "@/lib/information-requests/answer-information-request.ts";
import { currentParty } from "@/lib/parties/current-party.ts";

const answer = defineRoute<{ requestId: string }>(async (request, { requestId }) => {
  const lang = chooseLang((await cookies()).get(LANG_COOKIE)?.value, request.headers.get("accept-language"));
  const t = PARTY_MESSAGES[lang].requests;
  const party = await currentParty();
  if (!party) throw new AppError("UNAUTHENTICATED", t.notFoundText);
  const form = await readFormCapped(request, maxUploadBytes() * ANSWER_FILES_MAX + 64 * 1024);
  if (!form) throw new AppError("VALIDATION", t.errors.generic);
  const files: AnswerFile[] = [];
  for (const entry of form.getAll("files")) {
    if (entry instanceof Blob && (entry.size > 0 || (entry instanceof File && entry.name))) {
      files.push({ name: entry instanceof File ? entry.name : "", bytes: Buffer.from(await entry.arrayBuffer()) });
    }
  }
  const done = await answerInformationRequest({
    actor: party,
    input: { requestId, answer: form.get("answer") },
    files,
    lang,
  });
  return jsonResponse({ ok: true, data: done, message: t.sentOk }, { status: 201 });
});

export async function POST(request: Request, context?: RouteContext<{ requestId: string }>) {
  const refused = refuseUnlessSameOrigin(request, "multipart");
  if (refused) return refused;
  return answer(request, context);
}
