// The QA queue: determinations submitted by reviewers and waiting for a QA reading,
// oldest submission first.
import type { Prisma } from "../db/generated/client.ts";
import { db } from "../db/client.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { notFound } from "../errors.ts";
import { isUuid } from "../format/ids.ts";

export const qaQueueSelect = {
  id: true,
  version: true,
  submittedAt: true,
  amendsId: true,
  case: { select: { id: true, caseNumber: true, reviewType: true, dueAt: true } },
  reviewer: { select: { user: { select: { name: true } } } },
} satisfies Prisma.DeterminationSelect;

export async function listQaQueue({
  actor,
  page = 1,
  pageSize = 25,
}: {
  actor: Actor | null;
  page?: number;
  pageSize?: number;
}) {
  requirePermission(actor, "qa.read");
  const where: Prisma.DeterminationWhereInput = { status: "SUBMITTED" };
  const [found, total] = await Promise.all([
    db().determination.findMany({
      where,
      select: qaQueueSelect,
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
    db().determination.count({ where }),
  ]);
  // earlier readings counted for this page's determinations only (a count joined to every one scans them all)
  const readings =
    found.length === 0
      ? []
      : await db().qaReview.groupBy({
          by: ["determinationId"],
          where: { determinationId: { in: found.map((d) => d.id) } },
          _count: { _all: true },
        });
  const counts = new Map(readings.map((r) => [r.determinationId, r._count._all]));
  const rows = found.map((d) => ({ ...d, _count: { qaReviews: counts.get(d.id) ?? 0 } }));
  return { rows, total, page, pageSize };
}

export async function getQaDetermination({ actor, determinationId }: { actor: Actor | null; determinationId: string }) {
  requirePermission(actor, "qa.read");
  if (!isUuid(determinationId)) throw notFound("Determination");
  const found = await db().determination.findUnique({
    where: { id: determinationId },
    select: {
      ...qaQueueSelect,
      status: true,
      issuedAt: true,
      amendmentReason: true,
      qaReviews: { select: { id: true, outcome: true, comments: true, at: true }, orderBy: { at: "desc" } },
    },
  });
  if (!found) throw notFound("Determination");
  // an approved determination's letter is issued by the job runner: its progress
  const issueJob =
    found.status === "APPROVED"
      ? await db().job.findUnique({
          where: { dedupeKey: `issue:${found.id}` },
          select: { status: true, attempts: true, lastError: true },
        })
      : null;
  return { ...found, issueJob };
}
