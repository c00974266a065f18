// What the intake case page shows beyond the case facts: the eligibility decision, the
// records requests, documents and notices, and the deadlines.
import { db } from "../db/client.ts";
import { caseDeadlineSelect, deadlinesOf } from "../cases/case-deadlines-view.ts";

export async function intakeCaseView(caseId: string, now = new Date()) {
  const kase = await db().case.findUniqueOrThrow({
    where: { id: caseId },
    select: {
      ...caseDeadlineSelect,
      eligibilityOverrideReason: true,
      informationDueAt: true,
      recordsDueAt: true,
      signed: true,
      urDecisionAttached: true,
      liabilityDisputed: true,
      urDecisionKind: true,
      urServiceMethod: true,
      arrivalChannel: true,
      recordsRequests: {
        select: { id: true, description: true, dueAt: true, receivedAt: true },
        orderBy: { dueAt: "asc" },
      },
      documents: {
        where: { kind: { not: "DETERMINATION_LETTER" } },
        select: {
          id: true,
          kind: true,
          title: true,
          documentDate: true,
          pageCount: true,
          mimeType: true,
          createdAt: true,
        },
        orderBy: [{ createdAt: "desc" }],
      },
    },
  });
  return { kase, deadlines: deadlinesOf(kase, now), now };
}
