// The staff user of a request (lib/auth/current-actor.ts): the session cookie decrypted by
// next-auth's getToken, the user read in one statement (lib/auth/session-user.ts) and held
// to the session it was issued for. Only the cookie counts: a bearer token in a header does
// not sign anyone in. Each row is a request; the expectation is who it signs in as, if anyone.
import { jest } from "@jest/globals";
import { db } from "@/lib/db/client.ts";
import type { StaffActor } from "@/lib/auth/actor.ts";
import { getServerSecret } from "@/lib/config/secret.ts";
import * as nextAuthJwt from "next-auth/jwt";
import { createReviewer, createStaff } from "../factories/index.ts";

const pick = <T>(module: T) => ((module as { default?: T }).default ?? module) as T;
const { encode } = pick(nextAuthJwt);
const COOKIE = "next-auth.session-token";

// The request's cookies and headers, as next/headers would give them.
const jar = new Map<string, string>();
let requestHeaders = new Headers();
jest.unstable_mockModule("server-only", () => ({}));
jest.unstable_mockModule("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    getAll: () => [...jar].map(([name, value]) => ({ name, value })),
  }),
  headers: async () => requestHeaders,
}));

let currentActor: () => Promise<StaffActor | null>;
let currentAccountHolder: () => Promise<{ actor: StaffActor; pending: string | null } | null>;
let findSessionUser: (userId: string) => Promise<{ reviewerId: string | null; role: string } | null>;

let admin: StaffActor, reviewer: StaffActor, intake: StaffActor;

beforeAll(async () => {
  ({ currentActor, currentAccountHolder } = await import("@/lib/auth/current-actor.ts"));
  ({ findSessionUser } = await import("@/lib/auth/session-user.ts"));
  [admin, reviewer, intake] = await Promise.all([createStaff("ADMIN"), createReviewer(), createStaff("INTAKE")]);
});

beforeEach(() => {
  jar.clear();
  requestHeaders = new Headers({ "user-agent": "jest" });
});

/** The token next-auth writes at sign-in for this user, with `changes` applied. */
async function tokenFor(actor: StaffActor, changes: Record<string, unknown> = {}): Promise<string> {
  const user = await db().user.findUniqueOrThrow({ where: { id: actor.userId } });
  const claims = { name: user.name, email: user.email, sub: user.id, uid: user.id, role: user.role };
  return encode({ token: { ...claims, sv: user.sessionVersion, ...changes }, secret: getServerSecret() });
}

async function signedInAs(): Promise<string | null> {
  return (await currentActor())?.userId ?? null;
}

describe("who a request signs in as", () => {
  const cases: { name: string; request: () => Promise<void>; expected: () => string | null }[] = [
    { name: "no cookie", request: async () => {}, expected: () => null },
    {
      name: "the administrator's cookie",
      request: async () => void jar.set(COOKIE, await tokenFor(admin)),
      expected: () => admin.userId,
    },
    {
      name: "intake's cookie",
      request: async () => void jar.set(COOKIE, await tokenFor(intake)),
      expected: () => intake.userId,
    },
    {
      name: "a cookie of an earlier session version (signed out)",
      request: async () => void jar.set(COOKIE, await tokenFor(admin, { sv: -1 })),
      expected: () => null,
    },
    {
      name: "a cookie issued for another role",
      request: async () => void jar.set(COOKIE, await tokenFor(intake, { role: "ADMIN" })),
      expected: () => null,
    },
    {
      name: "a cookie naming nobody",
      request: async () => void jar.set(COOKIE, await tokenFor(admin, { uid: "00000000-0000-4000-8000-000000000000" })),
      expected: () => null,
    },
    {
      name: "a cookie whose user id is not a UUID",
      request: async () => void jar.set(COOKIE, await tokenFor(admin, { uid: '\'; DROP TABLE "User"; --' })),
      expected: () => null,
    },
    {
      name: "a cookie that is not a token",
      request: async () => void jar.set(COOKIE, "not-a-token"),
      expected: () => null,
    },
    {
      name: "a valid token as a bearer header, no cookie",
      request: async () => {
        requestHeaders = new Headers({ authorization: `Bearer ${await tokenFor(admin)}` });
      },
      expected: () => null,
    },
  ];

  test.each(cases)("$name", async ({ request, expected }) => {
    await request();
    expect(await signedInAs()).toBe(expected());
  });
});

test("a reviewer's actor carries their reviewer profile", async () => {
  jar.set(COOKIE, await tokenFor(reviewer));
  const actor = await currentActor();
  expect(actor).toMatchObject({ userId: reviewer.userId, role: "REVIEWER", reviewerId: reviewer.reviewerId });
  expect(reviewer.reviewerId).toEqual(expect.any(String));
  jar.set(COOKIE, await tokenFor(admin));
  expect((await currentActor())?.reviewerId).toBeNull();
});

test("a disabled user's cookie signs no one in", async () => {
  const disabled = await createStaff("INTAKE");
  const cookie = await tokenFor(disabled);
  jar.set(COOKIE, cookie);
  expect(await signedInAs()).toBe(disabled.userId);
  await db().user.update({ where: { id: disabled.userId }, data: { disabledAt: new Date() } });
  expect(await signedInAs()).toBeNull();
});

test("a user who must choose a password is held at that step", async () => {
  const fresh = await createStaff("INTAKE");
  await db().user.update({ where: { id: fresh.userId }, data: { mustChangePassword: true } });
  jar.set(COOKIE, await tokenFor(fresh));
  expect(await currentActor()).toBeNull();
  expect(await currentAccountHolder()).toMatchObject({ actor: { userId: fresh.userId }, pending: "change_password" });
});

test("the session user's row has the types the rule compares", async () => {
  const row = await findSessionUser(reviewer.userId);
  expect(row).toMatchObject({ role: "REVIEWER", reviewerId: reviewer.reviewerId, sessionVersion: expect.any(Number) });
  expect(await findSessionUser("not-a-uuid")).toBeNull();
});
