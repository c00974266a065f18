// A paper uploaded with an online application (multipart: token, lang, kind, file), checked by
// content before anything is stored (lib/filings/filing-papers.ts). Public; cross-origin (403)
// or not a form upload (415) refused first; the body is capped at the per-file limit.
import { requestMeta } from "@/lib/auth/current-actor.ts";
import { maxUploadBytes } from "@/lib/documents/upload-document.ts";
import { AppError } from "@/lib/errors.ts";
import { uploadFilingPaper } from "@/lib/filings/filing-papers.ts";
import { defineRoute, jsonResponse } from "@/lib/http/entry-point.ts";
import { readFormCapped } from "@/lib/http/request-body.ts";
import { refuseUnlessSameOrigin } from "@/lib/http/state-changing-route.ts";
import { FILING_MESSAGES } from "@/lib/i18n/filing-messages.ts";
import { parseLang } from "@/lib/i18n/party-messages.ts";

const upload = defineRoute(async (request) => {
  const lang = parseLang(new URL(request.url).searchParams.get("lang") ?? undefined);
  const tooLarge = new AppError("VALIDATION", FILING_MESSAGES[lang].errors.tooLarge, {
    file: [FILING_MESSAGES[lang].errors.tooLarge],
  });
  const form = await readFormCapped(request, maxUploadBytes() + 64 * 1024).catch((error) => {
    throw error instanceof AppError ? tooLarge : error;
  });
  if (!form) throw new AppError("VALIDATION", FILING_MESSAGES[lang].fixFields);
  const file = form.get("file");
  const bytes = file instanceof Blob ? Buffer.from(await file.arrayBuffer()) : Buffer.alloc(0);
  const paper = await uploadFilingPaper({
    meta: await requestMeta(),
    input: {
      token: form.get("token"),
      lang,
      kind: form.get("kind"),
      fileName: file instanceof File ? file.name : undefined,
    },
    bytes,
  });
  return jsonResponse({ ok: true, data: paper }, { status: 201 });
});

export async function POST(request: Request) {
  const refused = refuseUnlessSameOrigin(request, "multipart");
  if (refused) return refused;
  return upload(request);
}
