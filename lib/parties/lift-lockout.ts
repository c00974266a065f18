// An administrator lifts a party-access lockout of one address (on every case it failed on)
// or one case number: the failures that counted towards it (recent, not yet lifted) are marked liftedAt and stop
// counting. A lifted failure also stops counting for the other key of its row (the case
// number it guessed at, or the address it came from). Audited as "party.lockout_lifted".
import { z } from "zod";
import { db } from "../db/client.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { conflict } from "../errors.ts";
import { normalizeCaseNumber } from "../cases/case-number.ts";
import { UNKNOWN_ADDRESS, accessWindowStart, countedFailuresSince } from "./open-party-access.ts";

export const liftLockoutInput = z.discriminatedUnion(
  "kind",
  [
    z.object({
      kind: z.literal("case"),
      caseNumber: z
        .string()
        .trim()
        .min(1, "Enter the case number.")
        .max(40, "That is not a case number.")
        .transform(normalizeCaseNumber),
    }),
    z.object({
      kind: z.literal("address"),
      ip: z
        .string()
        .trim()
        .min(1, "Enter the address.")
        .max(100, "That is not an address.")
        .refine((ip) => ip !== UNKNOWN_ADDRESS, "That is not an address."),
    }),
  ],
  { error: "Say whether a case number or an address is to be unlocked." },
);

export async function liftLockout({
  actor,
  input,
  now = new Date(),
}: {
  actor: Actor | null;
  input: unknown;
  now?: Date;
}): Promise<{ lifted: number }> {
  const admin = requirePermission(actor, "parties.lift_lockout");
  const target = liftLockoutInput.parse(input);
  const key = target.kind === "case" ? { caseNumber: target.caseNumber } : { ip: target.ip };
  return db().$transaction(async (tx) => {
    const { count } = await tx.accessAttempt.updateMany({
      where: { ...key, ...countedFailuresSince(accessWindowStart(now)) },
      data: { liftedAt: now },
    });
    if (count === 0)
      throw conflict("There are no recent failures to lift for that any more; the lockout may have ended by itself.");
    const kase =
      target.kind === "case"
        ? await tx.case.findUnique({ where: { caseNumber: target.caseNumber }, select: { id: true } })
        : null;
    await recordAudit(tx, admin, {
      action: "party.lockout_lifted",
      entityType: target.kind === "case" ? "Case" : "Address",
      entityId: target.kind === "case" ? target.caseNumber : target.ip,
      caseId: kase?.id ?? null,
      payload: {
        caseNumber: target.kind === "case" ? target.caseNumber : null,
        ip: target.kind === "address" ? target.ip : null,
        lifted: count,
      },
    });
    return { lifted: count };
  });
}
