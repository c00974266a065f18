// Intake's verification queue of applications filed online: sortable by filed date, filing
// number, employee or status, filtered by status (waiting first by default), in pages.
import { z } from "zod";
import type { Prisma } from "../db/generated/client.ts";
import { db } from "../db/client.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { filingNumber } from "./filing-tokens.ts";

export const FILING_SORTS = ["receivedAt", "number", "filerName", "status"] as const;
export const FILING_PAGE_SIZE = 25;

const blank = (v: unknown) => (v === "" || v === null ? undefined : v);
export const filingQueueQuery = z.object({
  status: z.preprocess(blank, z.enum(["PENDING", "ACCEPTED", "REJECTED", "ALL"]).catch("PENDING").default("PENDING")),
  sort: z.preprocess(blank, z.enum(FILING_SORTS).catch("receivedAt").default("receivedAt")),
  dir: z.preprocess(blank, z.enum(["asc", "desc"]).catch("asc").default("asc")),
  page: z.preprocess(blank, z.coerce.number().int().min(1).max(10_000).catch(1).default(1)),
});

export type FilingQueueRow = {
  id: string;
  filingNumber: string;
  status: "PENDING" | "ACCEPTED" | "REJECTED";
  receivedAt: Date;
  filerName: string;
  filerRole: string;
  employeeName: string;
  late: boolean;
  papers: number;
  caseId: string | null;
};

export async function listFilings({ actor, query }: { actor: Actor | null; query: unknown }) {
  requirePermission(actor, "filings.verify");
  const q = filingQueueQuery.parse(query ?? {});
  const where: Prisma.FilingWhereInput = q.status === "ALL" ? {} : { status: q.status };
  const orderBy: Prisma.FilingOrderByWithRelationInput[] = [{ [q.sort]: q.dir }, { number: q.dir }];
  const [rows, total] = await Promise.all([
    db().filing.findMany({
      where,
      orderBy,
      skip: (q.page - 1) * FILING_PAGE_SIZE,
      take: FILING_PAGE_SIZE,
      select: {
        id: true,
        number: true,
        status: true,
        receivedAt: true,
        filerName: true,
        filerRole: true,
        data: true,
        late: true,
        caseId: true,
        _count: { select: { papers: true } },
      },
    }),
    db().filing.count({ where }),
  ]);
  return {
    query: q,
    total,
    page: q.page,
    pageSize: FILING_PAGE_SIZE,
    rows: rows.map((r): FilingQueueRow => ({
      id: r.id,
      filingNumber: filingNumber(r.number),
      status: r.status,
      receivedAt: r.receivedAt,
      filerName: r.filerName,
      filerRole: r.filerRole,
      employeeName: String((r.data as Record<string, unknown>).employeeName ?? ""),
      late: r.late,
      papers: r._count.papers,
      caseId: r.caseId,
    })),
  };
}
