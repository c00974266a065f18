// The directory search behind the organization pickers (intake's application form, the
// reviewer's affiliations): ?q=&kind= answers the first matches as JSON. Staff with
// organizations.read only; nothing is cached.
import { currentActor } from "@/lib/auth/current-actor.ts";
import { defineRoute, jsonResponse } from "@/lib/http/entry-point.ts";
import { listOrganizations } from "@/lib/organizations/list-organizations.ts";
import { ORGANIZATION_KIND_LABELS } from "@/lib/organizations/organization-input.ts";

export const GET = defineRoute(async (request) => {
  const params = new URL(request.url).searchParams;
  const query = { q: params.get("q") ?? undefined, kind: params.get("kind") || undefined, pageSize: 10 };
  const { rows, total } = await listOrganizations({ actor: await currentActor(), query });
  const options = rows.map((row) => ({
    id: row.id,
    name: row.name,
    kind: row.kind,
    kindLabel: ORGANIZATION_KIND_LABELS[row.kind],
    aliases: row.aliases,
    parentName: row.parent?.name ?? null,
  }));
  return jsonResponse({ ok: true, options, total });
});
