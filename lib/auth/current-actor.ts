// Resolves the acting staff user of the current request from the next-auth session and
// checks it against the database (still enabled, same role, same session version), and
// holds the user at the account pages while they owe a step (new password, two-factor).
import "server-only";
import { cache } from "react";
import { getToken } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import { clientAddress } from "../http/client-address.ts";
import { REQUESTED_PATH_HEADER, signInHref } from "../http/next-path.ts";
import { notFound, redirect } from "next/navigation";
import type { Role } from "../db/generated/enums.ts";
import { findSessionUser } from "./session-user.ts";
import { getServerSecret } from "../config/secret.ts";
import type { RequestMeta, StaffActor } from "./actor.ts";
import { sessionStillValid, type SessionClaims } from "./session-check.ts";
import { ACCOUNT_STEP_PATH, pendingAccountStep, type AccountStep } from "./account-gate.ts";

export async function requestMeta(): Promise<RequestMeta> {
  const h = await headers();
  return { ip: clientAddress((name) => h.get(name)), userAgent: h.get("user-agent") };
}

type SignedIn = { actor: StaffActor; pending: AccountStep | null };

// Cached per request: layouts and pages of one request share one lookup. The session cookie
// is decrypted by next-auth's own getToken (the same cookie and checks as getServerSession),
// and the user is read once: getServerSession would read it a second time in the session
// callback (./auth-options.ts), which applies the same sessionStillValid rule.
const signedIn = cache(async function signedIn(): Promise<SignedIn | null> {
  const session = (await getToken({
    req: { cookies: await cookies(), headers: {} } as unknown as Parameters<typeof getToken>[0]["req"],
    secret: getServerSecret(),
  })) as SessionClaims | null;
  if (typeof session?.uid !== "string") return null;
  const user = await findSessionUser(session.uid);
  if (!user || !sessionStillValid(session, user)) return null;
  const actor: StaffActor = {
    kind: "user",
    userId: user.id,
    role: user.role,
    name: user.name,
    reviewerId: user.reviewerId,
    meta: await requestMeta(),
  };
  return { actor, pending: pendingAccountStep(user) };
});

/**
 * The signed-in staff user, or null. Also null while the user still has to change their
 * password or set up two-factor (./account-gate.ts): until then a session opens the
 * account pages only (currentAccountHolder), never a staff page, action or download.
 */
export const currentActor = cache(async function currentActor(): Promise<StaffActor | null> {
  const found = await signedIn();
  return found && found.pending === null ? found.actor : null;
});

/** For the account pages and their actions: the signed-in user and the step they still owe, if any. */
export async function currentAccountHolder(): Promise<SignedIn | null> {
  return signedIn();
}

/** For layouts and pages: the actor, or a redirect to sign-in (or to the step owed first); a wrong role sees 404. */
export async function requireRole(...roles: Role[]): Promise<StaffActor> {
  const found = await signedIn();
  if (!found) redirect(signInHref((await headers()).get(REQUESTED_PATH_HEADER)));
  if (found.pending) redirect(ACCOUNT_STEP_PATH[found.pending]);
  if (!roles.includes(found.actor.role)) notFound();
  return found.actor;
}

/** Where a signed-in user goes from the sign-in page: the step they owe, or their home; null when signed out. */
export async function signedInDestination(): Promise<string | null> {
  const found = await signedIn();
  if (!found) return null;
  return found.pending ? ACCOUNT_STEP_PATH[found.pending] : homePathFor(found.actor.role);
}

export function homePathFor(role: Role): string {
  return role === "ADMIN" ? "/admin" : role === "REVIEWER" ? "/reviewer" : "/intake";
}
