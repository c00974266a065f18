// Staff accounts as administrators browse them: paged, sorted, filtered by name or email
// (accents, case and punctuation ignored: lib/format/search-fold.ts), role and state, with
// two-factor, lock and disable state and the last sign-in (one grouped audit query for the
// page's rows).
import { z } from "zod";
import type { Prisma } from "../db/generated/client.ts";
import { db } from "../db/client.ts";
import type { Actor } from "../auth/actor.ts";
import { requirePermission } from "../auth/permissions.ts";
import { queryText } from "../format/query-text.ts";
import { searchTerms, searchTextWhere } from "../format/search-fold.ts";

export const USER_SORTS = ["name", "email", "role", "createdAt"] as const;
const blankAsNone = (value: string | undefined) => (value ? value : undefined);

export const userListQuery = z.object({
  q: queryText(z.string().trim().max(80).optional()).catch(undefined).transform(blankAsNone),
  role: z.enum(["INTAKE", "ADMIN", "REVIEWER"]).optional().catch(undefined),
  state: z.enum(["active", "locked", "disabled", "no_two_factor"]).optional().catch(undefined),
  sort: z.enum(USER_SORTS).catch("name"),
  dir: z.enum(["asc", "desc"]).catch("asc"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  pageSize: z.coerce.number().int().min(5).max(100).catch(25),
});
export type UserListQuery = z.infer<typeof userListQuery>;

export const userListSelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  createdAt: true,
  disabledAt: true,
  lockedAt: true,
  totpEnabledAt: true,
  mustChangePassword: true,
} satisfies Prisma.UserSelect;
export type UserListRow = Prisma.UserGetPayload<{ select: typeof userListSelect }> & { lastSignInAt: Date | null };

const STATE_WHERE: Record<NonNullable<UserListQuery["state"]>, Prisma.UserWhereInput> = {
  active: { disabledAt: null, lockedAt: null },
  locked: { lockedAt: { not: null } },
  disabled: { disabledAt: { not: null } },
  no_two_factor: { totpEnabledAt: null },
};

export async function listUsers({ actor, query }: { actor: Actor | null; query: unknown }) {
  requirePermission(actor, "users.manage");
  const q = userListQuery.parse(query ?? {});
  const terms = searchTerms(q.q);
  const where: Prisma.UserWhereInput = {
    AND: [
      // the folded name and e-mail (User.searchText), or the e-mail as typed ("a+b@x.org")
      q.q
        ? { OR: [...(terms ? [searchTextWhere(terms)] : []), { email: { contains: q.q, mode: "insensitive" } }] }
        : {},
      q.role ? { role: q.role } : {},
      q.state ? STATE_WHERE[q.state] : {},
    ],
  };
  const [users, total] = await Promise.all([
    db().user.findMany({
      where,
      orderBy: [{ [q.sort]: q.dir }, { id: "asc" }],
      select: userListSelect,
      skip: (q.page - 1) * q.pageSize,
      take: q.pageSize,
    }),
    db().user.count({ where }),
  ]);
  const lastSignIns = users.length
    ? await db().auditEvent.groupBy({
        by: ["actorId"],
        where: { action: "user.signed_in", actorId: { in: users.map((u) => u.id) } },
        _max: { at: true },
      })
    : [];
  const lastById = new Map(lastSignIns.map((row) => [row.actorId, row._max.at]));
  const rows: UserListRow[] = users.map((user) => ({ ...user, lastSignInAt: lastById.get(user.id) ?? null }));
  return { rows, total, page: q.page, pageSize: q.pageSize, query: q };
}
