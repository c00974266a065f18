// Server actions are public endpoints: their arguments are whatever a request's body decoded
// to. Every action found in the source, called with arguments that are not what its page
// sends (nothing, text, a number, a list, an object of the wrong shape, a form where an
// object belongs), answers with a clear refusal: to a caller who is not signed in, the
// sign-in message whatever was sent (the caller is checked before the arguments are read);
// to a signed-in administrator, a validation or permission message. Never an unknown error,
// never a TypeError logged. The new-case form and the actions open to anyone (registered as
// `open` in tests/security/entry-point-registry.ts: the parties' access form, the unlock
// link's button), which take a FormData, say the form could not be read.
import { jest } from "@jest/globals";
import type { StaffActor } from "@/lib/auth/actor.ts";
import { GENERIC_FAILURE, type ActionResult } from "@/lib/action-result.ts";
import { FORM_UNREADABLE } from "@/lib/form-input.ts";
import { db } from "@/lib/db/client.ts";
import { discoverEntryPoints } from "../support/entry-points.ts";
import { ENTRY_POINTS } from "../security/entry-point-registry.ts";
import { capturingConsoleError, unclearRefusal } from "../security/outcome-checks.ts";
import { createReviewer, createStaff, ensureSpecialties } from "../factories/index.ts";

const state: { actor: StaffActor | null } = { actor: null };
const USER_AGENT = "jest action-arguments";
jest.unstable_mockModule("server-only", () => ({}));
jest.unstable_mockModule("@/lib/auth/current-actor.ts", () => ({
  currentActor: async () => state.actor,
  currentAccountHolder: async () => (state.actor ? { actor: state.actor, pending: null } : null),
  requestMeta: async () => ({ ip: null, userAgent: USER_AGENT }),
  requireRole: async () => {
    throw new Error("not in an action");
  },
  signedInDestination: async () => null,
  homePathFor: () => "/",
}));

// no party session either: the parties' actions (records labels, the declaration) refuse as the party page does
jest.unstable_mockModule("@/lib/parties/current-party.ts", () => ({ currentParty: async () => null }));
const PARTY_SIGN_IN = "Open your case with its number and your access code first.";
const signInMessage = (key: string) =>
  key.startsWith("action app/(public)/access/") ? PARTY_SIGN_IN : "Please sign in to continue.";

type Action = (...args: unknown[]) => Promise<ActionResult<unknown> | void>;
/** Actions that read no arguments at all: nothing to garble (the batch run ignores its input; leaving ends the caller's own party session). */
const READ_NO_ARGUMENTS = new Set(["batchAssignAction", "leavePartyAccessAction"]);
/** The administrator may save any map of short texts as the new-case form's draft: such arguments are accepted, not garbled. */
const ACCEPTS_ANY_MAP = new Set(["saveApplicationDraftAction"]);

const GARBLED: [string, unknown[]][] = [
  ["no arguments", []],
  ["undefined", [undefined]],
  ["plain text", ["caseNumber=CM24-0000001&accessCode=x"]],
  ["a number", [42]],
  ["null, null", [null, null]],
  ["a list", [[1, 2, 3]]],
  ["an object of the wrong shape", [{ fuzz: { nested: null }, isAdmin: true }]],
  ["a prototype-pollution object", [JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}}}')]],
  ["(previous state, text)", [null, "not a form"]],
  [
    "(previous state, an object in place of the form)",
    [
      { ok: false, message: "x" },
      { caseNumber: "CM24-0000001", accessCode: "ABCD" },
    ],
  ],
  ["an empty form where an object belongs", [new FormData()]],
];

const actions = discoverEntryPoints().filter((e) => e.kind === "action" && !READ_NO_ARGUMENTS.has(e.exportName));
const isOpen = (key: string) => {
  const protection = ENTRY_POINTS[key];
  return !!protection && "open" in protection;
};
const staffActions = actions.filter((e) => !isOpen(e.key));
const openActions = actions.filter((e) => isOpen(e.key));
const loaded = new Map<string, Action>();
let admin: StaffActor;
let intake: StaffActor;
let reviewer: StaffActor;

beforeAll(async () => {
  for (const entry of actions) {
    const exported = (await import(`@/${entry.file}`)) as Record<string, Action>;
    loaded.set(entry.key, exported[entry.exportName]);
  }
  await ensureSpecialties();
  [admin, intake, reviewer] = [await createStaff("ADMIN"), await createStaff("INTAKE"), await createReviewer()];
}, 120_000);

/** Calls the action as `actor` and returns its result and what was logged as an unknown error. */
async function call(actor: StaffActor | null, key: string, args: unknown[]) {
  state.actor = actor;
  const { value, logged } = await capturingConsoleError(() => loaded.get(key)!(...args));
  return { result: value as ActionResult<unknown>, logged };
}

test("the source has actions to check", () => {
  expect(actions.length).toBeGreaterThan(20);
  expect(actions.map((e) => e.exportName)).toEqual(
    expect.arrayContaining(["createCaseAction", "openPartyAccessAction", "saveApplicationDraftAction"]),
  );
  expect(openActions.map((e) => e.exportName)).toContain("openPartyAccessAction");
});

describe("a caller who is not signed in is refused before the arguments are read", () => {
  test.each(staffActions.map((e) => [e.key] as const))("%s", async (key) => {
    for (const [label, args] of GARBLED) {
      const { result, logged } = await call(null, key, args);
      expect({ label, result, logged }).toEqual({
        label,
        result: { ok: false, message: signInMessage(key), fieldErrors: undefined },
        logged: [],
      });
    }
  });
});

describe("a signed-in administrator gets a clear refusal, never an unknown error", () => {
  test.each(staffActions.map((e) => [e.key, e.exportName] as const))("%s", async (key, name) => {
    const audited = () => db().auditEvent.count({ where: { actorId: admin.userId } });
    const changesBefore = await audited();
    for (const [label, args] of GARBLED) {
      const { result, logged } = await call(admin, key, args);
      expect({ label, logged }).toEqual({ label, logged: [] });
      if (result.ok && ACCEPTS_ANY_MAP.has(name)) continue;
      expect({ label, problem: unclearRefusal(result) }).toEqual({ label, problem: null });
      expect(result.message).not.toBe(GENERIC_FAILURE);
    }
    expect(await audited()).toBe(changesBefore);
  });
});

describe("the actions that take a form", () => {
  const key = (name: string) => actions.find((e) => e.exportName === name)!.key;

  test.each(GARBLED.filter(([, args]) => !(args[1] instanceof FormData)))(
    "createCaseAction, intake, %s: the form could not be read",
    async (_label, args) => {
      const audited = () => db().auditEvent.count({ where: { actorId: intake.userId } });
      const before = await audited();
      const { result, logged } = await call(intake, key("createCaseAction"), args);
      expect(result).toEqual({ ok: false, message: FORM_UNREADABLE, fieldErrors: undefined });
      expect(logged).toEqual([]);
      expect(await audited()).toBe(before);
    },
  );

  test("createCaseAction: a reviewer is refused for want of permission before the form is looked at", async () => {
    for (const [, args] of GARBLED) {
      const { result, logged } = await call(reviewer, key("createCaseAction"), args);
      expect(result).toEqual({ ok: false, message: "You do not have permission to do that.", fieldErrors: undefined });
      expect(logged).toEqual([]);
    }
  });

  test("createCaseAction: a real but empty form reaches the validation of its fields", async () => {
    const { result, logged } = await call(intake, key("createCaseAction"), [null, new FormData()]);
    expect(result).toMatchObject({ ok: false, message: "Please correct the highlighted fields." });
    expect(logged).toEqual([]);
  });

  test.each(openActions.map((e) => [e.key] as const))(
    "%s (anyone): garbled arguments, the form could not be read, nothing recorded",
    async (openKey) => {
      const audited = () => db().auditEvent.count({ where: { userAgent: USER_AGENT } });
      const attempts = await audited();
      for (const [label, args] of GARBLED) {
        const { result, logged } = await call(null, openKey, args);
        expect({ label, result, logged }).toEqual({
          label,
          result: { ok: false, message: FORM_UNREADABLE },
          logged: [],
        });
      }
      expect(await audited()).toBe(attempts);
    },
  );
});
