// Loads a case and the reviewer panel and screens every reviewer for the case.
import type { Prisma } from "../db/generated/client.ts";
import { db } from "../db/client.ts";
import { notFound } from "../errors.ts";
import { screenReviewers, type CandidateVerdict, type CaseForMatching, type ReviewerForMatching } from "./qualify-reviewer.ts";

type Reader = Pick<Prisma.TransactionClient, "case" | "reviewerProfile" | "specialtySimilarity">;

const reviewerMatchingSelect = {
  id: true,
  hoursPerWeek: true,
  disciplinaryHistory: true,
  user: { select: { name: true, disabledAt: true } },
  licenses: { select: { state: true, status: true, restricted: true, expiresOn: true } },
  certifications: { select: { specialtyCode: true, expiresOn: true } },
  affiliations: { select: { kind: true, name: true, normalizedName: true, identifier: true } },
} satisfies Prisma.ReviewerProfileSelect;

export async function loadCaseForMatching(caseId: string, reader: Reader = db()): Promise<CaseForMatching> {
  const kase = await reader.case.findUnique({
    where: { id: caseId },
    select: { specialtyCode: true, dueAt: true, receivedAt: true, parties: { select: { role: true, name: true, identifier: true } } },
  });
  if (!kase) throw notFound("Case");
  const similar = await reader.specialtySimilarity.findMany({ where: { specialtyCode: kase.specialtyCode }, select: { similarCode: true } });
  return {
    specialtyCode: kase.specialtyCode,
    similarSpecialtyCodes: similar.map((row) => row.similarCode),
    parties: kase.parties,
    validThrough: kase.dueAt ?? kase.receivedAt,
  };
}

export async function loadPanel(reader: Reader = db()): Promise<ReviewerForMatching[]> {
  const rows = await reader.reviewerProfile.findMany({ select: reviewerMatchingSelect });
  return rows.map((row) => ({
    reviewerId: row.id,
    name: row.user.name,
    active: row.user.disabledAt === null,
    hoursPerWeek: row.hoursPerWeek,
    disciplinaryHistory: row.disciplinaryHistory,
    licenses: row.licenses,
    certifications: row.certifications,
    affiliations: row.affiliations,
  }));
}

export async function screenCaseCandidates(caseId: string, reader: Reader = db()): Promise<CandidateVerdict[]> {
  // Sequential: inside a transaction both reads share one connection.
  const kase = await loadCaseForMatching(caseId, reader);
  const panel = await loadPanel(reader);
  return screenReviewers(panel, kase);
}
