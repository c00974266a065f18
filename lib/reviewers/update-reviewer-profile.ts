// An administrator edits a reviewer's name, practice (years, hours a week, disciplinary
// history) and capacity (open cases at once, cases a week). The audit row names the
// fields that changed.
import { z } from "zod";
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { notFound } from "../errors.ts";
import { recordId } from "./fields.ts";
import { profileFields } from "./profile-input.ts";
import { reviewerEntity } from "./reviewer-entity.ts";

export const updateReviewerProfileInput = z.object({ reviewerId: recordId("reviewer"), ...profileFields });

export async function updateReviewerProfile({
  actor,
  input,
}: {
  actor: Actor | null;
  input: unknown;
}): Promise<{ changed: string[] }> {
  const admin = requirePermission(actor, "reviewers.manage");
  const { reviewerId, name, ...profile } = updateReviewerProfileInput.parse(input);
  return db().$transaction(async (tx) => {
    const current = await tx.reviewerProfile.findUnique({
      where: { id: reviewerId },
      select: {
        yearsInPractice: true,
        hoursPerWeek: true,
        disciplinaryHistory: true,
        maxOpenCases: true,
        maxCasesPerWeek: true,
        user: { select: { id: true, name: true } },
      },
    });
    if (!current) throw notFound("Reviewer");
    const changed: string[] = (Object.keys(profile) as (keyof typeof profile)[]).filter(
      (key) => current[key] !== profile[key],
    );
    if (current.user.name !== name) changed.unshift("name");
    if (changed.length === 0) return { changed };
    await tx.reviewerProfile.update({ where: { id: reviewerId }, data: profile });
    if (changed.includes("name")) await tx.user.update({ where: { id: current.user.id }, data: { name } });
    await recordAudit(tx, admin, { action: "reviewer.updated", ...reviewerEntity(reviewerId), payload: { changed } });
    return { changed };
  });
}
