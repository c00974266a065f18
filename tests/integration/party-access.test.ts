// Party access on the real database: the right code opens only its own case; wrong codes,
// another case's code, revoked or expired codes are refused; failures are rate limited
// per case and address and per case, never per address alone nor in one bucket for clients
// whose address is unknown; every attempt is recorded and audited.
import { db, closeDb } from "@/lib/db/client.ts";
import { ACCESS_LIMITS, UNKNOWN_ADDRESS, openPartyAccess } from "@/lib/parties/open-party-access.ts";
import { hashAccessCode } from "@/lib/parties/access-codes.ts";
import { resolvePartySession } from "@/lib/parties/party-sessions.ts";
import { partyCaseView } from "@/lib/parties/party-case-view.ts";
import { createStaff, createTestCase, ensureSpecialties, unique } from "../factories/index.ts";

beforeAll(ensureSpecialties);
afterAll(closeDb);

const meta = () => ({
  ip: `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
  userAgent: "jest",
});

async function newCase() {
  const intake = await createStaff("INTAKE");
  return createTestCase(intake, { claimNumber: unique("PA") });
}

test("each party's own code opens its own case, with case number and code typed loosely", async () => {
  const kase = await newCase();
  for (const issued of kase.accessCodes) {
    const granted = await openPartyAccess({
      input: {
        caseNumber: ` ${kase.caseNumber.toLowerCase()} `,
        accessCode: issued.code.replace(/-/g, " ").toLowerCase(),
      },
      meta: meta(),
    });
    const party = await db().party.findUniqueOrThrow({ where: { id: granted.partyId } });
    expect(party).toMatchObject({ caseId: kase.caseId, role: issued.role });
  }
  expect(await db().auditEvent.count({ where: { caseId: kase.caseId, action: "party.access_granted" } })).toBe(
    kase.accessCodes.length,
  );
});

test.each([
  [
    "a wrong code",
    async (kase: Awaited<ReturnType<typeof newCase>>) => ({
      caseNumber: kase.caseNumber,
      accessCode: "AAAA-BBBB-CCCC-DDDD",
    }),
  ],
  [
    "another case's code",
    async (kase: Awaited<ReturnType<typeof newCase>>) => ({
      caseNumber: kase.caseNumber,
      accessCode: (await newCase()).accessCodes[0].code,
    }),
  ],
  [
    "a code for an unknown case number",
    async (kase: Awaited<ReturnType<typeof newCase>>) => ({
      caseNumber: "CM99-9999999",
      accessCode: kase.accessCodes[0].code,
    }),
  ],
  [
    "a short code",
    async (kase: Awaited<ReturnType<typeof newCase>>) => ({ caseNumber: kase.caseNumber, accessCode: "ABC" }),
  ],
])("%s is refused with a plain message and recorded", async (_label, makeInput) => {
  const kase = await newCase();
  const input = await makeInput(kase);
  const address = meta();
  await expect(openPartyAccess({ input, meta: address })).rejects.toThrow(
    "The case number or access code is not right.",
  );
  expect(await db().accessAttempt.count({ where: { ip: address.ip!, succeeded: false } })).toBe(1);
});

test("revoked and expired codes are refused", async () => {
  const kase = await newCase();
  const [first, second] = kase.accessCodes;
  await db().partyAccessCode.updateMany({
    where: { codeHash: hashAccessCode(first.code) },
    data: { revokedAt: new Date() },
  });
  await db().partyAccessCode.updateMany({
    where: { codeHash: hashAccessCode(second.code) },
    data: { expiresAt: new Date(Date.now() - 1000) },
  });
  for (const code of [first, second]) {
    await expect(
      openPartyAccess({ input: { caseNumber: kase.caseNumber, accessCode: code.code }, meta: meta() }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
  }
});

test("failures are limited per address: even the right code is refused once the limit is reached", async () => {
  const kase = await newCase();
  const address = meta();
  for (let i = 0; i < ACCESS_LIMITS.failuresPerAddress; i += 1) {
    await expect(
      openPartyAccess({ input: { caseNumber: kase.caseNumber, accessCode: "AAAA-BBBB-CCCC-DDDD" }, meta: address }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
  }
  await expect(
    openPartyAccess({ input: { caseNumber: kase.caseNumber, accessCode: kase.accessCodes[0].code }, meta: address }),
  ).rejects.toMatchObject({ code: "RATE_LIMITED" });
  // Another address is not affected.
  await expect(
    openPartyAccess({ input: { caseNumber: kase.caseNumber, accessCode: kase.accessCodes[0].code }, meta: meta() }),
  ).resolves.toMatchObject({ caseId: kase.caseId });
  const denied = await db().auditEvent.findMany({ where: { action: "party.access_denied", ip: address.ip } });
  expect(denied.map((d) => (d.payload as { reason: string }).reason).sort()).toEqual([
    ...Array(ACCESS_LIMITS.failuresPerAddress).fill("bad_code"),
    "rate_limited",
  ]);
});

test("guessing at one case from many addresses is stopped, but the parties' own codes still open it", async () => {
  const kase = await newCase();
  for (let i = 0; i < ACCESS_LIMITS.failuresPerCase; i += 1) {
    await expect(
      openPartyAccess({ input: { caseNumber: kase.caseNumber, accessCode: "AAAA-BBBB-CCCC-DDDD" }, meta: meta() }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
  }
  await expect(
    openPartyAccess({ input: { caseNumber: kase.caseNumber, accessCode: "AAAA-BBBB-CCCC-EEEE" }, meta: meta() }),
  ).rejects.toMatchObject({ code: "RATE_LIMITED" });
  await expect(
    openPartyAccess({ input: { caseNumber: kase.caseNumber, accessCode: kase.accessCodes[0].code }, meta: meta() }),
  ).resolves.toMatchObject({ caseId: kase.caseId });
});

describe("clients whose address is unknown (no trusted proxy) share no bucket", () => {
  const unknown = () => ({ ip: null, userAgent: "jest" });
  const wrong = (caseNumber: string) =>
    openPartyAccess({ input: { caseNumber, accessCode: "AAAA-BBBB-CCCC-DDDD" }, meta: unknown() });

  test("failures on one case never stop a party opening another, nor a wrong code there being judged as wrong", async () => {
    const [guessed, other] = [await newCase(), await newCase()];
    for (let i = 0; i < ACCESS_LIMITS.failuresPerCase; i += 1)
      await expect(wrong(guessed.caseNumber)).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(wrong(guessed.caseNumber)).rejects.toMatchObject({
      code: "RATE_LIMITED",
      message: expect.stringContaining("Your own access code still opens the case"),
    });
    await expect(
      openPartyAccess({
        input: { caseNumber: other.caseNumber, accessCode: other.accessCodes[0].code },
        meta: unknown(),
      }),
    ).resolves.toMatchObject({ caseId: other.caseId });
    await expect(wrong(other.caseNumber)).rejects.toMatchObject({ code: "VALIDATION" });
    // the guessed case's own parties still get in
    await expect(
      openPartyAccess({
        input: { caseNumber: guessed.caseNumber, accessCode: guessed.accessCodes[1].code },
        meta: unknown(),
      }),
    ).resolves.toMatchObject({ caseId: guessed.caseId });
  });

  test("attempts are recorded as from an unknown address, and audited without one", async () => {
    const kase = await newCase();
    await expect(wrong(kase.caseNumber)).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await db().accessAttempt.findMany({ where: { caseNumber: kase.caseNumber }, select: { ip: true } })).toEqual(
      [{ ip: UNKNOWN_ADDRESS }],
    );
    expect(
      await db().auditEvent.findFirstOrThrow({
        where: { caseId: kase.caseId, action: "party.access_denied" },
        select: { ip: true },
      }),
    ).toEqual({ ip: null });
  });

  test("a known address stopped on one case may still open another", async () => {
    const [guessed, other] = [await newCase(), await newCase()];
    const address = meta();
    for (let i = 0; i < ACCESS_LIMITS.failuresPerAddress; i += 1) {
      await expect(
        openPartyAccess({
          input: { caseNumber: guessed.caseNumber, accessCode: "AAAA-BBBB-CCCC-DDDD" },
          meta: address,
        }),
      ).rejects.toMatchObject({ code: "VALIDATION" });
    }
    await expect(
      openPartyAccess({
        input: { caseNumber: guessed.caseNumber, accessCode: guessed.accessCodes[0].code },
        meta: address,
      }),
    ).rejects.toMatchObject({ code: "RATE_LIMITED" });
    await expect(
      openPartyAccess({
        input: { caseNumber: other.caseNumber, accessCode: other.accessCodes[0].code },
        meta: address,
      }),
    ).resolves.toMatchObject({ caseId: other.caseId });
  });

  test("a client claiming to be 'unknown' is not everyone", async () => {
    const [guessed, other] = [await newCase(), await newCase()];
    const claimed = { ip: UNKNOWN_ADDRESS, userAgent: "jest" };
    for (let i = 0; i < ACCESS_LIMITS.failuresPerAddress; i += 1) {
      await expect(
        openPartyAccess({
          input: { caseNumber: guessed.caseNumber, accessCode: "AAAA-BBBB-CCCC-DDDD" },
          meta: claimed,
        }),
      ).rejects.toMatchObject({ code: "VALIDATION" });
    }
    await expect(
      openPartyAccess({
        input: { caseNumber: other.caseNumber, accessCode: other.accessCodes[0].code },
        meta: unknown(),
      }),
    ).resolves.toMatchObject({ caseId: other.caseId });
  });
});

test("malformed input is a validation error, not a crash", async () => {
  await expect(openPartyAccess({ input: { caseNumber: 42 }, meta: meta() })).rejects.toHaveProperty("issues");
  await expect(
    openPartyAccess({ input: { caseNumber: "x".repeat(500), accessCode: "y" }, meta: meta() }),
  ).rejects.toHaveProperty("issues");
});

test("an open party session ends when its code is revoked or expires", async () => {
  const kase = await newCase();
  const granted = await openPartyAccess({
    input: { caseNumber: kase.caseNumber, accessCode: kase.accessCodes[0].code },
    meta: meta(),
  });
  expect(await resolvePartySession(granted.sessionId)).toEqual({
    sessionId: granted.sessionId,
    partyId: granted.partyId,
    caseId: kase.caseId,
  });
  await db().partyAccessCode.updateMany({
    where: { partyId: granted.partyId },
    data: { expiresAt: new Date(Date.now() - 1000) },
  });
  expect(await resolvePartySession(granted.sessionId)).toBeNull();
  expect(await db().partySession.findUniqueOrThrow({ where: { id: granted.sessionId } })).toMatchObject({
    endedAt: expect.any(Date),
    endedReason: "expired",
  });

  const again = await openPartyAccess({
    input: { caseNumber: kase.caseNumber, accessCode: kase.accessCodes[1].code },
    meta: meta(),
  });
  await db().partyAccessCode.updateMany({
    where: { partyId: again.partyId },
    data: { expiresAt: null, revokedAt: new Date() },
  });
  expect(await resolvePartySession(again.sessionId)).toBeNull();
  expect(await db().partySession.findUniqueOrThrow({ where: { id: again.sessionId } })).toMatchObject({
    endedReason: "code_revoked",
  });
});

test("a party sees its case's progress and letters, and nothing about the reviewer or other parties", async () => {
  const kase = await newCase();
  const granted = await openPartyAccess({
    input: { caseNumber: kase.caseNumber, accessCode: kase.accessCodes[0].code },
    meta: meta(),
  });
  const view = await partyCaseView({ kind: "party", partyId: granted.partyId, caseId: granted.caseId, meta: meta() });
  expect(view.timeline.filter((s) => s.at).map((s) => s.key)).toEqual(["received", "eligibility", "records"]);
  expect(Object.keys(view.case).sort()).toEqual(["caseNumber", "determinations", "receivedAt", "status"]);
  expect(JSON.stringify(view)).not.toMatch(/reviewer|accessCode|codeHash/i);
});
