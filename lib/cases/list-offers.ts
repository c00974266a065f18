// The offers waiting for the signed-in reviewer, oldest first, with what they need to
// decide and to attest to having no conflict: the case's type, due date, specialty, the
// disputed items and the parties (employee, employer, claims administrator, physicians...).
// Read in SQL: the reviewer's list asks on every request, and Prisma compiles a query of this
// shape anew each time; offerSelect stays the definition of the shape (a test holds the two equal).
import { Prisma } from "../db/generated/client.ts";
import { rawReader } from "../db/raw-reader.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";

export const offerSelect = {
  id: true,
  assignedAt: true,
  case: {
    select: {
      id: true,
      caseNumber: true,
      reviewType: true,
      dueAt: true,
      specialtyCode: true,
      items: { select: { id: true, ordinal: true, description: true }, orderBy: { ordinal: "asc" } },
      parties: {
        select: { id: true, role: true, name: true, organization: true, identifier: true },
        orderBy: { role: "asc" },
      },
    },
  },
} satisfies Prisma.AssignmentSelect;

export type OfferRow = Prisma.AssignmentGetPayload<{ select: typeof offerSelect }>;

export async function listMyOffers({ actor }: { actor: Actor | null }): Promise<OfferRow[]> {
  const reviewer = requirePermission(actor, "assignments.respond");
  if (!reviewer.reviewerId) return [];
  const rows = await rawReader().$queryRaw<(Omit<OfferRow, "case"> & { case: OfferRow["case"] | string })[]>`
    SELECT a."id"::text AS "id", a."assignedAt",
      json_build_object('id', c."id", 'caseNumber', c."caseNumber", 'reviewType', c."reviewType",
        'dueAt', c."dueAt" AT TIME ZONE 'UTC', 'specialtyCode', c."specialtyCode",
        'items', (SELECT coalesce(json_agg(json_build_object('id', i."id", 'ordinal', i."ordinal",
                    'description', i."description") ORDER BY i."ordinal"), '[]')
                    FROM "DisputedItem" i WHERE i."caseId" = c."id"),
        'parties', (SELECT coalesce(json_agg(json_build_object('id', p."id", 'role', p."role", 'name', p."name",
                      'organization', p."organization", 'identifier', p."identifier") ORDER BY p."role"), '[]')
                      FROM "Party" p WHERE p."caseId" = c."id")) AS "case"
      FROM "Assignment" a JOIN "Case" c ON c."id" = a."caseId"
     WHERE a."reviewerId" = ${reviewer.reviewerId}::uuid AND a."status" = 'OFFERED'
     ORDER BY a."assignedAt" ASC, a."id" ASC LIMIT 100`;
  return rows.map((row) => {
    const kase = typeof row.case === "string" ? (JSON.parse(row.case) as OfferRow["case"]) : row.case;
    return { ...row, case: { ...kase, dueAt: kase.dueAt === null ? null : new Date(kase.dueAt) } };
  });
}
