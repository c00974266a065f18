// One case as staff see it; out of reach reads as not found. What comes back depends on the
// actor's role: intake and administrators get the case file; a reviewer gets it once they
// have accepted the case (caseFileWhereForActor), and while the case is only offered to
// them, the offer alone (what the offer card shows: type, due date, specialty, the disputed
// items, the parties to check for a conflict), never its documents or determinations.
import type { Prisma } from "../db/generated/client.ts";
import { db } from "../db/client.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { notFound } from "../errors.ts";
import { caseFileWhereForActor } from "./case-access.ts";
import { offerSelect, type OfferRow } from "./list-offers.ts";
import { isUuid } from "../format/ids.ts";
import { caseSummarySelect, readCaseSummaryPage, type CaseSummary, type CaseSummaryPage } from "./case-summary-sql.ts";

export type { CaseSummary };

/** The whole case file: the summary with each determination's findings, documents reviewed and QA. */
export const caseDetailSelect = {
  ...caseSummarySelect,
  determinations: {
    ...caseSummarySelect.determinations,
    select: {
      ...caseSummarySelect.determinations.select,
      clinicalSummary: true,
      items: {
        select: {
          disputedItemId: true,
          decision: true,
          claimsAdminGuideline: true,
          reviewerGuideline: true,
          guidelineId: true,
          rationale: true,
        },
      },
      documentsReviewed: { select: { documentId: true, notRelevantReason: true, unopenedReason: true } },
      qaReviews: { select: { outcome: true, comments: true, at: true }, orderBy: { at: "desc" }, take: 5 },
    },
  },
} satisfies Prisma.CaseSelect;

export type CaseDetail = Prisma.CaseGetPayload<{ select: typeof caseDetailSelect }>;

/** The case file (staff, and a reviewer who accepted the case). */
export type CaseFileRead = CaseDetail & { view: "file" };
/** A case only offered to the reviewer reading it: the offer, nothing of the case file. */
export type CaseOfferRead = { view: "offer"; id: string; caseNumber: string; offer: OfferRow };
export type CaseRead = CaseFileRead | CaseOfferRead;

/** One case as the actor may see it: the case file, or for a reviewer it is only offered to, the offer. */
export async function getCase({ actor, caseId }: { actor: Actor | null; caseId: string }): Promise<CaseRead> {
  const staff = requirePermission(actor, "cases.read");
  if (!isUuid(caseId)) throw notFound("Case");
  const kase = await db().case.findFirst({
    where: { AND: [{ id: caseId }, caseFileWhereForActor(staff)] },
    select: caseDetailSelect,
  });
  if (kase) return { view: "file", ...kase };
  if (staff.role === "REVIEWER" && staff.reviewerId) {
    const offer = await db().assignment.findFirst({
      where: { caseId, reviewerId: staff.reviewerId, status: "OFFERED" },
      select: offerSelect,
      orderBy: [{ assignedAt: "desc" }, { id: "desc" }],
    });
    if (offer) return { view: "offer", id: offer.case.id, caseNumber: offer.case.caseNumber, offer };
  }
  throw notFound("Case");
}

/** The case file only (the staff case pages): a case the actor may not open reads as not found. */
export async function getCaseFile({ actor, caseId }: { actor: Actor | null; caseId: string }): Promise<CaseFileRead> {
  const read = await getCase({ actor, caseId });
  if (read.view !== "file") throw notFound("Case");
  return read;
}

/**
 * The case file without the determinations' findings (the administrator's case page), with
 * the specialty's name and which letters and notices have a web version, read with the same
 * reach as getCaseFile: a case the actor may not open reads as not found. Read in one SQL
 * statement (./case-summary-sql.ts).
 */
export async function getCaseSummaryPage({
  actor,
  caseId,
}: {
  actor: Actor | null;
  caseId: string;
}): Promise<CaseSummaryPage> {
  const staff = requirePermission(actor, "cases.read");
  if (!isUuid(caseId)) throw notFound("Case");
  const page = await readCaseSummaryPage(staff, caseId);
  if (!page) throw notFound("Case");
  return page;
}
