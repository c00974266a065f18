// Licenses and board certifications that expire in the next 30, 60 or 90 days (or have
// expired), soonest first, so that renewals are verified before matching stops counting
// them. Paged over both tables: the first N of the merged list are the merge of the first
// N of each.
import { z } from "zod";
import type { Prisma } from "../db/generated/client.ts";
import { db } from "../db/client.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { daysUntil, startOfToday, windowEnd } from "./credential-status.ts";

export const expiringQuery = z.object({
  window: z.enum(["30", "60", "90", "expired"]).catch("30"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
  pageSize: z.coerce.number().int().min(5).max(100).catch(25),
});

export type ExpiringRow = {
  kind: "license" | "certification";
  id: string;
  reviewerId: string;
  reviewerName: string;
  disabled: boolean;
  label: string;
  expiresOn: Date;
  daysLeft: number;
  verifiedAt: Date | null;
};

const reviewer = { select: { id: true, user: { select: { name: true, disabledAt: true } } } } as const;

export async function listExpiringCredentials({
  actor,
  query,
  now = new Date(),
}: {
  actor: Actor | null;
  query: unknown;
  now?: Date;
}) {
  requirePermission(actor, "reviewers.read");
  const q = expiringQuery.parse(query ?? {});
  const today = startOfToday(now);
  const expiresOn: Prisma.DateTimeFilter =
    q.window === "expired" ? { lt: today } : { gte: today, lt: windowEnd(Number(q.window), now) };
  const dir = q.window === "expired" ? "desc" : "asc";
  const take = q.page * q.pageSize;
  const [licenses, certifications, licenseCount, certificationCount] = await Promise.all([
    db().license.findMany({
      where: { expiresOn },
      select: { id: true, state: true, number: true, expiresOn: true, verifiedAt: true, reviewer },
      orderBy: [{ expiresOn: dir }, { id: "asc" }],
      take,
    }),
    db().boardCertification.findMany({
      where: { expiresOn },
      select: { id: true, board: true, specialtyCode: true, expiresOn: true, verifiedAt: true, reviewer },
      orderBy: [{ expiresOn: dir }, { id: "asc" }],
      take,
    }),
    db().license.count({ where: { expiresOn } }),
    db().boardCertification.count({ where: { expiresOn } }),
  ]);
  const row = (
    kind: ExpiringRow["kind"],
    c: {
      id: string;
      expiresOn: Date;
      verifiedAt: Date | null;
      reviewer: { id: string; user: { name: string; disabledAt: Date | null } };
    },
    label: string,
  ): ExpiringRow => ({
    kind,
    id: c.id,
    reviewerId: c.reviewer.id,
    reviewerName: c.reviewer.user.name,
    disabled: c.reviewer.user.disabledAt !== null,
    label,
    expiresOn: c.expiresOn,
    daysLeft: daysUntil(c.expiresOn, now),
    verifiedAt: c.verifiedAt,
  });
  const merged = [
    ...licenses.map((l) => row("license", l, `License ${l.state} ${l.number}`)),
    ...certifications.map((c) => row("certification", c, `Board certification ${c.specialtyCode} (${c.board})`)),
  ].sort(
    (a, b) => (dir === "asc" ? 1 : -1) * (a.expiresOn.getTime() - b.expiresOn.getTime()) || a.id.localeCompare(b.id),
  );
  return {
    rows: merged.slice((q.page - 1) * q.pageSize, take),
    total: licenseCount + certificationCount,
    page: q.page,
    pageSize: q.pageSize,
    query: q,
  };
}
