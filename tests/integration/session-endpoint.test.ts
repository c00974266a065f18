// /api/auth/session (next-auth's own handler, as app/api/auth/[...nextauth] mounts it) and the
// session callback behind it: a signed session token shows its holder's name, e-mail and
// role only while the session stands in the database. Signed out (sessionVersion bumped by
// the signOut event), disabled, moved to another role, or naming nobody: nothing ({}).
import { db } from "@/lib/db/client.ts";
import type { StaffActor } from "@/lib/auth/actor.ts";
import { authOptions, NO_SESSION } from "@/lib/auth/auth-options.ts";
import { getServerSecret } from "@/lib/config/secret.ts";
import * as nextAuthModule from "next-auth";
import * as nextAuthJwt from "next-auth/jwt";
import { createStaff } from "../factories/index.ts";

// next-auth ships CommonJS: named exports under Node's native ESM, or under `default`
const pick = <T>(module: T) => ((module as { default?: T }).default ?? module) as T;
type Handler = (req: unknown, res: unknown) => Promise<unknown>;
const NextAuth = (pick(nextAuthModule) as unknown as { default: (options: unknown) => Handler }).default;
const { encode } = pick(nextAuthJwt);

type Session = (params: Record<string, unknown>) => Promise<Record<string, unknown>>;
const sessionCallback = authOptions.callbacks!.session as unknown as Session;
const signOutEvent = authOptions.events!.signOut as unknown as (message: {
  token: Record<string, unknown>;
}) => Promise<void>;

/** The token next-auth holds for `actor` right after signing in. */
async function tokenOf(actor: StaffActor): Promise<Record<string, unknown>> {
  const user = await db().user.findUniqueOrThrow({ where: { id: actor.userId } });
  return { name: user.name, email: user.email, sub: user.id, uid: user.id, role: user.role, sv: user.sessionVersion };
}

/** GET /api/auth/session with the token as the session cookie: the JSON body. */
async function sessionEndpoint(token: Record<string, unknown>): Promise<Record<string, unknown>> {
  const cookie = await encode({ token, secret: getServerSecret() });
  const headers = new Map<string, unknown>();
  let body: unknown;
  const res = {
    status: () => res,
    setHeader: (name: string, value: unknown) => {
      headers.set(name.toLowerCase(), value);
      return res;
    },
    getHeader: (name: string) => headers.get(name.toLowerCase()),
    end: () => undefined,
    json: (value: unknown) => {
      body = value;
    },
    send: (value: unknown) => {
      body = value;
    },
  };
  const req = {
    method: "GET",
    query: { nextauth: ["session"] },
    cookies: { "next-auth.session-token": cookie },
    headers: { host: "localhost:3000" },
    body: {},
  };
  await NextAuth(authOptions)(req, res);
  return body as Record<string, unknown>;
}

process.env.NEXTAUTH_URL ??= "http://localhost:3000";

const callback = (token: Record<string, unknown>) =>
  sessionCallback({
    session: {
      user: { name: token.name, email: token.email },
      expires: new Date(Date.now() + 3_600_000).toISOString(),
    },
    token,
  });

test("a standing session shows its holder", async () => {
  const admin = await createStaff("ADMIN");
  const token = await tokenOf(admin);
  expect(await sessionEndpoint(token)).toMatchObject({
    user: { name: token.name, email: token.email },
    uid: admin.userId,
    role: "ADMIN",
    sv: token.sv,
  });
  expect(await callback(token)).toMatchObject({ uid: admin.userId, role: "ADMIN" });
});

test("after signing out, the same token shows nothing", async () => {
  const admin = await createStaff("ADMIN");
  const token = await tokenOf(admin);
  await signOutEvent({ token });
  expect(await sessionEndpoint(token)).toEqual({});
  expect(await callback(token)).toBe(NO_SESSION);
});

test.each([
  ["the account disabled", (id: string) => db().user.update({ where: { id }, data: { disabledAt: new Date() } })],
  ["the role changed", (id: string) => db().user.update({ where: { id }, data: { role: "INTAKE" } })],
  [
    "the session version bumped (password changed elsewhere)",
    (id: string) => db().user.update({ where: { id }, data: { sessionVersion: { increment: 1 } } }),
  ],
])("%s: nothing", async (_label, change) => {
  const admin = await createStaff("ADMIN");
  const token = await tokenOf(admin);
  await change(admin.userId);
  expect(await sessionEndpoint(token)).toEqual({});
});

test("a token naming no existing user shows nothing", async () => {
  const token = await tokenOf(await createStaff("ADMIN"));
  expect(await sessionEndpoint({ ...token, uid: crypto.randomUUID() })).toEqual({});
});

test.each([
  ["no user id", { name: "Someone", email: "someone@test.imr", role: "ADMIN", sv: 0 }],
  ["a user id that is not a string", { uid: 42, role: "ADMIN", sv: 0 }],
  ["no session version", { uid: "00000000-0000-4000-8000-000000000000", role: "ADMIN" }],
])("a token with %s shows nothing", async (_label, token) => {
  expect(await sessionEndpoint(token)).toEqual({});
  expect(await callback(token)).toBe(NO_SESSION);
});
