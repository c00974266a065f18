// The directory, searched by name or any other name, ignoring case and accents ("Zenith"
// finds "ZENITH Insurance" and an entry written "Zénith"), by kind, a page at a time.
import { z } from "zod";
import { Prisma } from "../db/generated/client.ts";
import { OrganizationKind } from "../db/generated/enums.ts";
import { db } from "../db/client.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { queryText } from "../format/query-text.ts";
import { foldName } from "./organization-input.ts";

export const listOrganizationsQuery = z.object({
  q: queryText(z.string().trim().max(200, "The search is too long (at most 200 characters).").optional()).catch(undefined),
  kind: z.enum(OrganizationKind).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25).catch(25),
});

export const organizationListSelect = {
  id: true, kind: true, name: true, aliases: true, identifier: true,
  parent: { select: { id: true, name: true } },
} satisfies Prisma.OrganizationSelect;

export type OrganizationListRow = Prisma.OrganizationGetPayload<{ select: typeof organizationListSelect }>;

// PostgreSQL without the unaccent extension: fold the common Latin accents with translate().
const ACCENTED = "ÀÁÂÃÄÅàáâãäåÈÉÊËèéêëÌÍÎÏìíîïÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÑñÇçÝýÿ";
const PLAIN = "aaaaaaaaaaaaeeeeeeeeiiiiiiiioooooooooooouuuuuuuunnccyyy";
const folded = (column: string) => Prisma.raw(`lower(translate(${column}, '${ACCENTED}', '${PLAIN}'))`);
const likeEscape = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

export async function listOrganizations({ actor, query }: { actor: Actor | null; query: unknown }): Promise<{ rows: OrganizationListRow[]; total: number; page: number; pageSize: number }> {
  requirePermission(actor, "organizations.read");
  const { q, kind, page, pageSize } = listOrganizationsQuery.parse(query ?? {});
  const term = q ? foldName(q) : "";
  const conditions: Prisma.Sql[] = [];
  if (kind) conditions.push(Prisma.sql`o."kind" = ${kind}::"OrganizationKind"`);
  if (term) {
    const pattern = `%${likeEscape(term)}%`;
    conditions.push(Prisma.sql`(${folded('o."name"')} LIKE ${pattern} OR EXISTS (SELECT 1 FROM unnest(o."aliases") AS alias WHERE ${folded("alias")} LIKE ${pattern}))`);
  }
  const where = conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
  const [matches, counted] = await Promise.all([
    db().$queryRaw<{ id: string }[]>`SELECT o."id" FROM "Organization" o ${where} ORDER BY lower(o."name"), o."id" LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
    db().$queryRaw<{ total: bigint }[]>`SELECT count(*) AS total FROM "Organization" o ${where}`,
  ]);
  const ids = matches.map((m) => m.id);
  const found = ids.length ? await db().organization.findMany({ where: { id: { in: ids } }, select: organizationListSelect }) : [];
  const byId = new Map(found.map((row) => [row.id, { ...row, aliases: row.aliases ?? [] }]));
  return { rows: ids.flatMap((id) => byId.get(id) ?? []), total: Number(counted[0]?.total ?? 0), page, pageSize };
}
