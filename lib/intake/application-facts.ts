// Maps a stored case onto the Application the eligibility rules read, including the
// treatments already decided by IMR for the same employee (earlier decided cases with the
// same claim number).
import type { Prisma } from "../db/generated/client.ts";
import type { Application } from "../eligibility/application.ts";
import { toIsoDate } from "../format/dates.ts";
import { atCaliforniaTime } from "../deadlines/calendar.ts";
import { notFound } from "../errors.ts";

type Reader = Pick<Prisma.TransactionClient, "case" | "disputedItem">;

export const eligibilityCaseSelect = {
  id: true,
  status: true,
  reviewType: true,
  receivedAt: true,
  claimNumber: true,
  signed: true,
  urDecisionAttached: true,
  urDecisionKind: true,
  urDecisionDate: true,
  urDecisionServedOn: true,
  urServiceMethod: true,
  liabilityDisputed: true,
  items: { select: { description: true }, orderBy: { ordinal: "asc" } },
  parties: { where: { role: "EMPLOYEE" }, select: { name: true, dateOfBirth: true, address: true, phone: true } },
} satisfies Prisma.CaseSelect;

export async function loadApplicationFacts(
  reader: Reader,
  caseId: string,
): Promise<{ application: Application; kase: Prisma.CaseGetPayload<{ select: typeof eligibilityCaseSelect }> }> {
  const kase = await reader.case.findUnique({ where: { id: caseId }, select: eligibilityCaseSelect });
  if (!kase) throw notFound("Case");
  const decidedBefore = await reader.disputedItem.findMany({
    where: { case: { claimNumber: kase.claimNumber, status: "DECIDED", id: { not: caseId } } },
    select: { description: true },
  });
  const employee = kase.parties[0];
  const application: Application = {
    signed: kase.signed,
    receivedAt: kase.receivedAt,
    urDecisionAttached: kase.urDecisionAttached,
    urDecisionKind: kase.urDecisionKind,
    urDecisionDate: toIsoDate(kase.urDecisionDate),
    // Served on its date unless intake recorded a later service. Both are calendar dates
    // (stored at UTC midnight, which is the evening before in California): the rule counts
    // from that California day, so it gets noon of it.
    urDecisionServedAt: atCaliforniaTime(toIsoDate(kase.urDecisionServedOn ?? kase.urDecisionDate), 12),
    urServiceMethod: kase.urServiceMethod,
    liabilityDisputed: kase.liabilityDisputed,
    items: kase.items.map((item) => item.description),
    itemsPreviouslyDecided: decidedBefore.map((item) => item.description),
    missingInformation: [...(employee && !employee.address && !employee.phone ? (["EMPLOYEE_CONTACT"] as const) : [])],
    employee: {
      name: employee?.name ?? "",
      dateOfBirth: employee?.dateOfBirth ? toIsoDate(employee.dateOfBirth) : null,
      claimNumber: kase.claimNumber,
    },
  };
  return { application, kase };
}
