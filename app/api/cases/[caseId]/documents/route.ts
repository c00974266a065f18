// Upload of a case document (multipart form: file, kind, title, documentDate). A request
// from another origin (403) or not sent as a form (415) is refused first
// (lib/http/state-changing-route.ts); the actor and permission are checked before the body
// is read; the body is capped while reading.
import { currentActor } from "@/lib/auth/current-actor.ts";
import { requirePermission } from "@/lib/auth/permissions.ts";
import { AppError } from "@/lib/errors.ts";
import { defineRoute, jsonResponse, type RouteContext } from "@/lib/http/entry-point.ts";
import { readFormCapped } from "@/lib/http/request-body.ts";
import { refuseUnlessSameOrigin } from "@/lib/http/state-changing-route.ts";
import { maxUploadBytes, uploadDocument } from "@/lib/documents/upload-document.ts";

const upload = defineRoute<{ caseId: string }>(async (request, { caseId }) => {
  const actor = requirePermission(await currentActor(), "documents.upload");
  const form = await readFormCapped(request, maxUploadBytes() + 64 * 1024);
  if (!form) throw new AppError("VALIDATION", "Send the document as a form upload.");
  const file = form.get("file");
  const bytes = file instanceof Blob ? Buffer.from(await file.arrayBuffer()) : Buffer.alloc(0);
  const doc = await uploadDocument({
    actor,
    input: {
      caseId,
      kind: form.get("kind"),
      title: form.get("title"),
      documentDate: form.get("documentDate") ?? undefined,
      fileName: file instanceof File ? file.name : undefined,
    },
    bytes,
  });
  return jsonResponse({ ok: true, data: doc }, { status: 201 });
});

export async function POST(request: Request, context?: RouteContext<{ caseId: string }>) {
  const refused = refuseUnlessSameOrigin(request, "multipart");
  if (refused) return refused;
  return upload(request, context);
}
