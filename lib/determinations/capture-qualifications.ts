// The "how the determination was made" paragraph describing the reviewer, captured when the
// reviewer submits: the letter prints this record, so a credential that changes between
// submission and issue (a license that lapses) cannot silently change what the letter says.
// Worded as the letter words it (qualificationsParagraph, ./build-letter-model.ts) from the
// reviewer's board certifications, the states of active unrestricted licenses, years in
// practice and weekly hours.
import type { Prisma } from "../db/generated/client.ts";
import { organizationName } from "../config/organization.ts";
import { notFound } from "../errors.ts";
import { letterReviewerSelect, qualificationsParagraph } from "./build-letter-model.ts";

type Reader = Pick<Prisma.TransactionClient, "reviewerProfile" | "specialty">;

export async function captureQualifications(tx: Reader, reviewerId: string): Promise<string> {
  const reviewer = await tx.reviewerProfile.findUnique({ where: { id: reviewerId }, select: letterReviewerSelect });
  if (!reviewer) throw notFound("Reviewer");
  const codes = [...new Set(reviewer.certifications.map((c) => c.specialtyCode))];
  const specialties = codes.length
    ? await tx.specialty.findMany({ where: { code: { in: codes } }, select: { code: true, name: true } })
    : [];
  return qualificationsParagraph(reviewer, new Map(specialties.map((s) => [s.code, s.name])), organizationName());
}
