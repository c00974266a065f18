// Resolves the acting staff user of the current request from the next-auth session and
// checks it against the database (still enabled, same role, same session version).
import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { clientAddress } from "../http/client-address.ts";
import { notFound, redirect } from "next/navigation";
import type { Role } from "../db/generated/enums.ts";
import { db } from "../db/client.ts";
import { authOptions } from "./auth-options.ts";
import type { RequestMeta, StaffActor } from "./actor.ts";
import { sessionStillValid, type SessionClaims } from "./session-check.ts";


export async function requestMeta(): Promise<RequestMeta> {
  const h = await headers();
  return { ip: clientAddress((name) => h.get(name)), userAgent: h.get("user-agent") };
}

/** Cached per request: layouts and pages of one request share one lookup. */
export const currentActor = cache(async function currentActor(): Promise<StaffActor | null> {
  const session = (await getServerSession(authOptions)) as SessionClaims | null;
  if (typeof session?.uid !== "string") return null;
  const user = await db().user.findUnique({
    where: { id: session.uid },
    select: { id: true, name: true, role: true, disabledAt: true, sessionVersion: true, reviewer: { select: { id: true } } },
  });
  if (!user || !sessionStillValid(session, user)) return null;
  return {
    kind: "user",
    userId: user.id,
    role: user.role,
    name: user.name,
    reviewerId: user.reviewer?.id ?? null,
    meta: await requestMeta(),
  };
});

/** For layouts and pages: the actor, or a redirect to sign-in; a wrong role sees 404. */
export async function requireRole(...roles: Role[]): Promise<StaffActor> {
  const actor = await currentActor();
  if (!actor) redirect("/signin");
  if (!roles.includes(actor.role)) notFound();
  return actor;
}

export function homePathFor(role: Role): string {
  return role === "ADMIN" ? "/admin" : role === "REVIEWER" ? "/reviewer" : "/intake";
}
