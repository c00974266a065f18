// Party access administration on the real database: codes refused for every reason (wrong,
// expired after the letter, revoked, another case's, replaced by a reissue), the reissued
// code opening the case and ending sessions opened with the old one, lockouts per address
// and per case listed and lifted by an administrator, who may do what, and an audit row
// for every attempt. (Basic access and rate limits: party-access.test.ts.)
import crypto from "node:crypto";
import { db, closeDb } from "@/lib/db/client.ts";
import type { Actor, StaffActor } from "@/lib/auth/actor.ts";
import { ACCESS_LIMITS, openPartyAccess } from "@/lib/parties/open-party-access.ts";
import { reissueAccessCode } from "@/lib/parties/reissue-access-code.ts";
import { listAccessLockouts } from "@/lib/parties/access-lockouts.ts";
import { liftLockout } from "@/lib/parties/lift-lockout.ts";
import { resolvePartySession } from "@/lib/parties/party-sessions.ts";
import { decodePartySessionCookie, encodePartySessionCookie } from "@/lib/parties/party-session.ts";
import { partyAccessDaysAfterLetter, partyCodesExpireAt } from "@/lib/parties/party-access-settings.ts";
import {
  assignAndAccept,
  createReviewer,
  createStaff,
  createTestCase,
  ensureSpecialties,
  issueDetermination,
  unique,
} from "../factories/index.ts";

afterAll(closeDb);

const group = () => crypto.randomBytes(2).toString("hex");
/** a fresh client address for each call */
const meta = () => ({ ip: `fd77::${group()}:${group()}:${group()}`, userAgent: "jest" });
const WRONG_CODE = "AAAA-BBBB-CCCC-DDDD";

let intake: StaffActor, admin: StaffActor, reviewer: StaffActor;
type Kase = Awaited<ReturnType<typeof createTestCase>>;
let decided: Kase, letterIssuedAt: Date;

beforeAll(async () => {
  await ensureSpecialties();
  [intake, admin, reviewer] = await Promise.all([createStaff("INTAKE"), createStaff("ADMIN"), createReviewer()]);
  decided = await newCase();
  await assignAndAccept(admin, reviewer, decided.caseId);
  await issueDetermination(reviewer, admin, decided.caseId);
  letterIssuedAt = (await db().determination.findFirstOrThrow({ where: { caseId: decided.caseId, status: "ISSUED" } }))
    .issuedAt!;
}, 120_000);

const newCase = () => createTestCase(intake, { claimNumber: unique("PAA") });
const codeOf = (kase: Kase, role = "EMPLOYEE") => kase.accessCodes.find((c) => c.role === role)!.code;
const partyOf = (kase: Kase, role = "EMPLOYEE") =>
  db().party.findFirstOrThrow({ where: { caseId: kase.caseId, role: role as "EMPLOYEE" } });
const accessRow = (partyId: string) => db().partyAccessCode.findUniqueOrThrow({ where: { partyId } });
const attempt = (caseNumber: string, accessCode: string, m = meta(), now?: Date) =>
  openPartyAccess({ input: { caseNumber, accessCode }, meta: m, now });
const expiryOf = async (kase: Kase) => (await accessRow((await partyOf(kase)).id)).expiresAt!;

describe("refused codes: each is recorded and audited, and nothing opens", () => {
  const cases: [string, () => Promise<{ caseNumber: string; code: string; now?: Date }>][] = [
    ["a wrong code", async () => ({ caseNumber: (await newCase()).caseNumber, code: WRONG_CODE })],
    [
      "a code past its expiry after the letter",
      async () => ({
        caseNumber: decided.caseNumber,
        code: codeOf(decided),
        now: new Date((await expiryOf(decided)).getTime() + 1000),
      }),
    ],
    [
      "a revoked code",
      async () => {
        const kase = await newCase();
        await db().partyAccessCode.update({
          where: { partyId: (await partyOf(kase)).id },
          data: { revokedAt: new Date() },
        });
        return { caseNumber: kase.caseNumber, code: codeOf(kase) };
      },
    ],
    ["another case's code", async () => ({ caseNumber: (await newCase()).caseNumber, code: codeOf(await newCase()) })],
    [
      "a code typed for a case number that does not exist",
      async () => ({ caseNumber: "CM99-0000001", code: codeOf(await newCase()) }),
    ],
    [
      "the old code after a reissue",
      async () => {
        const kase = await newCase();
        await reissueAccessCode({ actor: intake, input: { partyId: (await partyOf(kase)).id } });
        return { caseNumber: kase.caseNumber, code: codeOf(kase) };
      },
    ],
  ];
  test.each(cases)(
    "%s",
    async (_label, make) => {
      const { caseNumber, code, now } = await make();
      const m = meta();
      await expect(attempt(caseNumber, code, m, now)).rejects.toMatchObject({ code: "VALIDATION" });
      expect(
        await db().accessAttempt.findMany({ where: { ip: m.ip }, select: { caseNumber: true, succeeded: true } }),
      ).toEqual([{ caseNumber, succeeded: false }]);
      // Filed under the case the number names, so the refusal shows in the case's history.
      const caseId = (await db().case.findUnique({ where: { caseNumber }, select: { id: true } }))?.id ?? null;
      const audited = await db().auditEvent.findMany({
        where: { ip: m.ip },
        select: { action: true, caseId: true, payload: true },
      });
      expect(audited).toEqual([{ action: "party.access_denied", caseId, payload: { caseNumber, reason: "bad_code" } }]);
    },
    30_000,
  );
});

test("a decided case's codes open it until the set time after the letter, and not after", async () => {
  const expiresAt = await expiryOf(decided);
  expect(expiresAt).toEqual(partyCodesExpireAt(letterIssuedAt, await partyAccessDaysAfterLetter(db())));
  await expect(
    attempt(decided.caseNumber, codeOf(decided), meta(), new Date(expiresAt.getTime() - 60_000)),
  ).resolves.toMatchObject({ caseId: decided.caseId });
  await expect(attempt(decided.caseNumber, codeOf(decided), meta(), expiresAt)).rejects.toMatchObject({
    code: "VALIDATION",
  });
});

describe("reissuing a code", () => {
  test("the new code opens the case, the old one does not, and a session opened with the old code ends", async () => {
    const kase = await newCase();
    const granted = await attempt(kase.caseNumber, codeOf(kase));
    // The cookie the access page would set, read back as the next request would read it.
    const sessionId = decodePartySessionCookie(encodePartySessionCookie(granted.sessionId))!;
    expect(await resolvePartySession(sessionId)).toMatchObject({ partyId: granted.partyId, caseId: kase.caseId });

    const reissued = await reissueAccessCode({ actor: intake, input: { partyId: granted.partyId } });
    expect(reissued).toMatchObject({
      partyId: granted.partyId,
      role: "EMPLOYEE",
      caseNumber: kase.caseNumber,
      expiresAt: null,
    });
    expect(reissued.code).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
    expect(reissued.code).not.toBe(codeOf(kase));
    expect(await resolvePartySession(sessionId)).toBeNull();
    expect(await db().partySession.findUniqueOrThrow({ where: { id: sessionId } })).toMatchObject({
      endedAt: expect.any(Date),
      endedReason: "code_reissued",
    });

    await expect(attempt(kase.caseNumber, codeOf(kase))).rejects.toMatchObject({ code: "VALIDATION" });
    const regranted = await attempt(kase.caseNumber, reissued.code.toLowerCase());
    expect(regranted).toMatchObject({ partyId: granted.partyId, caseId: granted.caseId });
    expect(regranted.sessionId).not.toBe(granted.sessionId);
    expect(await resolvePartySession(regranted.sessionId)).toMatchObject({
      partyId: granted.partyId,
      caseId: kase.caseId,
    });
    // The other parties' codes are untouched.
    await expect(attempt(kase.caseNumber, codeOf(kase, "CLAIMS_ADMINISTRATOR"))).resolves.toMatchObject({
      caseId: kase.caseId,
    });

    const audit = await db().auditEvent.findFirstOrThrow({
      where: { action: "party.code_reissued", entityId: granted.partyId },
    });
    expect(audit).toMatchObject({
      actorId: intake.userId,
      caseId: kase.caseId,
      payload: { partyId: granted.partyId, partyRole: "EMPLOYEE", expiresAt: null, sessionsEnded: 1 },
    });
    expect(JSON.stringify(audit.payload)).not.toContain(reissued.code);
  });

  test("on a decided case the new code keeps the case's expiry, and a revoked code is restored", async () => {
    const party = await partyOf(decided, "REQUESTING_PHYSICIAN");
    const siblingExpiry = await expiryOf(decided);
    await db().partyAccessCode.update({ where: { partyId: party.id }, data: { revokedAt: new Date() } });
    const reissued = await reissueAccessCode({ actor: admin, input: { partyId: party.id } });
    expect(reissued.expiresAt).toEqual(siblingExpiry);
    expect(await accessRow(party.id)).toMatchObject({ revokedAt: null, expiresAt: siblingExpiry });
    await expect(attempt(decided.caseNumber, reissued.code)).resolves.toMatchObject({ partyId: party.id });
  });

  test("once the case's access has ended, no new code is issued", async () => {
    const party = await partyOf(decided, "CLAIMS_ADMINISTRATOR");
    const before = await accessRow(party.id);
    const later = new Date((await expiryOf(decided)).getTime() + 86_400_000);
    await expect(reissueAccessCode({ actor: intake, input: { partyId: party.id }, now: later })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await accessRow(party.id)).toEqual(before);
  });

  test.each([
    ["a party that receives no letters", async () => (await partyOf(await newCase(), "EMPLOYER")).id, "CONFLICT"],
    ["an unknown party", async () => "00000000-0000-4000-8000-000000000000", "NOT_FOUND"],
    ["a malformed id", async () => "nope", undefined],
  ])("%s is refused", async (_label, partyId, code) => {
    const call = reissueAccessCode({ actor: intake, input: { partyId: await partyId() } });
    if (code) await expect(call).rejects.toMatchObject({ code });
    else await expect(call).rejects.toHaveProperty("issues");
  });
});

describe("who may reissue codes and lift lockouts", () => {
  const party = (): Actor => ({
    kind: "party",
    partyId: "00000000-0000-4000-8000-000000000000",
    caseId: decided.caseId,
    meta: meta(),
  });
  const actors: [string, () => Actor | null, boolean, boolean][] = [
    // who, reissue allowed, lockouts allowed
    ["intake", () => intake, true, false],
    ["an administrator", () => admin, true, true],
    ["the case's own reviewer", () => reviewer, false, false],
    ["a party", party, false, false],
    ["nobody", () => null, false, false],
  ];

  test.each(actors)(
    "%s",
    async (_label, who, mayReissue, mayLift) => {
      const kase = await newCase();
      const target = await partyOf(kase);
      const before = await accessRow(target.id);
      const reissue = reissueAccessCode({ actor: who(), input: { partyId: target.id } });
      if (mayReissue) {
        await expect(reissue).resolves.toMatchObject({ partyId: target.id });
        expect((await accessRow(target.id)).codeHash).not.toBe(before.codeHash);
      } else {
        await expect(reissue).rejects.toMatchObject({ code: expect.stringMatching(/^(FORBIDDEN|UNAUTHENTICATED)$/) });
        expect(await accessRow(target.id)).toEqual(before);
        expect(await db().auditEvent.count({ where: { action: "party.code_reissued", entityId: target.id } })).toBe(0);
      }

      const m = meta();
      for (let i = 0; i < ACCESS_LIMITS.failuresPerAddress; i += 1)
        await expect(attempt(kase.caseNumber, WRONG_CODE, m)).rejects.toMatchObject({ code: "VALIDATION" });
      // listed first, then lifted: run together, the lift could commit before the list reads
      const list = listAccessLockouts({ actor: who() });
      if (mayLift) {
        await expect(list).resolves.toMatchObject({
          addresses: expect.arrayContaining([expect.objectContaining({ key: m.ip })]),
        });
        const lift = liftLockout({ actor: who(), input: { kind: "address", ip: m.ip } });
        await expect(lift).resolves.toEqual({ lifted: ACCESS_LIMITS.failuresPerAddress });
      } else {
        await expect(list).rejects.toMatchObject({ code: expect.stringMatching(/^(FORBIDDEN|UNAUTHENTICATED)$/) });
        const lift = liftLockout({ actor: who(), input: { kind: "address", ip: m.ip } });
        await expect(lift).rejects.toMatchObject({ code: expect.stringMatching(/^(FORBIDDEN|UNAUTHENTICATED)$/) });
        expect(await db().accessAttempt.count({ where: { ip: m.ip, liftedAt: { not: null } } })).toBe(0);
        expect(await db().auditEvent.count({ where: { action: "party.lockout_lifted", entityId: m.ip } })).toBe(0);
      }
    },
    30_000,
  );
});

describe("lockouts", () => {
  test("an address at the limit is refused even the right code; once an administrator lifts it, the code opens the case", async () => {
    const kase = await newCase();
    const m = meta();
    for (let i = 0; i < ACCESS_LIMITS.failuresPerAddress; i += 1)
      await expect(attempt(kase.caseNumber, WRONG_CODE, m)).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(attempt(kase.caseNumber, codeOf(kase), m)).rejects.toMatchObject({ code: "RATE_LIMITED" });

    const now = new Date();
    const listed = (await listAccessLockouts({ actor: admin, now })).addresses.find((a) => a.key === m.ip)!;
    const failures = await db().accessAttempt.findMany({ where: { ip: m.ip }, orderBy: { at: "desc" } });
    expect(listed).toMatchObject({
      failures: ACCESS_LIMITS.failuresPerAddress + 1,
      lastAt: failures[0].at,
      firstAt: failures.at(-1)!.at,
    });
    // It ends by itself when the limit-th newest failure leaves the window.
    expect(listed.endsAt).toEqual(
      new Date(failures[ACCESS_LIMITS.failuresPerAddress - 1].at.getTime() + ACCESS_LIMITS.windowMinutes * 60_000),
    );

    await expect(liftLockout({ actor: admin, input: { kind: "address", ip: m.ip } })).resolves.toEqual({
      lifted: ACCESS_LIMITS.failuresPerAddress + 1,
    });
    expect((await listAccessLockouts({ actor: admin })).addresses.find((a) => a.key === m.ip)).toBeUndefined();
    await expect(attempt(kase.caseNumber, codeOf(kase), m)).resolves.toMatchObject({ caseId: kase.caseId });
    await expect(liftLockout({ actor: admin, input: { kind: "address", ip: m.ip } })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(
      await db().auditEvent.findFirstOrThrow({ where: { action: "party.lockout_lifted", entityId: m.ip } }),
    ).toMatchObject({
      actorId: admin.userId,
      entityType: "Address",
      caseId: null,
      payload: { caseNumber: null, ip: m.ip, lifted: ACCESS_LIMITS.failuresPerAddress + 1 },
    });

    // Every attempt from the address, refused, limited or granted, has its audit row.
    const attempts = await db().accessAttempt.count({ where: { ip: m.ip } });
    expect(attempts).toBe(ACCESS_LIMITS.failuresPerAddress + 2);
    expect(
      await db().auditEvent.count({
        where: { ip: m.ip, action: { in: ["party.access_denied", "party.access_granted"] } },
      }),
    ).toBe(attempts);
  }, 60_000);

  test("a case number at the limit stops guessing from any address; once lifted, a guess is judged again", async () => {
    const kase = await newCase();
    for (let i = 0; i < ACCESS_LIMITS.failuresPerCase; i += 1)
      await expect(attempt(kase.caseNumber, WRONG_CODE)).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(attempt(kase.caseNumber, WRONG_CODE)).rejects.toMatchObject({ code: "RATE_LIMITED" });

    const listed = (await listAccessLockouts({ actor: admin })).cases.find((c) => c.key === kase.caseNumber);
    expect(listed).toMatchObject({ failures: ACCESS_LIMITS.failuresPerCase + 1, caseId: kase.caseId });

    await expect(
      liftLockout({ actor: admin, input: { kind: "case", caseNumber: ` ${kase.caseNumber.toLowerCase()} ` } }),
    ).resolves.toEqual({ lifted: ACCESS_LIMITS.failuresPerCase + 1 });
    expect((await listAccessLockouts({ actor: admin })).cases.find((c) => c.key === kase.caseNumber)).toBeUndefined();
    await expect(attempt(kase.caseNumber, WRONG_CODE)).rejects.toMatchObject({ code: "VALIDATION" });
    expect(
      await db().auditEvent.findFirstOrThrow({ where: { action: "party.lockout_lifted", entityId: kase.caseNumber } }),
    ).toMatchObject({
      caseId: kase.caseId,
      payload: { caseNumber: kase.caseNumber, ip: null, lifted: ACCESS_LIMITS.failuresPerCase + 1 },
    });
  }, 60_000);

  test("failures outside the window are neither listed nor lifted", async () => {
    const kase = await newCase();
    const m = meta();
    for (let i = 0; i < ACCESS_LIMITS.failuresPerAddress; i += 1)
      await expect(attempt(kase.caseNumber, WRONG_CODE, m)).rejects.toMatchObject({ code: "VALIDATION" });
    const later = new Date(Date.now() + (ACCESS_LIMITS.windowMinutes + 1) * 60_000);
    expect(
      (await listAccessLockouts({ actor: admin, now: later })).addresses.find((a) => a.key === m.ip),
    ).toBeUndefined();
    await expect(liftLockout({ actor: admin, input: { kind: "address", ip: m.ip }, now: later })).rejects.toMatchObject(
      { code: "CONFLICT" },
    );
    await expect(attempt(kase.caseNumber, codeOf(kase), m, later)).resolves.toMatchObject({ caseId: kase.caseId });
  }, 60_000);

  test.each([[{ kind: "case", caseNumber: "" }], [{ kind: "address" }], [{ kind: "everything" }], [{}]])(
    "lifting %j is a validation error",
    async (input) => {
      await expect(liftLockout({ actor: admin, input })).rejects.toHaveProperty("issues");
    },
  );
});
