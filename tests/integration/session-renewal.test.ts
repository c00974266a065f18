// "Stay signed in" (components/auth/session-expiry-warning.tsx) renews the session by reading
// next-auth's session endpoint: with JWT sessions every GET /api/auth/session issues the token
// again with a new end (maxAge from now) and sets it as the cookie, whatever `updateAge` says
// (that setting is for database sessions). A token that no longer stands (signed out) gets
// nothing to renew: {} in the body, so the warning turns to "Your session has ended".
import { jest } from "@jest/globals";
import { db } from "@/lib/db/client.ts";
import type { StaffActor } from "@/lib/auth/actor.ts";
import { authOptions } from "@/lib/auth/auth-options.ts";
import { getServerSecret } from "@/lib/config/secret.ts";
import * as nextAuthModule from "next-auth";
import * as nextAuthJwt from "next-auth/jwt";
import { createStaff } from "../factories/index.ts";

const pick = <T>(module: T) => ((module as { default?: T }).default ?? module) as T;
type Handler = (req: unknown, res: unknown) => Promise<unknown>;
const NextAuth = (pick(nextAuthModule) as unknown as { default: (options: unknown) => Handler }).default;
const { encode, decode } = pick(nextAuthJwt);

process.env.NEXTAUTH_URL ??= "http://localhost:3000";
const COOKIE = "next-auth.session-token";
const MAX_AGE = authOptions.session!.maxAge!;

async function tokenOf(actor: StaffActor): Promise<Record<string, unknown>> {
  const user = await db().user.findUniqueOrThrow({ where: { id: actor.userId } });
  return { name: user.name, email: user.email, sub: user.id, uid: user.id, role: user.role, sv: user.sessionVersion };
}

/** GET /api/auth/session with `cookie`: the body and the session cookie set in the answer. */
async function readSession(cookie: string): Promise<{ body: Record<string, unknown>; setCookie: string | null }> {
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
    cookies: { [COOKIE]: cookie },
    headers: { host: "localhost:3000" },
    body: {},
  };
  await NextAuth(authOptions)(req, res);
  const cookies = ([] as unknown[]).concat(headers.get("set-cookie") ?? []).map(String);
  const session = cookies.find((c) => c.startsWith(`${COOKIE}=`)) ?? null;
  return { body: body as Record<string, unknown>, setCookie: session };
}

const valueOf = (setCookie: string) => setCookie.slice(COOKIE.length + 1).split(";")[0];

test("reading the session issues the token again, ending maxAge from now", async () => {
  const admin = await createStaff("ADMIN");
  // a token issued 7 h 57 min ago: 3 minutes left, the warning showing
  const issuedAgo = MAX_AGE - 3 * 60;
  const old = await encode({
    token: { ...(await tokenOf(admin)), iat: Math.floor(Date.now() / 1000) - issuedAgo },
    secret: getServerSecret(),
    maxAge: 3 * 60,
  });
  const before = await decode({ token: old, secret: getServerSecret() });
  expect(Number(before?.exp) - Date.now() / 1000).toBeLessThanOrEqual(3 * 60);

  const started = Date.now();
  const { body, setCookie } = await readSession(old);
  expect(body).toMatchObject({ uid: admin.userId, role: "ADMIN" });
  // the body's end: maxAge from now (what the warning shows next)
  const expires = Date.parse(String(body.expires));
  expect(expires).toBeGreaterThanOrEqual(started + MAX_AGE * 1000 - 1000);
  expect(expires).toBeLessThanOrEqual(Date.now() + MAX_AGE * 1000 + 1000);
  // the cookie: a new token whose own end is as far, with the same claims
  expect(setCookie).not.toBeNull();
  expect(setCookie!).toMatch(/HttpOnly/i);
  const renewed = await decode({ token: valueOf(setCookie!), secret: getServerSecret() });
  expect(renewed).toMatchObject({ uid: admin.userId, role: "ADMIN", sv: before?.sv });
  expect(Number(renewed?.exp) * 1000).toBeGreaterThanOrEqual(started + MAX_AGE * 1000 - 2000);
  // and the renewed token is a session like the first
  expect((await readSession(valueOf(setCookie!))).body).toMatchObject({ uid: admin.userId });
});

test("a signed-out token is not renewed into a session: {}", async () => {
  const admin = await createStaff("ADMIN");
  const token = await encode({ token: await tokenOf(admin), secret: getServerSecret() });
  await db().user.update({ where: { id: admin.userId }, data: { sessionVersion: { increment: 1 } } });
  const { body, setCookie } = await readSession(token);
  expect(body).toEqual({});
  // whatever cookie comes back still names the old version: it opens nothing
  if (setCookie) expect((await readSession(valueOf(setCookie))).body).toEqual({});
});

test("an expired token: nothing, and the cookie is cleared", async () => {
  const admin = await createStaff("ADMIN");
  const token = await encode({
    token: { ...(await tokenOf(admin)), iat: Math.floor(Date.now() / 1000) - 120 },
    secret: getServerSecret(),
    maxAge: -60,
  });
  const logged = jest.spyOn(console, "error").mockImplementation(() => undefined); // next-auth logs JWT_SESSION_ERROR
  const { body, setCookie } = await readSession(token);
  logged.mockRestore();
  expect(body).toEqual({});
  expect(setCookie === null || /Max-Age=0|Expires=Thu, 01 Jan 1970/i.test(setCookie)).toBe(true);
});
