// An administrator adds an organization to the directory; intake may add one while
// entering an application (lib/cases/create-case.ts, in the case's own transaction).
import { z } from "zod";
import type { Prisma } from "../db/generated/client.ts";
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor, StaffActor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { organizationInput, type OrganizationData } from "./organization-input.ts";
import { checkParent, lockDirectoryTree } from "./organization-tree.ts";

/** Inserts the entry and its audit row inside the caller's transaction. */
export async function insertOrganization(
  tx: Prisma.TransactionClient,
  actor: StaffActor,
  data: OrganizationData,
  from: "directory" | "intake",
): Promise<{ organizationId: string }> {
  if (data.parentId) {
    await lockDirectoryTree(tx);
    await checkParent(tx, data.parentId, null);
  }
  const created = await tx.organization.create({ data, select: { id: true } });
  await recordAudit(tx, actor, {
    action: "organization.created",
    entityType: "Organization",
    entityId: created.id,
    payload: {
      organizationId: created.id,
      kind: data.kind,
      name: data.name,
      aliases: data.aliases.length,
      parentId: data.parentId,
      from,
    },
  });
  return { organizationId: created.id };
}

export async function createOrganization({
  actor,
  input,
}: {
  actor: Actor | null;
  input: unknown;
}): Promise<{ organizationId: string }> {
  const admin = requirePermission(actor, "organizations.manage");
  const data: z.infer<typeof organizationInput> = organizationInput.parse(input);
  return db().$transaction((tx) => insertOrganization(tx, admin, data, "directory"));
}
