// An administrator changes a staff account between INTAKE and ADMIN. The change ends the
// user's sessions (the session check compares role and version). REVIEWER accounts carry
// a reviewer record with credentials and cases, so moving into or out of REVIEWER is
// refused: add the physician from the Reviewers page, or disable the account instead.
import { z } from "zod";
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { AppError, conflict, notFound } from "../errors.ts";
import { refuseOwnAccount, userEntity, userId } from "./user-fields.ts";

export const changeRoleInput = z.object({
  userId,
  role: z.enum(["INTAKE", "ADMIN", "REVIEWER"], "Choose a role."),
});

const reviewerRefusal = (message: string) => new AppError("VALIDATION", message, { role: [message] });

export async function changeRole({
  actor,
  input,
}: {
  actor: Actor | null;
  input: unknown;
}): Promise<{ userId: string; role: string }> {
  const admin = requirePermission(actor, "users.manage");
  const { userId: id, role } = changeRoleInput.parse(input);
  refuseOwnAccount(admin, id, "You cannot change your own role; another administrator can.");
  if (role === "REVIEWER") {
    throw reviewerRefusal(
      "An account cannot become a reviewer here: a reviewer needs a physician record. Add the physician from the Reviewers page.",
    );
  }
  return db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id }, select: { role: true } });
    if (!user) throw notFound("User");
    if (user.role === "REVIEWER") {
      throw reviewerRefusal(
        "A reviewer's role cannot be changed: their record and cases would be left without a reviewer. Disable the account instead.",
      );
    }
    if (user.role === role) throw conflict(`This account already has the role ${role}.`);
    const moved = await tx.user.updateMany({
      where: { id, role: user.role },
      data: { role, sessionVersion: { increment: 1 } },
    });
    if (moved.count !== 1) throw conflict("The account was changed by someone else; reload and try again.");
    const { sessionVersion } = await tx.user.findUniqueOrThrow({ where: { id }, select: { sessionVersion: true } });
    await recordAudit(tx, admin, {
      action: "user.role_changed",
      ...userEntity(id),
      payload: { userId: id, from: user.role, to: role, sessionVersion },
    });
    return { userId: id, role };
  });
}
