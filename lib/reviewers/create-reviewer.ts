// An administrator adds a physician to the panel: a REVIEWER account with a random first
// password (argon2id hash stored; the password is returned once, to be handed over, and
// must be replaced by the reviewer's own at first sign-in) and
// the practice and capacity record. Credentials, affiliations and leaves are added after.
import { z } from "zod";
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { generateInitialPassword } from "../auth/initial-password.ts";
import { hashPassword } from "../auth/passwords.ts";
import { requirePermission } from "../auth/permissions.ts";
import { AppError } from "../errors.ts";
import { profileFields } from "./profile-input.ts";
import { reviewerEntity } from "./reviewer-entity.ts";

export const createReviewerInput = z.object({
  ...profileFields,
  email: z
    .string("Enter the email address.")
    .trim()
    .toLowerCase()
    .pipe(z.email("Enter a valid email address.").max(320, "The email address is too long.")),
});

export type CreatedReviewer = { reviewerId: string; userId: string; email: string; initialPassword: string };

const emailTaken = () =>
  new AppError("VALIDATION", "Please correct the highlighted fields.", {
    email: ["An account with this email address already exists."],
  });

export async function createReviewer({
  actor,
  input,
}: {
  actor: Actor | null;
  input: unknown;
}): Promise<CreatedReviewer> {
  const admin = requirePermission(actor, "reviewers.manage");
  const { email, name, ...profile } = createReviewerInput.parse(input);
  const initialPassword = generateInitialPassword();
  const passwordHash = await hashPassword(initialPassword);
  try {
    return await db().$transaction(async (tx) => {
      if (await tx.user.findUnique({ where: { email }, select: { id: true } })) throw emailTaken();
      const user = await tx.user.create({
        data: { email, name, role: "REVIEWER", passwordHash, mustChangePassword: true, reviewer: { create: profile } },
        select: { id: true, reviewer: { select: { id: true } } },
      });
      const reviewerId = user.reviewer!.id;
      await recordAudit(tx, admin, {
        action: "reviewer.created",
        ...reviewerEntity(reviewerId),
        payload: { userId: user.id, email },
      });
      return { reviewerId, userId: user.id, email, initialPassword };
    });
  } catch (error) {
    // two administrators adding the same address at once: the unique index decides
    if ((error as { code?: string } | null)?.code === "P2002") throw emailTaken();
    throw error;
  }
}
