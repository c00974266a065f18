// A case's own history, drawn from the audit trail: its newest events in plain words, for
// the administrator's case page. Reads the (caseId, at) index; the full list is the audit
// viewer filtered by the case.
import { z } from "zod";
import { db } from "../db/client.ts";
import { rawReader } from "../db/raw-reader.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { caseWhereForActor } from "../cases/case-access.ts";
import { notFound } from "../errors.ts";
import { AuditNameBook, type AuditEventRow, type AuditEventView } from "./audit-rows.ts";

const caseHistoryInput = z.object({
  caseId: z.uuid("Unknown case."),
  limit: z.number().int().min(1).max(100).default(15),
});

export type CaseHistory = { caseNumber: string; events: AuditEventView[]; more: boolean };

/**
 * `opened`: the case as the calling page has already read it for this actor (getCaseFile, whose
 * reach is narrower than caseWhereForActor), so it is not looked up a second time.
 */
export async function caseHistory({
  actor,
  input,
  opened,
}: {
  actor: Actor | null;
  input: unknown;
  opened?: { id: string; caseNumber: string };
}): Promise<CaseHistory> {
  const staff = requirePermission(actor, "audit.read");
  const parsed = caseHistoryInput.safeParse(input);
  if (!parsed.success) throw notFound("Case");
  const { caseId, limit } = parsed.data;
  const kase =
    opened?.id === caseId
      ? opened
      : await db().case.findFirst({
          where: { AND: [{ id: caseId }, caseWhereForActor(staff)] },
          select: { caseNumber: true },
        });
  if (!kase) throw notFound("Case");
  // in SQL, newest first as the audit viewer (NEWEST_FIRST): read on every case page
  const found = await rawReader().$queryRaw<AuditEventRow[]>`
    SELECT "id", "at", "actorType"::text AS "actorType", "actorId", "actorRole", "action", "entityType",
           "entityId", "caseId"::text AS "caseId", "ip", "userAgent", "payload"
      FROM "AuditEvent" WHERE "caseId" = ${caseId}::uuid ORDER BY "at" DESC, "id" DESC LIMIT ${limit + 1}::int`;
  return {
    caseNumber: kase.caseNumber,
    events: await new AuditNameBook(rawReader()).knowCase(caseId, kase.caseNumber).describe(found.slice(0, limit)),
    more: found.length > limit,
  };
}
