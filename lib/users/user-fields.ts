// Shared pieces of the staff-account use cases: the audit entity of a user, the id field,
// and the rule that an administrator changes other accounts here, never their own (so the
// last administrator cannot lock everyone out).
import { z } from "zod";
import type { StaffActor } from "../auth/actor.ts";
import { AppError } from "../errors.ts";

export const userId = z.uuid("Unknown user.");

export const userEntity = (id: string) => ({ entityType: "User", entityId: id });

export function refuseOwnAccount(admin: StaffActor, targetId: string, message: string): void {
  if (admin.userId === targetId) throw new AppError("CONFLICT", message);
}
