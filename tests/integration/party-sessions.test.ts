// Party sessions held on the server, on the real database, through the real access actions,
// the party's download route and currentParty (only next/headers' cookie jar and the request
// address are stand-ins): the cookie names a session row and nothing else; leaving ends the
// row, so the old cookie value no longer reaches the case nor downloads the letter; a
// reissued code ends the sessions opened with the old one; an expired session, a revoked or
// expired code, and a forged or garbled cookie are no session (never a server error); one
// party's session never reaches another case; old rows are swept.
import { jest } from "@jest/globals";
import crypto from "node:crypto";
import { db, closeDb } from "@/lib/db/client.ts";
import type { PartyActor, StaffActor } from "@/lib/auth/actor.ts";
import { openPartyAccess } from "@/lib/parties/open-party-access.ts";
import { reissueAccessCode } from "@/lib/parties/reissue-access-code.ts";
import {
  PARTY_COOKIE,
  PARTY_SESSION_HOURS,
  decodePartySessionCookie,
  encodePartySessionCookie,
} from "@/lib/parties/party-session.ts";
import { PARTY_SESSION_RETENTION_DAYS, resolvePartySession, sweepPartySessions } from "@/lib/parties/party-sessions.ts";
import { partyCaseView } from "@/lib/parties/party-case-view.ts";
import { readLetterRendition } from "@/lib/documents/read-letter-rendition.ts";
import { getServerSecret } from "@/lib/config/secret.ts";
import {
  assignAndAccept,
  createReviewer,
  createStaff,
  createTestCase,
  ensureSpecialties,
  issueDetermination,
  unique,
} from "../factories/index.ts";

// The request's cookies, as next/headers would give them to the action and the route.
const jar = new Map<string, string>();
const written: { name: string; value: string; options: Record<string, unknown> }[] = [];
const deleted: unknown[] = [];
const META = { ip: "203.0.113.44", userAgent: "jest" };

jest.unstable_mockModule("server-only", () => ({}));
jest.unstable_mockModule("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    set: (name: string, value: string, options: Record<string, unknown> = {}) => {
      jar.set(name, value);
      written.push({ name, value, options });
    },
    delete: (what: string | { name: string }) => {
      jar.delete(typeof what === "string" ? what : what.name);
      deleted.push(what);
    },
  }),
  headers: async () => new Headers({ "user-agent": META.userAgent }),
}));
jest.unstable_mockModule("@/lib/auth/current-actor.ts", () => ({ requestMeta: async () => META }));

type Route = (request: Request, context: { params: Promise<{ documentId: string }> }) => Promise<Response>;
let GET: Route;
let openAction: (previous: null, form: FormData) => Promise<unknown>;
let leaveAction: () => Promise<void>;
let currentParty: () => Promise<PartyActor | null>;

type Kase = Awaited<ReturnType<typeof createTestCase>>;
let intake: StaffActor;
let decided: Kase, other: Kase;
let letterId: string, otherNoticeId: string;

beforeAll(async () => {
  ({ GET } = (await import("@/app/api/party/letters/[documentId]/route.ts")) as unknown as { GET: Route });
  const actions = await import("@/app/(public)/access/actions.ts");
  openAction = actions.openPartyAccessAction as typeof openAction;
  leaveAction = actions.leavePartyAccessAction;
  ({ currentParty } = await import("@/lib/parties/current-party.ts"));

  await ensureSpecialties();
  const [admin, reviewer] = await Promise.all([createStaff("ADMIN"), createReviewer()]);
  intake = await createStaff("INTAKE");
  decided = await createTestCase(intake, { claimNumber: unique("PS") });
  await assignAndAccept(admin, reviewer, decided.caseId);
  letterId = (await issueDetermination(reviewer, admin, decided.caseId)).letterId;
  other = await createTestCase(intake, { claimNumber: unique("PS") });
  otherNoticeId = (await db().document.findFirstOrThrow({ where: { caseId: other.caseId, kind: "NOTICE" } })).id;
}, 180_000);
afterAll(closeDb);

beforeEach(() => {
  jar.clear();
  written.length = 0;
  deleted.length = 0;
});

const codeOf = (kase: Kase, role = "EMPLOYEE") => kase.accessCodes.find((c) => c.role === role)!.code;
const partyIdOf = async (kase: Kase, role = "EMPLOYEE") =>
  (await db().party.findFirstOrThrow({ where: { caseId: kase.caseId, role: role as "EMPLOYEE" } })).id;

/** The access form posted (in a fresh browser unless told), redirected to the case page once the cookie is set. */
async function openWithForm(caseNumber: string, accessCode: string, { sameBrowser = false } = {}): Promise<string> {
  if (!sameBrowser) jar.clear();
  const form = new FormData();
  form.set("caseNumber", caseNumber);
  form.set("accessCode", accessCode);
  await expect(openAction(null, form)).rejects.toMatchObject({ digest: expect.stringContaining("/access/case") });
  return jar.get(PARTY_COOKIE)!;
}

/** "Leave": the action ends the session and redirects to the access page. */
async function leave() {
  await expect(leaveAction()).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT.*\/access;/) });
}

/** The party's download of a document, with this cookie value (or none). */
async function download(cookie: string | undefined, documentId: string) {
  jar.clear();
  if (cookie !== undefined) jar.set(PARTY_COOKIE, cookie);
  return GET(new Request(`http://localhost/api/party/letters/${documentId}`), {
    params: Promise.resolve({ documentId }),
  });
}

/** The party the pages see for this cookie value. */
async function partyWith(cookie: string): Promise<PartyActor | null> {
  jar.clear();
  jar.set(PARTY_COOKIE, cookie);
  return currentParty();
}

const sessionOf = (cookie: string) =>
  db().partySession.findUniqueOrThrow({ where: { id: decodePartySessionCookie(cookie)! } });

test("opening the case sets a cookie naming only a new session row, started with the granted attempt", async () => {
  const cookie = await openWithForm(decided.caseNumber, codeOf(decided));
  const sessionId = decodePartySessionCookie(cookie)!;
  expect(cookie).toBe(encodePartySessionCookie(sessionId));
  expect(cookie).not.toContain(decided.caseId);
  const row = await sessionOf(cookie);
  expect(row).toMatchObject({ partyId: await partyIdOf(decided), endedAt: null, endedReason: null });
  expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(PARTY_SESSION_HOURS * 3_600_000);
  expect(written).toEqual([
    {
      name: PARTY_COOKIE,
      value: cookie,
      options: { httpOnly: true, sameSite: "lax", secure: false, path: "/", expires: row.expiresAt },
    },
  ]);
  // recorded with the same clock as the attempt and its audit row (one transaction)
  const attemptRow = await db().accessAttempt.findFirstOrThrow({
    where: { caseNumber: decided.caseNumber, succeeded: true },
    orderBy: { at: "desc" },
  });
  expect(attemptRow.at).toEqual(row.createdAt);
  expect(
    await db().auditEvent.count({
      where: { action: "party.access_granted", entityId: row.partyId, at: { gte: row.createdAt } },
    }),
  ).toBe(1);

  expect(await partyWith(cookie)).toEqual({
    kind: "party",
    partyId: row.partyId,
    caseId: decided.caseId,
    sessionId: row.id,
    meta: META,
  });
  const response = await download(cookie, letterId);
  expect(response.status).toBe(200);
  expect(
    Buffer.from(await response.arrayBuffer())
      .subarray(0, 5)
      .toString(),
  ).toBe("%PDF-");
});

test("after Leave the old cookie value no longer reaches the case nor downloads the letter", async () => {
  const cookie = await openWithForm(decided.caseNumber, codeOf(decided));
  const party = (await partyWith(cookie))!;
  expect((await partyCaseView(party)).case.caseNumber).toBe(decided.caseNumber);
  expect((await download(cookie, letterId)).status).toBe(200);

  jar.set(PARTY_COOKIE, cookie);
  await leave();
  expect(jar.has(PARTY_COOKIE)).toBe(false);
  expect(deleted).toEqual([{ name: PARTY_COOKIE, path: "/" }]);
  expect(await sessionOf(cookie)).toMatchObject({ endedAt: expect.any(Date), endedReason: "signed_out" });
  const audit = await db().auditEvent.findMany({ where: { action: "party.signed_out", entityId: party.partyId } });
  expect(audit).toHaveLength(1);
  expect(audit[0]).toMatchObject({
    actorType: "PARTY",
    actorId: party.partyId,
    caseId: decided.caseId,
    ip: META.ip,
    payload: { partyRole: "EMPLOYEE" },
  });

  // The value kept from before (a copy, a back button, another tab) is refused everywhere.
  expect(await partyWith(cookie)).toBeNull();
  const refused = await download(cookie, letterId);
  expect(refused.status).toBe(401);
  expect(await refused.json()).toEqual({
    ok: false,
    message: "Open your case with its number and your access code first.",
  });
  // Leaving again with it changes nothing and records nothing.
  jar.set(PARTY_COOKIE, cookie);
  await leave();
  expect(await db().auditEvent.count({ where: { action: "party.signed_out", entityId: party.partyId } })).toBe(1);
  // The same code opens a new session.
  const again = await openWithForm(decided.caseNumber, codeOf(decided));
  expect(again).not.toBe(cookie);
  expect((await download(again, letterId)).status).toBe(200);
});

test("opening again in the same browser ends the session its cookie named", async () => {
  const first = await openWithForm(other.caseNumber, codeOf(other));
  const second = await openWithForm(other.caseNumber, codeOf(other, "CLAIMS_ADMINISTRATOR"), { sameBrowser: true });
  expect(await sessionOf(first)).toMatchObject({ endedReason: "signed_out" });
  expect(await partyWith(first)).toBeNull();
  expect(await partyWith(second)).toMatchObject({ partyId: await partyIdOf(other, "CLAIMS_ADMINISTRATOR") });
});

test("after a reissue the old session is ended at once, other parties' sessions hold, and the new code works", async () => {
  const kase = await createTestCase(intake, { claimNumber: unique("PS") });
  const oldCookie = await openWithForm(kase.caseNumber, codeOf(kase));
  const neighbour = await openWithForm(kase.caseNumber, codeOf(kase, "CLAIMS_ADMINISTRATOR"));
  const notice = (await db().document.findFirstOrThrow({ where: { caseId: kase.caseId, kind: "NOTICE" } })).id;
  expect((await download(oldCookie, notice)).status).toBe(200);

  const reissued = await reissueAccessCode({ actor: intake, input: { partyId: await partyIdOf(kase) } });
  expect(await sessionOf(oldCookie)).toMatchObject({ endedAt: expect.any(Date), endedReason: "code_reissued" });
  expect(
    (await db().auditEvent.findFirstOrThrow({ where: { action: "party.code_reissued", entityId: reissued.partyId } }))
      .payload,
  ).toMatchObject({ sessionsEnded: 1 });
  expect(await partyWith(oldCookie)).toBeNull();
  expect((await download(oldCookie, notice)).status).toBe(401);
  expect(await partyWith(neighbour)).toMatchObject({ caseId: kase.caseId });

  const newCookie = await openWithForm(kase.caseNumber, reissued.code);
  expect((await download(newCookie, notice)).status).toBe(200);
});

describe("a session that no longer holds is refused, and marked ended once with the reason", () => {
  const opened = async (kase: Kase) => {
    const granted = await openPartyAccess({
      input: { caseNumber: kase.caseNumber, accessCode: codeOf(kase) },
      meta: META,
    });
    return { granted, cookie: encodePartySessionCookie(granted.sessionId) };
  };

  test("past its own expiry", async () => {
    const kase = await createTestCase(intake, { claimNumber: unique("PS") });
    const { granted, cookie } = await opened(kase);
    const justBefore = new Date(granted.expiresAt.getTime() - 1);
    expect(await resolvePartySession(granted.sessionId, justBefore)).toMatchObject({ partyId: granted.partyId });
    expect(await resolvePartySession(granted.sessionId, granted.expiresAt)).toBeNull();
    expect(await sessionOf(cookie)).toMatchObject({ endedAt: granted.expiresAt, endedReason: "expired" });
    // marked once: a later look changes nothing
    await resolvePartySession(granted.sessionId, new Date(granted.expiresAt.getTime() + 60_000));
    expect(await sessionOf(cookie)).toMatchObject({ endedAt: granted.expiresAt, endedReason: "expired" });
    expect(await partyWith(cookie)).toBeNull();
  });

  test("a session row past its expiry is refused by the download route", async () => {
    const kase = await createTestCase(intake, { claimNumber: unique("PS") });
    const { granted, cookie } = await opened(kase);
    await db().partySession.update({
      where: { id: granted.sessionId },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const notice = (await db().document.findFirstOrThrow({ where: { caseId: kase.caseId, kind: "NOTICE" } })).id;
    expect((await download(cookie, notice)).status).toBe(401);
    expect(await sessionOf(cookie)).toMatchObject({ endedReason: "expired" });
  });

  test.each([
    ["its code expired (the set time after the letter)", { expiresAt: new Date(Date.now() - 1000) }, "expired"],
    ["its code revoked", { revokedAt: new Date() }, "code_revoked"],
    [
      "its code replaced after it began, without the reissue ending it",
      { createdAt: new Date(Date.now() + 60_000) },
      "code_reissued",
    ],
  ] as const)("%s", async (_label, change, reason) => {
    const kase = await createTestCase(intake, { claimNumber: unique("PS") });
    const { granted, cookie } = await opened(kase);
    await db().partyAccessCode.update({ where: { partyId: granted.partyId }, data: change });
    expect(await partyWith(cookie)).toBeNull();
    expect(await sessionOf(cookie)).toMatchObject({ endedAt: expect.any(Date), endedReason: reason });
  });
});

describe("a forged or garbled cookie is refused without a query, and never as a server error", () => {
  const secret = () => getServerSecret();
  const hmac = (body: string, key: string) => crypto.createHmac("sha256", key).update(body).digest("base64url");
  const cookies: [string, () => Promise<string>][] = [
    ["random text", async () => "hello.world"],
    ["empty", async () => ""],
    [
      "a real session id with a made-up signature",
      async () => {
        const granted = await openPartyAccess({
          input: { caseNumber: decided.caseNumber, accessCode: codeOf(decided) },
          meta: META,
        });
        return `${granted.sessionId}.${"A".repeat(43)}`;
      },
    ],
    [
      "a real session id signed with another secret",
      async () => {
        const granted = await openPartyAccess({
          input: { caseNumber: decided.caseNumber, accessCode: codeOf(decided) },
          meta: META,
        });
        return `${granted.sessionId}.${hmac(granted.sessionId, "party-session:another-secret")}`;
      },
    ],
    [
      "a cookie of the earlier format, validly signed, naming a real party and case",
      async () => {
        const body = Buffer.from(
          JSON.stringify({
            partyId: await partyIdOf(decided),
            caseId: decided.caseId,
            expiresAt: Date.now() + 3_600_000,
          }),
        ).toString("base64url");
        return `${body}.${hmac(body, `party:${secret()}`)}`;
      },
    ],
    ["a SQL fragment", async () => `' OR 1=1 --.${"A".repeat(43)}`],
    ["non-ASCII", async () => `${"é".repeat(36)}.${"é".repeat(43)}`],
    ["very long", async () => "x".repeat(8_000)],
  ];

  test.each(cookies)("%s", async (_label, make) => {
    const cookie = await make();
    expect(decodePartySessionCookie(cookie)).toBeNull();
    const query = jest.spyOn(db(), "$queryRaw");
    try {
      expect(await partyWith(cookie)).toBeNull();
      const response = await download(cookie, letterId);
      expect(response.status).toBe(401);
      jar.set(PARTY_COOKIE, cookie);
      await leave();
      expect(query).not.toHaveBeenCalled();
    } finally {
      query.mockRestore();
    }
  });

  test("a validly signed id of no session is looked up, and is no session, not an error", async () => {
    const cookie = encodePartySessionCookie(crypto.randomUUID());
    const query = jest.spyOn(db(), "$queryRaw");
    try {
      expect(await partyWith(cookie)).toBeNull();
      expect(query).toHaveBeenCalledTimes(1);
    } finally {
      query.mockRestore();
    }
    expect((await download(cookie, letterId)).status).toBe(401);
    jar.set(PARTY_COOKIE, cookie);
    await leave();
  });
});

test("a session of one party never reaches another case", async () => {
  const cookie = await openWithForm(other.caseNumber, codeOf(other));
  const party = (await partyWith(cookie))!;
  expect(party).toMatchObject({ partyId: await partyIdOf(other), caseId: other.caseId });
  expect((await download(cookie, otherNoticeId)).status).toBe(200);
  // the decided case's letter: not found, as if it did not exist
  const refused = await download(cookie, letterId);
  expect(refused.status).toBe(404);
  await expect(readLetterRendition({ actor: party, documentId: letterId })).rejects.toMatchObject({
    code: "NOT_FOUND",
  });
  expect((await partyCaseView(party)).case.caseNumber).toBe(other.caseNumber);
  expect(
    await db().auditEvent.count({ where: { action: "letter.downloaded", actorId: party.partyId, entityId: letterId } }),
  ).toBe(0);
});

test("the sweep deletes sessions ended or expired more than the retention period ago, and nothing else", async () => {
  const partyId = await partyIdOf(other, "REQUESTING_PHYSICIAN");
  const now = new Date();
  const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
  const old = PARTY_SESSION_RETENTION_DAYS + 1;
  const rows = await Promise.all(
    [
      { createdAt: daysAgo(old + 1), expiresAt: daysAgo(old), endedAt: daysAgo(old), endedReason: "signed_out" },
      { createdAt: daysAgo(old + 1), expiresAt: daysAgo(old), endedAt: null, endedReason: null },
      { createdAt: daysAgo(2), expiresAt: daysAgo(1), endedAt: daysAgo(1), endedReason: "expired" },
      { createdAt: now, expiresAt: new Date(now.getTime() + 3_600_000), endedAt: null, endedReason: null },
    ].map((data) => db().partySession.create({ data: { partyId, ...data } })),
  );
  await sweepPartySessions({ now });
  const left = await db().partySession.findMany({ where: { id: { in: rows.map((r) => r.id) } }, select: { id: true } });
  expect(left.map((r) => r.id).sort()).toEqual([rows[2].id, rows[3].id].sort());
});
