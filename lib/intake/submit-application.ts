// Intake submits an application. Before a case is created, open cases are searched for
// the same employee, UR decision and treatment (lib/eligibility/duplicates.ts): a
// duplicate is flagged and intake either merges it into the open case or, stating why,
// creates a separate case. Nothing is reviewed twice.
import { z } from "zod";
import { db } from "../db/client.ts";
import type { Prisma } from "../db/generated/client.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { createCase, type CreatedCase } from "../cases/create-case.ts";
import { createCaseInput, type CreateCaseInput } from "../cases/case-input.ts";
import { toIsoDate } from "../format/dates.ts";
import { findDuplicate } from "../eligibility/duplicates.ts";
import { mergeApplication, type MergedApplication } from "./merge-application.ts";
import { statusesAllowing } from "../cases/case-status-rules.ts";

export const duplicateDecision = z
  .discriminatedUnion("action", [
    z.object({ action: z.literal("merge"), caseId: z.uuid() }),
    z.object({
      action: z.literal("separate"),
      reason: z.string().trim().min(10, "Say why this is not a duplicate (at least 10 characters).").max(1000),
    }),
  ])
  .optional();

export type DuplicateFound = {
  kind: "duplicate";
  caseId: string;
  caseNumber: string;
  sameItems: string[];
  newItems: string[];
};
export type ApplicationOutcome =
  DuplicateFound | ({ kind: "created" } & CreatedCase) | ({ kind: "merged" } & MergedApplication);

/** The open cases a new application may repeat: those a duplicate can still be merged into. */
const OPEN: Prisma.CaseWhereInput = { status: { in: statusesAllowing("application.merge") }, mergedIntoCaseId: null };

export async function submitApplication({
  actor,
  input,
  now = new Date(),
}: {
  actor: Actor | null;
  input: unknown;
  now?: Date;
}): Promise<ApplicationOutcome> {
  const staff = requirePermission(actor, "cases.create");
  const raw = (input ?? {}) as Record<string, unknown>;
  const decision = duplicateDecision.parse(raw.duplicateDecision);
  const data = createCaseInput.parse(raw);

  if (decision?.action === "merge")
    return {
      kind: "merged",
      ...(await mergeApplication({ actor: staff, caseId: decision.caseId, application: data })),
    };
  if (!decision) {
    const found = await findOpenDuplicate(db(), data);
    if (found) return found;
  }
  const created = await createCase({
    actor: staff,
    input: raw,
    now,
    separateFromDuplicate: decision?.action === "separate" ? decision.reason : undefined,
  });
  return { kind: "created", ...created };
}

/** The input duplicates are looked for by: the application's employee, UR decision date and items. */
export type DuplicateProbe = Pick<
  CreateCaseInput,
  "employeeName" | "employeeDateOfBirth" | "claimNumber" | "urDecisionDate"
> & { items: { description: string }[] };

/** The open case an application repeats (lib/eligibility/duplicates.ts), or null. */
export async function findOpenDuplicate(
  reader: Pick<Prisma.TransactionClient, "case">,
  data: DuplicateProbe,
): Promise<DuplicateFound | null> {
  const candidates = await reader.case.findMany({
    where: {
      ...OPEN,
      urDecisionDate: data.urDecisionDate,
      OR: [
        { claimNumber: data.claimNumber },
        { parties: { some: { role: "EMPLOYEE", name: { equals: data.employeeName, mode: "insensitive" } } } },
      ],
    },
    select: {
      id: true,
      caseNumber: true,
      claimNumber: true,
      urDecisionDate: true,
      items: { select: { description: true } },
      parties: { where: { role: "EMPLOYEE" }, select: { name: true, dateOfBirth: true } },
    },
    take: 20,
  });
  const match = findDuplicate(
    {
      employee: {
        name: data.employeeName,
        dateOfBirth: data.employeeDateOfBirth ? toIsoDate(data.employeeDateOfBirth) : null,
        claimNumber: data.claimNumber,
      },
      urDecisionDate: toIsoDate(data.urDecisionDate),
      items: data.items.map((item) => item.description),
    },
    candidates.map((c) => ({
      caseId: c.id,
      employee: {
        name: c.parties[0]?.name ?? "",
        dateOfBirth: c.parties[0]?.dateOfBirth ? toIsoDate(c.parties[0].dateOfBirth) : null,
        claimNumber: c.claimNumber,
      },
      urDecisionDate: toIsoDate(c.urDecisionDate),
      items: c.items.map((item) => item.description),
    })),
  );
  if (!match) return null;
  return {
    kind: "duplicate",
    caseId: match.caseId,
    caseNumber: candidates.find((c) => c.id === match.caseId)!.caseNumber,
    sameItems: match.sameItems,
    newItems: match.newItems,
  };
}
