// next-auth configuration: staff sign in with email and password (argon2id) and, once set
// up, a two-factor code (./sign-in.ts); JWT sessions. The session is re-validated against
// the database on every request by ./current-actor.ts, so disabling a user or bumping
// sessionVersion (password change, role change, sign-out) ends their sessions. The session
// callback applies the same check (./session-check.ts), so /api/auth/session and
// getServerSession answer nothing ({}, null) for a token that was signed out or revoked.
import type { AuthOptions, Session } from "next-auth";
import type { JWT } from "next-auth/jwt";
import CredentialsModule from "next-auth/providers/credentials";
import { db } from "../db/client.ts";
import { getServerSecret } from "../config/secret.ts";
import { clientAddress } from "../http/client-address.ts";
import { signInWithPassword } from "./sign-in.ts";
import { resumedVersion } from "./session-resume.ts";
import { sessionStillValid } from "./session-check.ts";
import { findSessionUser } from "./session-user.ts";
import { SECOND_FACTOR_REQUIRED } from "./sign-in-signals.ts";
import { delayedSignal } from "./sign-in-throttle.ts";

// next-auth ships CommonJS: bundlers hand over the function, Node's native ESM (the tests)
// the module object with it as `default`.
const CredentialsProvider =
  (CredentialsModule as unknown as { default?: typeof CredentialsModule }).default ?? CredentialsModule;

function requestMetaFrom(headers: Record<string, unknown> | undefined) {
  const get = (name: string) => (typeof headers?.[name] === "string" ? (headers[name] as string) : null);
  return { ip: clientAddress(get), userAgent: get("user-agent") };
}

/** What a session of a signed-out, revoked or unknown token shows: nothing (next-auth answers `{}`). */
export const NO_SESSION = {} as unknown as Session;

/** Whether the token's session still stands in the database: the user exists, is enabled, has the token's role and version. */
export async function tokenStillStands(token: JWT): Promise<boolean> {
  if (typeof token.uid !== "string" || typeof token.sv !== "number") return false;
  const user = await findSessionUser(token.uid);
  return sessionStillValid({ uid: token.uid, role: token.role, sv: token.sv }, user);
}

export const authOptions: AuthOptions = {
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/signin" },
  get secret() {
    return getServerSecret();
  },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
        code: { label: "Authentication code", type: "text" },
        unlock: { label: "Unlock link", type: "hidden" },
      },
      // Sign-in rules and throttling: ./sign-in.ts, ./sign-in-throttle.ts. What the browser may
      // learn from a refusal: a code is needed (the password was right), or the attempt came
      // during a wait and was not checked ("SignInDelayed:<seconds>", alike for every e-mail).
      async authorize(raw, req) {
        const result = await signInWithPassword(
          raw,
          requestMetaFrom(req?.headers as Record<string, unknown> | undefined),
        );
        if (result.outcome === "second_factor_required") throw new Error(SECOND_FACTOR_REQUIRED);
        if (result.outcome === "delayed") throw new Error(delayedSignal(result.retryAfterSeconds));
        return result.outcome === "signed_in" ? result.user : null;
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user, trigger, session }) {
      // after changing their own password, the browser that did it moves its token to the new version
      if (trigger === "update" && !user) {
        const version = resumedVersion(token, session);
        if (version !== null && typeof token.uid === "string") {
          const holder = await db().user.findUnique({
            where: { id: token.uid },
            select: { sessionVersion: true, disabledAt: true },
          });
          if (holder && holder.disabledAt === null && holder.sessionVersion === version) token.sv = version;
        }
        return token;
      }
      if (user) {
        const signedIn = user as typeof user & { role: string; sessionVersion: number };
        token.uid = signedIn.id;
        token.role = signedIn.role;
        token.sv = signedIn.sessionVersion;
      }
      return token;
    },
    // A token signed out (sessionVersion bumped), of a disabled user or of another role no
    // longer yields a name, e-mail or role, though its signature and expiry still hold.
    async session({ session, token }) {
      if (!(await tokenStillStands(token))) return NO_SESSION;
      return { ...session, uid: token.uid, role: token.role, sv: token.sv };
    },
  },
  events: {
    // Signing out ends the session token for good (and the user's other sessions with it):
    // a copied token stops working once its version is behind the user's.
    async signOut({ token }) {
      if (typeof token?.uid === "string") {
        await db().user.updateMany({ where: { id: token.uid }, data: { sessionVersion: { increment: 1 } } });
      }
    },
  },
};
