// One directory entry with its parent and its subsidiaries.
import { z } from "zod";
import type { Prisma } from "../db/generated/client.ts";
import { db } from "../db/client.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { notFound } from "../errors.ts";

export const organizationDetailSelect = {
  id: true,
  kind: true,
  name: true,
  aliases: true,
  identifier: true,
  note: true,
  parentId: true,
  createdAt: true,
  updatedAt: true,
  parent: { select: { id: true, name: true, kind: true } },
  children: { select: { id: true, name: true, kind: true }, orderBy: { name: "asc" } },
} satisfies Prisma.OrganizationSelect;

export type OrganizationDetail = Prisma.OrganizationGetPayload<{ select: typeof organizationDetailSelect }>;

export async function getOrganization({
  actor,
  organizationId,
}: {
  actor: Actor | null;
  organizationId: string;
}): Promise<OrganizationDetail> {
  requirePermission(actor, "organizations.read");
  const id = z.uuid().safeParse(organizationId);
  if (!id.success) throw notFound("Organization");
  const found = await db().organization.findUnique({ where: { id: id.data }, select: organizationDetailSelect });
  if (!found) throw notFound("Organization");
  return { ...found, aliases: found.aliases ?? [] };
}
