// An administrator corrects a directory entry: names, kind, identifier, note, parent (never
// itself or one of its own subsidiaries).
import { z } from "zod";
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { notFound } from "../errors.ts";
import { aliasesDifferFromName, organizationFields } from "./organization-input.ts";
import { checkParent, lockDirectoryTree } from "./organization-tree.ts";

// The form always sends the parent (null for none): an update that leaves it out, or sends
// anything but an id or null, is refused rather than read as "no parent".
const PARENT_CHOICE = "Choose the parent organization from the directory, or leave it empty.";
const parentChoice = z.uuid(PARENT_CHOICE).nullable();

export const updateOrganizationInput = z
  .object({ organizationId: z.uuid("Unknown organization."), ...organizationFields, parentId: parentChoice })
  .superRefine(aliasesDifferFromName);

export async function updateOrganization({
  actor,
  input,
}: {
  actor: Actor | null;
  input: unknown;
}): Promise<{ changed: string[] }> {
  const admin = requirePermission(actor, "organizations.manage");
  const { organizationId, ...data } = updateOrganizationInput.parse(input);
  return db().$transaction(async (tx) => {
    await lockDirectoryTree(tx);
    const current = await tx.organization.findUnique({
      where: { id: organizationId },
      select: { kind: true, name: true, aliases: true, identifier: true, parentId: true, note: true },
    });
    if (!current) throw notFound("Organization");
    if (data.parentId !== current.parentId) await checkParent(tx, data.parentId, organizationId);
    const changed = (Object.keys(data) as (keyof typeof data)[]).filter((key) =>
      key === "aliases"
        ? JSON.stringify(current.aliases ?? []) !== JSON.stringify(data.aliases)
        : current[key] !== data[key],
    );
    if (changed.length === 0) return { changed };
    await tx.organization.update({ where: { id: organizationId }, data });
    await recordAudit(tx, admin, {
      action: "organization.updated",
      entityType: "Organization",
      entityId: organizationId,
      payload: { organizationId, changed },
    });
    return { changed };
  });
}
