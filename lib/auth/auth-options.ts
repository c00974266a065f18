// next-auth configuration: staff sign in with email and password (argon2id), JWT
// sessions. The session is re-validated against the database on every request by
// ./current-actor.ts, so disabling a user or bumping sessionVersion ends their sessions.
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { db } from "../db/client.ts";
import { getServerSecret } from "../config/secret.ts";
import { verifyPassword } from "./passwords.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { clientAddress } from "../http/client-address.ts";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(1).max(200),
});

function requestMetaFrom(headers: Record<string, unknown> | undefined) {
  const get = (name: string) => (typeof headers?.[name] === "string" ? (headers[name] as string) : null);
  return { ip: clientAddress(get), userAgent: get("user-agent") };
}

/** Failed sign-ins tolerated per account and per address in the window, before refusing. */
export const SIGN_IN_LIMITS = { windowMinutes: 15, perAccount: 5, perAddress: 20 };

// Verified when the account does not exist or is disabled, so that timing does not tell.
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$xvAeaXVH3H+Pid4pCXYoNg$QHevvBgEFGfZDY0hyHPqH3zHUAf5r4kD5uIhqd+ltbU";

async function tooManyFailures(email: string, ip: string | null): Promise<boolean> {
  const since = new Date(Date.now() - SIGN_IN_LIMITS.windowMinutes * 60_000);
  const failed = { action: "user.sign_in_failed", at: { gte: since } };
  const [byAccount, byAddress] = await Promise.all([
    db().auditEvent.count({ where: { ...failed, payload: { path: ["email"], equals: email } } }),
    ip ? db().auditEvent.count({ where: { ...failed, ip } }) : Promise.resolve(0),
  ]);
  return byAccount >= SIGN_IN_LIMITS.perAccount || byAddress >= SIGN_IN_LIMITS.perAddress;
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
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(raw, req) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const meta = requestMetaFrom(req?.headers as Record<string, unknown> | undefined);
        const user = await db().user.findUnique({ where: { email } });
        const usable = user !== null && user.disabledAt === null;
        const passwordOk = await verifyPassword(usable ? user.passwordHash : DUMMY_HASH, password);
        const throttled = await tooManyFailures(email, meta.ip);
        const ok = usable && passwordOk && !throttled;
        await recordAudit(db(), user && ok
          ? { kind: "user", userId: user.id, role: user.role, name: user.name, reviewerId: null, meta }
          : { kind: "system", meta }, {
          action: ok ? "user.signed_in" : "user.sign_in_failed",
          entityType: "User",
          entityId: user?.id ?? "unknown",
          payload: throttled ? { email, throttled: true } : { email },
        });
        if (!ok || !user) return null;
        return { id: user.id, name: user.name, email: user.email, role: user.role, sessionVersion: user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
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
