// Loads cases and the reviewer panel for matching: one query per table, whatever the size
// of the panel (no query per reviewer or per case), names and identifiers pre-normalized.
// The use cases' side of matching: lib/matching itself is pure and gets what this reads.
import { Prisma } from "../../db/generated/client.ts";
import { db } from "../../db/client.ts";
import { notFound } from "../../errors.ts";
import { loadDirectoryEntries } from "../../organizations/directory-ancestry.ts";
import { californiaDay } from "../../matching/calendar.ts";
import { normalizeName } from "../../matching/normalize-name.ts";
import { NO_WORKLOAD, recentSince, turnaroundSince, type Workload } from "../../matching/workload.ts";
import type { CaseForMatching, DirectoryLink, ReviewerForMatching } from "../../matching/types.ts";

export type MatchingReader = Pick<
  Prisma.TransactionClient,
  | "case"
  | "reviewerProfile"
  | "specialtySimilarity"
  | "assignment"
  | "setting"
  | "organization"
  | "conflictDecision"
  | "$queryRaw"
>;

type DirectoryEntries = Awaited<ReturnType<typeof loadDirectoryEntries>>;
const linkOf = (entries: DirectoryEntries, id: string | null | undefined): DirectoryLink | null => {
  const entry = id ? entries.get(id) : undefined;
  return entry ? { id: entry.id, name: entry.name, aliases: entry.aliases, ancestorIds: entry.ancestorIds } : null;
};

const caseSelect = {
  id: true,
  reviewType: true,
  specialtyCode: true,
  dueAt: true,
  receivedAt: true,
  priorCaseId: true,
  parties: { select: { role: true, name: true, organization: true, identifier: true, directoryOrganizationId: true } },
  conflictDecisions: { select: { reviewerId: true, pairKey: true, resolution: true } },
} satisfies Prisma.CaseSelect;
type CaseRow = Prisma.CaseGetPayload<{ select: typeof caseSelect }>;

const MAX_APPEAL_CHAIN = 20;

/** For each case, the reviewers of every earlier review in its chain of appeals. */
async function priorReviewersOf(rows: CaseRow[], reader: MatchingReader): Promise<Map<string, string[]>> {
  const parent = new Map<string, string | null>(rows.map((row) => [row.id, row.priorCaseId]));
  let frontier = [...new Set(rows.flatMap((row) => (row.priorCaseId ? [row.priorCaseId] : [])))].filter(
    (id) => !parent.has(id),
  );
  for (let depth = 0; frontier.length > 0 && depth < MAX_APPEAL_CHAIN; depth++) {
    const found = await reader.case.findMany({
      where: { id: { in: frontier } },
      select: { id: true, priorCaseId: true },
    });
    for (const row of found) parent.set(row.id, row.priorCaseId);
    frontier = [
      ...new Set(found.flatMap((row) => (row.priorCaseId && !parent.has(row.priorCaseId) ? [row.priorCaseId] : []))),
    ];
  }
  const ancestors = new Map<string, string[]>();
  for (const row of rows) {
    const chain: string[] = [];
    for (
      let id = row.priorCaseId;
      id && !chain.includes(id) && chain.length < MAX_APPEAL_CHAIN;
      id = parent.get(id) ?? null
    )
      chain.push(id);
    ancestors.set(row.id, chain);
  }
  const earlier = [...new Set([...ancestors.values()].flat())];
  const byCase = new Map<string, Set<string>>();
  if (earlier.length > 0) {
    const assignments = await reader.assignment.findMany({
      where: { caseId: { in: earlier } },
      select: { caseId: true, reviewerId: true },
    });
    for (const a of assignments) byCase.set(a.caseId, (byCase.get(a.caseId) ?? new Set()).add(a.reviewerId));
  }
  return new Map(
    rows.map((row) => [
      row.id,
      [...new Set(ancestors.get(row.id)!.flatMap((id) => [...(byCase.get(id) ?? [])]))].sort(),
    ]),
  );
}

async function toCasesForMatching(rows: CaseRow[], reader: MatchingReader): Promise<CaseForMatching[]> {
  if (rows.length === 0) return [];
  const codes = [...new Set(rows.map((row) => row.specialtyCode))];
  const similar = await reader.specialtySimilarity.findMany({
    where: { specialtyCode: { in: codes } },
    select: { specialtyCode: true, similarCode: true },
  });
  const prior = await priorReviewersOf(rows, reader);
  const directory = await loadDirectoryEntries(
    reader,
    rows.flatMap((row) => row.parties.flatMap((p) => (p.directoryOrganizationId ? [p.directoryOrganizationId] : []))),
  );
  return rows.map((row) => ({
    caseId: row.id,
    reviewType: row.reviewType,
    specialtyCode: row.specialtyCode,
    similarSpecialtyCodes: similar
      .filter((s) => s.specialtyCode === row.specialtyCode)
      .map((s) => s.similarCode)
      .sort(),
    parties: row.parties.map(({ directoryOrganizationId, ...party }) => ({
      ...party,
      directory: linkOf(directory, directoryOrganizationId),
    })),
    validThrough: row.dueAt ?? row.receivedAt,
    priorReviewerIds: prior.get(row.id) ?? [],
    conflictDecisions: row.conflictDecisions,
  }));
}

export async function loadCaseForMatching(caseId: string, reader: MatchingReader = db()): Promise<CaseForMatching> {
  const row = await reader.case.findUnique({ where: { id: caseId }, select: caseSelect });
  if (!row) throw notFound("Case");
  return (await toCasesForMatching([row], reader))[0];
}

/** Every case waiting for a reviewer, most urgent first. */
export async function loadWaitingCases(reader: MatchingReader = db()): Promise<CaseForMatching[]> {
  const rows = await reader.case.findMany({
    where: { status: "READY_FOR_ASSIGNMENT" },
    select: caseSelect,
    orderBy: [{ dueAt: "asc" }, { id: "asc" }],
  });
  return toCasesForMatching(rows, reader);
}

const reviewerSelect = (today: Date) =>
  ({
    id: true,
    hoursPerWeek: true,
    disciplinaryHistory: true,
    maxOpenCases: true,
    maxCasesPerWeek: true,
    user: { select: { name: true, disabledAt: true } },
    licenses: { select: { state: true, status: true, restricted: true, expiresOn: true, verifiedAt: true } },
    certifications: { select: { specialtyCode: true, expiresOn: true, verifiedAt: true } },
    affiliations: { select: { kind: true, name: true, normalizedName: true, identifier: true, organizationId: true } },
    leaves: { where: { endsOn: { gte: today } }, select: { startsOn: true, endsOn: true } },
  }) satisfies Prisma.ReviewerProfileSelect;

/**
 * Every reviewer's workload (lib/matching/workload.ts), aggregated in the database: open
 * offers and reviews, assignments of the last 7 days not declined or revoked, and the median
 * hours from assignment to completion of the reviews completed in the last 180 days
 * (percentile_cont(0.5): the middle value, or the mean of the two middle ones).
 */
export async function loadWorkload(
  reader: Pick<Prisma.TransactionClient, "$queryRaw">,
  now: Date,
): Promise<Map<string, Workload>> {
  const recent = recentSince(now),
    since = turnaroundSince(now);
  const rows = await reader.$queryRaw<
    { reviewerId: string; openCases: number; casesLast7Days: number; medianTurnaroundHours: number | null }[]
  >(Prisma.sql`
    SELECT "reviewerId"::text AS "reviewerId",
           count(*) FILTER (WHERE status IN ('OFFERED', 'ACTIVE'))::int AS "openCases",
           count(*) FILTER (WHERE status NOT IN ('DECLINED', 'REVOKED') AND "assignedAt" >= ${recent.toISOString()}::timestamp)::int AS "casesLast7Days",
           (percentile_cont(0.5) WITHIN GROUP (ORDER BY greatest(0, extract(epoch FROM ("endedAt" - "assignedAt"))) / 3600)
              FILTER (WHERE status = 'COMPLETED' AND "endedAt" >= ${since.toISOString()}::timestamp))::float8 AS "medianTurnaroundHours"
    FROM "Assignment"
    WHERE status IN ('OFFERED', 'ACTIVE')
       OR (status NOT IN ('DECLINED', 'REVOKED') AND "assignedAt" >= ${recent.toISOString()}::timestamp)
       OR (status = 'COMPLETED' AND "endedAt" >= ${since.toISOString()}::timestamp)
    GROUP BY "reviewerId"`);
  return new Map(rows.map(({ reviewerId, ...workload }) => [reviewerId, workload]));
}

export async function loadPanel(reader: MatchingReader = db(), now: Date = new Date()): Promise<ReviewerForMatching[]> {
  // Sequential: inside a transaction the reads share one connection.
  const rows = await reader.reviewerProfile.findMany({
    select: reviewerSelect(new Date(californiaDay(now))),
    orderBy: { id: "asc" },
  });
  const workload = await loadWorkload(reader, now);
  const directory = await loadDirectoryEntries(
    reader,
    rows.flatMap((row) => row.affiliations.flatMap((a) => (a.organizationId ? [a.organizationId] : []))),
  );
  return rows.map((row) => ({
    reviewerId: row.id,
    name: row.user.name,
    active: row.user.disabledAt === null,
    hoursPerWeek: row.hoursPerWeek,
    disciplinaryHistory: row.disciplinaryHistory,
    licenses: row.licenses,
    certifications: row.certifications,
    // the stored normalized name, and today's normalization of the name if it differs
    affiliations: row.affiliations.map(({ organizationId, ...a }) => ({
      ...a,
      normalizedName: normalizeName(a.name),
      directory: linkOf(directory, organizationId),
    })),
    maxOpenCases: row.maxOpenCases,
    maxCasesPerWeek: row.maxCasesPerWeek,
    ...(workload.get(row.id) ?? NO_WORKLOAD),
    leaves: row.leaves,
  }));
}
