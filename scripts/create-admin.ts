// `npm run user:create-admin`: creates an administrator account, for a deployment without
// demo data. Reads IMR_ADMIN_EMAIL, IMR_ADMIN_NAME and IMR_ADMIN_PASSWORD (at least 12
// characters) from the environment; the password is stored as an argon2id hash.
import { z } from "zod";
import { db, closeDb } from "../lib/db/client.ts";
import { hashPassword } from "../lib/auth/passwords.ts";
import { recordAudit } from "../lib/audit/record-audit.ts";
import { systemActor } from "../lib/auth/actor.ts";

const input = z.object({
  email: z.string().trim().toLowerCase().email("IMR_ADMIN_EMAIL must be an email address."),
  name: z.string().trim().min(1, "IMR_ADMIN_NAME is required.").max(200),
  password: z.string().min(12, "IMR_ADMIN_PASSWORD must have at least 12 characters.").max(200),
});

async function main(): Promise<void> {
  const parsed = input.safeParse({
    email: process.env.IMR_ADMIN_EMAIL,
    name: process.env.IMR_ADMIN_NAME,
    password: process.env.IMR_ADMIN_PASSWORD,
  });
  if (!parsed.success) throw new Error(parsed.error.issues.map((issue) => issue.message).join(" "));
  const { email, name, password } = parsed.data;
  if (await db().user.findUnique({ where: { email } })) throw new Error(`An account for ${email} exists already.`);
  const passwordHash = await hashPassword(password);
  await db().$transaction(async (tx) => {
    const user = await tx.user.create({ data: { email, name, role: "ADMIN", passwordHash } });
    await recordAudit(tx, systemActor, {
      action: "user.created",
      entityType: "User",
      entityId: user.id,
      payload: { email, role: "ADMIN" },
    });
  });
  console.log(`Administrator ${email} created.`);
}

main()
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => closeDb());
