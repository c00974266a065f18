// next-auth configuration: staff sign in with email and password (argon2id) and, once set
// up, a two-factor code (./sign-in.ts); JWT sessions. The session is re-validated against
// the database on every request by ./current-actor.ts, so disabling a user or bumping
// sessionVersion (password change, role change, sign-out) ends their sessions.
import type { AuthOptions } from "next-auth";
import CredentialsModule from "next-auth/providers/credentials";
import { db } from "../db/client.ts";
import { getServerSecret } from "../config/secret.ts";
import { clientAddress } from "../http/client-address.ts";
import { signInWithPassword } from "./sign-in.ts";
import { resumedVersion } from "./session-resume.ts";
import { SECOND_FACTOR_REQUIRED } from "./sign-in-signals.ts";

export { SIGN_IN_LIMITS, LOCKOUT_AFTER } from "./sign-in.ts";

// next-auth ships CommonJS: bundlers hand over the function, Node's native ESM (the tests)
// the module object with it as `default`.
const CredentialsProvider = (CredentialsModule as unknown as { default?: typeof CredentialsModule }).default ?? CredentialsModule;

function requestMetaFrom(headers: Record<string, unknown> | undefined) {
  const get = (name: string) => (typeof headers?.[name] === "string" ? (headers[name] as string) : null);
  return { ip: clientAddress(get), userAgent: get("user-agent") };
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
      },
      // Sign-in rules, throttling and lockout: ./sign-in.ts
      async authorize(raw, req) {
        const result = await signInWithPassword(raw, requestMetaFrom(req?.headers as Record<string, unknown> | undefined));
        if (result.outcome === "second_factor_required") throw new Error(SECOND_FACTOR_REQUIRED);
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
          const holder = await db().user.findUnique({ where: { id: token.uid }, select: { sessionVersion: true, disabledAt: true } });
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
    async session({ session, token }) {
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
