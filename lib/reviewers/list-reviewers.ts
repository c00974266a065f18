// The reviewer panel as administrators browse it: paged, sorted, filtered by name or e-mail
// (accents, case and punctuation ignored: lib/format/search-fold.ts) or license number, by
// certified specialty, by account status and by credential status (some credential
// unverified, expiring within 90 days, or expired).
import { z } from "zod";
import type { Prisma } from "../db/generated/client.ts";
import { db } from "../db/client.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { queryText } from "../format/query-text.ts";
import { searchTerms, searchTextWhere } from "../format/search-fold.ts";
import { EXPIRING_WITHIN_DAYS, startOfToday, windowEnd } from "./credential-status.ts";

export const REVIEWER_SORTS = ["name", "yearsInPractice", "hoursPerWeek", "createdAt"] as const;
const blankAsNone = (value: string | undefined) => (value ? value : undefined);

export const reviewerListQuery = z.object({
  q: queryText(z.string().trim().max(80).optional()).catch(undefined).transform(blankAsNone),
  specialty: queryText(z.string().trim().max(20).optional()).catch(undefined).transform(blankAsNone),
  account: z.enum(["active", "disabled"]).optional().catch(undefined),
  credentials: z.enum(["unverified", "expiring", "expired"]).optional().catch(undefined),
  sort: z.enum(REVIEWER_SORTS).catch("name"),
  dir: z.enum(["asc", "desc"]).catch("asc"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  pageSize: z.coerce.number().int().min(5).max(100).catch(25),
});
export type ReviewerListQuery = z.infer<typeof reviewerListQuery>;

export const reviewerListSelect = {
  id: true,
  yearsInPractice: true,
  hoursPerWeek: true,
  disciplinaryHistory: true,
  maxOpenCases: true,
  maxCasesPerWeek: true,
  user: { select: { name: true, email: true, disabledAt: true } },
  licenses: {
    select: { id: true, state: true, status: true, restricted: true, expiresOn: true, verifiedAt: true },
    orderBy: { expiresOn: "desc" },
  },
  certifications: {
    select: { id: true, specialtyCode: true, expiresOn: true, verifiedAt: true },
    orderBy: { expiresOn: "desc" },
  },
  _count: { select: { assignments: { where: { status: { in: ["OFFERED", "ACTIVE"] } } }, affiliations: true } },
} satisfies Prisma.ReviewerProfileSelect;
export type ReviewerListRow = Prisma.ReviewerProfileGetPayload<{ select: typeof reviewerListSelect }>;

function credentialWhere(filter: ReviewerListQuery["credentials"], now: Date): Prisma.ReviewerProfileWhereInput {
  const today = startOfToday(now);
  const match: Record<NonNullable<typeof filter>, Prisma.LicenseWhereInput & Prisma.BoardCertificationWhereInput> = {
    unverified: { verifiedAt: null },
    expired: { expiresOn: { lt: today } },
    expiring: { expiresOn: { gte: today, lt: windowEnd(EXPIRING_WITHIN_DAYS, now) } },
  };
  if (!filter) return {};
  return { OR: [{ licenses: { some: match[filter] } }, { certifications: { some: match[filter] } }] };
}

export async function listReviewers({
  actor,
  query,
  now = new Date(),
}: {
  actor: Actor | null;
  query: unknown;
  now?: Date;
}) {
  requirePermission(actor, "reviewers.read");
  const q = reviewerListQuery.parse(query ?? {});
  const terms = searchTerms(q.q);
  const where: Prisma.ReviewerProfileWhereInput = {
    AND: [
      q.q
        ? {
            OR: [
              ...(terms ? [{ user: searchTextWhere(terms) }] : []),
              { user: { email: { contains: q.q, mode: "insensitive" } } },
              { licenses: { some: { number: { contains: q.q, mode: "insensitive" } } } },
            ],
          }
        : {},
      q.specialty ? { certifications: { some: { specialtyCode: q.specialty } } } : {},
      q.account === "active"
        ? { user: { disabledAt: null } }
        : q.account === "disabled"
          ? { user: { disabledAt: { not: null } } }
          : {},
      credentialWhere(q.credentials, now),
    ],
  };
  const orderBy: Prisma.ReviewerProfileOrderByWithRelationInput[] = [
    q.sort === "name"
      ? { user: { name: q.dir } }
      : q.sort === "createdAt"
        ? { user: { createdAt: q.dir } }
        : { [q.sort]: q.dir },
    { id: "asc" },
  ];
  const [rows, total] = await Promise.all([
    db().reviewerProfile.findMany({
      where,
      orderBy,
      select: reviewerListSelect,
      skip: (q.page - 1) * q.pageSize,
      take: q.pageSize,
    }),
    db().reviewerProfile.count({ where }),
  ]);
  return { rows, total, page: q.page, pageSize: q.pageSize, query: q };
}
