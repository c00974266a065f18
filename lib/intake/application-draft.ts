// The application intake is typing, kept on the server per user so that a reload (or
// another computer) loses nothing. Cleared when the case is created, or discarded by its
// owner (the form asks first, and the discard says so: `confirmed`).
import { z } from "zod";
import type { Prisma } from "../db/generated/client.ts";
import { db } from "../db/client.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";

const draftData = z
  .record(z.string().max(100), z.union([z.string().max(5000), z.boolean(), z.array(z.string().max(5000)).max(40)]))
  .refine((d) => Object.keys(d).length <= 80, "Too many fields.");

export type ApplicationDraftData = z.infer<typeof draftData>;

export async function saveApplicationDraft({
  actor,
  input,
}: {
  actor: Actor | null;
  input: unknown;
}): Promise<{ savedAt: Date }> {
  const staff = requirePermission(actor, "cases.create");
  const data = draftData.parse(input);
  const row = await db().applicationDraft.upsert({
    where: { userId: staff.userId },
    create: { userId: staff.userId, data: data as Prisma.InputJsonValue },
    update: { data: data as Prisma.InputJsonValue },
  });
  return { savedAt: row.updatedAt };
}

export async function loadApplicationDraft({
  actor,
}: {
  actor: Actor | null;
}): Promise<{ data: ApplicationDraftData; savedAt: Date } | null> {
  const staff = requirePermission(actor, "cases.create");
  const row = await db().applicationDraft.findUnique({ where: { userId: staff.userId } });
  if (!row) return null;
  const parsed = draftData.safeParse(row.data);
  return parsed.success ? { data: parsed.data, savedAt: row.updatedAt } : null;
}

export async function clearApplicationDraft({ actor }: { actor: Actor | null }): Promise<void> {
  const staff = requirePermission(actor, "cases.create");
  await db().applicationDraft.deleteMany({ where: { userId: staff.userId } });
}

const discardInput = z.object(
  { confirmed: z.literal(true, { error: "Confirm that the draft is to be discarded." }) },
  { error: "Confirm that the draft is to be discarded." },
);

/** The owner discards their draft: the next new-case form starts blank. Drafts are not audited (nor their saves). */
export async function discardApplicationDraft({
  actor,
  input,
}: {
  actor: Actor | null;
  input: unknown;
}): Promise<void> {
  const staff = requirePermission(actor, "cases.create");
  discardInput.parse(input);
  await db().applicationDraft.deleteMany({ where: { userId: staff.userId } });
}
