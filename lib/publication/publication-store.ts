// Writing a prepared publication: one writer per determination at a time (a transaction-
// scoped advisory lock), the row's columns from the prepared copy, and the rule that only the
// latest version of a case's determination is public: publishing version N+1 makes the
// earlier versions' publications SUPERSEDED, and an earlier version published after a later
// one is superseded at once.
import type { Prisma } from "../db/generated/client.ts";
import type { PublicationStatus } from "../db/generated/enums.ts";
import type { PreparedPublication } from "./prepare-publication.ts";
import { recordFacetValues } from "./search-facets.ts";

// an arbitrary constant naming the publication locks among PostgreSQL advisory locks
const PUBLICATION_LOCK = 4_610_011;

export async function lockPublication(tx: Prisma.TransactionClient, determinationId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${PUBLICATION_LOCK}::int, hashtext(${determinationId}))`;
}

/** The status the prepared copy takes, given the case's other publications. */
export async function settledStatus(
  tx: Prisma.TransactionClient,
  prepared: PreparedPublication,
): Promise<PublicationStatus> {
  if (prepared.status !== "PUBLISHED") return prepared.status;
  const later = await tx.publishedDecision.count({
    where: { caseId: prepared.caseId, version: { gt: prepared.version }, status: "PUBLISHED" },
  });
  return later > 0 ? "SUPERSEDED" : "PUBLISHED";
}

/** A copy that became public: earlier versions give way, its values join the search form's selects. */
export async function madePublic(tx: Prisma.TransactionClient, prepared: PreparedPublication): Promise<void> {
  await supersedeEarlier(tx, prepared);
  await recordFacetValues(tx, [prepared]);
}

/** Earlier versions' publications (public or blocked) give way to a newly published version. */
async function supersedeEarlier(tx: Prisma.TransactionClient, prepared: PreparedPublication): Promise<number> {
  const { count } = await tx.publishedDecision.updateMany({
    where: {
      caseId: prepared.caseId,
      version: { lt: prepared.version },
      status: { in: ["PUBLISHED", "BLOCKED", "NEEDS_REVIEW"] },
    },
    data: { status: "SUPERSEDED" },
  });
  return count;
}

export function publicationColumns(prepared: PreparedPublication, status: PublicationStatus, now: Date) {
  return {
    caseId: prepared.caseId,
    caseNumber: prepared.caseNumber,
    version: prepared.version,
    status,
    outcome: prepared.outcome,
    decisionDate: prepared.decisionDate,
    dateOfInjury: prepared.dateOfInjury,
    receivedDate: prepared.receivedDate,
    reviewerSpecialty: prepared.reviewerSpecialty,
    categories: prepared.categories,
    subcategories: prepared.subcategories,
    itemDecisions: prepared.itemDecisions,
    redactedText: prepared.redactedText,
    pdf: prepared.pdf ? new Uint8Array(prepared.pdf) : null,
    pdfSha256: prepared.pdfSha256,
    leaks: prepared.leaks as unknown as Prisma.InputJsonValue,
    publishedAt: prepared.status === "PUBLISHED" ? now : null,
  } satisfies Omit<Prisma.PublishedDecisionUncheckedCreateInput, "determinationId">;
}
