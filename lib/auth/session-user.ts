// The staff user behind a session, read on every staff request: one statement (the user and
// their reviewer profile joined), written in SQL because it runs before every page and action,
// and read through lib/db/raw-reader.ts.
import type { Role } from "../db/generated/enums.ts";
import { rawReader } from "../db/raw-reader.ts";
import { isUuid } from "../format/ids.ts";

export type SessionUserRow = {
  id: string;
  name: string;
  role: Role;
  disabledAt: Date | null;
  sessionVersion: number;
  mustChangePassword: boolean;
  totpEnabledAt: Date | null;
  reviewerId: string | null;
};

export async function findSessionUser(userId: string): Promise<SessionUserRow | null> {
  if (!isUuid(userId)) return null;
  const rows = await rawReader().$queryRaw<SessionUserRow[]>`
    SELECT u."id", u."name", u."role"::text AS "role", u."disabledAt", u."sessionVersion",
           u."mustChangePassword", u."totpEnabledAt", r."id" AS "reviewerId"
      FROM "User" u
      LEFT JOIN "ReviewerProfile" r ON r."userId" = u."id"
     WHERE u."id" = ${userId}::uuid`;
  return rows[0] ?? null;
}
