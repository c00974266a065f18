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

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(320),
  password: z.string().min(1).max(200),
});

function requestMetaFrom(headers: Record<string, unknown> | undefined) {
  const get = (name: string) => (typeof headers?.[name] === "string" ? (headers[name] as string) : null);
  return { ip: get("x-forwarded-for")?.split(",")[0]?.trim() ?? get("x-real-ip"), userAgent: get("user-agent") };
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
        const user = await db().user.findUnique({ where: { email } });
        const ok = user !== null && user.disabledAt === null && (await verifyPassword(user.passwordHash, password));
        const meta = requestMetaFrom(req?.headers as Record<string, unknown> | undefined);
        await recordAudit(db(), user && ok
          ? { kind: "user", userId: user.id, role: user.role, name: user.name, reviewerId: null, meta }
          : { kind: "system", meta }, {
          action: ok ? "user.signed_in" : "user.sign_in_failed",
          entityType: "User",
          entityId: user?.id ?? "unknown",
          payload: { email },
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
};
