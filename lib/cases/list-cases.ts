// Paged, sorted case lists: the staff queue and a reviewer's own cases. Every list goes
// through caseWhereForActor.
import { z } from "zod";
import type { Prisma } from "../db/generated/client.ts";
import { CaseStatus } from "../db/generated/enums.ts";
import { db } from "../db/client.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { caseFileWhereForActor, caseWhereForActor } from "./case-access.ts";

export const CASE_SORTS = ["dueAt", "receivedAt", "caseNumber", "status"] as const;

export const caseListQuery = z.object({
  status: z.enum(CaseStatus).optional().catch(undefined),
  q: z.string().trim().max(60).optional().catch(undefined),
  sort: z.enum(CASE_SORTS).catch("dueAt"),
  dir: z.enum(["asc", "desc"]).catch("asc"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  pageSize: z.coerce.number().int().min(5).max(100).catch(25),
});

export type CaseListQuery = z.infer<typeof caseListQuery>;

export const caseListSelect = {
  id: true,
  caseNumber: true,
  status: true,
  reviewType: true,
  receivedAt: true,
  dueAt: true,
  specialtyCode: true,
  _count: { select: { items: true } },
} satisfies Prisma.CaseSelect;

export type CaseListRow = Prisma.CaseGetPayload<{ select: typeof caseListSelect }>;

/** `acceptedOnly`: a reviewer's cases they accepted (offers are listed apart); no effect for other roles. */
export async function listCases({ actor, query, acceptedOnly = false }: { actor: Actor | null; query: unknown; acceptedOnly?: boolean }) {
  const staff = requirePermission(actor, "cases.read");
  const q = caseListQuery.parse(query ?? {});
  const where: Prisma.CaseWhereInput = {
    AND: [
      acceptedOnly ? caseFileWhereForActor(staff) : caseWhereForActor(staff),
      q.status ? { status: q.status } : {},
      q.q ? { OR: [{ caseNumber: { contains: q.q.toUpperCase() } }, { claimNumber: { contains: q.q, mode: "insensitive" } }] } : {},
    ],
  };
  const orderBy: Prisma.CaseOrderByWithRelationInput[] = [
    q.sort === "dueAt" ? { dueAt: { sort: q.dir, nulls: "last" } } : { [q.sort]: q.dir },
    { caseNumber: "asc" },
  ];
  const [rows, total] = await Promise.all([
    db().case.findMany({ where, orderBy, select: caseListSelect, skip: (q.page - 1) * q.pageSize, take: q.pageSize }),
    db().case.count({ where }),
  ]);
  return { rows, total, page: q.page, pageSize: q.pageSize, query: q };
}
