// Fuzzing every use case that parses a raw input (the rows of tests/security/matrix-rows.ts
// behind server actions and routes, and the parties' access form): 1,000 seeded malformed
// inputs each, called as an actor allowed to use it through the server actions' own wrapper
// (runAction), so the outcome is what a user would see. Each must be refused with a clear
// message, never an unknown error or internals, and change no row of any table. Then valid
// inputs carrying unusual characters: stored or refused clearly, never a crash; uploads
// checked by content and size; unknown errors shown without internals.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { jest } from "@jest/globals";
import { z } from "zod";
import { GENERIC_FAILURE, UNSTORABLE_TEXT, failureFrom, runAction, type ActionResult } from "@/lib/action-result.ts";
import { db } from "@/lib/db/client.ts";
import { openPartyAccess } from "@/lib/parties/open-party-access.ts";
import { uploadDocument } from "@/lib/documents/upload-document.ts";
import { saveApplicationDraft } from "@/lib/intake/application-draft.ts";
import { routeFailure } from "@/lib/http/entry-point.ts";
import { errorStatus } from "@/lib/http/error-status.ts";
import { AppError } from "@/lib/errors.ts";
import type { Actor } from "@/lib/auth/actor.ts";
import { withOwnDatabase } from "../support/own-database.ts";
import { MATRIX, type MatrixRow } from "../security/matrix-rows.ts";
import { buildWorld, type ActorKey, type World } from "../security/matrix-world.ts";
import { changedTables, tableChecksums } from "../security/table-checksums.ts";
import { malformedInputs, UNICODE_SAMPLES, type ForeignId } from "../security/malformed-inputs.ts";
import { capturingConsoleError, unclearRefusal } from "../security/outcome-checks.ts";

jest.setTimeout(120_000);
withOwnDatabase("imr_it_fuzz");

const PER_TARGET = 1000;

let world: World;
const storageDir = fs.mkdtempSync(path.join(os.tmpdir(), "imr-fuzz-"));
beforeAll(async () => {
  process.env.DOCUMENT_STORAGE_DIR = storageDir;
  world = await buildWorld();
}, 180_000);
afterAll(() => fs.rmSync(storageDir, { recursive: true, force: true }));

const seedOf = (name: string) => [...name].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0, 7);
const storedFiles = () =>
  fs.existsSync(storageDir)
    ? fs.readdirSync(storageDir, { recursive: true, withFileTypes: true }).filter((f) => f.isFile()).length
    : 0;

/** Real ids of other people and records; for a reviewer, also cases and items out of their reach. */
function foreignIds(actorKey: ActorKey): ForeignId[] {
  const users = [world.intake, world.admin, world.assignedReviewer, world.otherReviewer].flatMap((a) =>
    a?.kind === "user" ? [{ id: a.userId, kind: "user" }] : [],
  );
  const parties = [world.ownParty, world.otherParty].flatMap((a) =>
    a?.kind === "party" ? [{ id: a.partyId, kind: "party" }] : [],
  );
  const documents = [world.letterId, world.assignedDocumentId, world.offeredDocumentId].map((id) => ({
    id,
    kind: "document",
  }));
  const notYours = actorKey.endsWith("Reviewer")
    ? [
        world.readyCaseId,
        world.autoCaseId,
        world.offeredCaseId,
        world.receivedCaseIds.intake,
        ...world.offeredItemIds.map((i) => i.id),
      ].map((id) => ({ id, kind: "notYours" }))
    : [];
  return [...users, ...parties, ...documents, ...notYours];
}

type Target = {
  actorKey: ActorKey | null;
  valid: (w: World) => unknown;
  call: (actor: Actor | null, input: unknown) => Promise<ActionResult<unknown>>;
  /** tables a refusal of a well-formed input writes by design */
  refusalWrites?: string[];
};

const viaRunAction = (row: MatrixRow) => (actor: Actor | null, input: unknown) =>
  runAction(() => row.withInput!(actor, input));
const TARGETS: [string, Target][] = [
  ...Object.entries(MATRIX)
    .filter(([, row]) => row.input && row.withInput && row.allowed.length > 0)
    .map(([name, row]): [string, Target] => [
      name,
      { actorKey: row.allowed[0], valid: (w) => row.input!(w, row.allowed[0]), call: viaRunAction(row) },
    ]),
  // the parties' access form: its action reports failures with failureFrom, as runAction does
  [
    "parties.open_access",
    {
      actorKey: null,
      valid: () => ({ caseNumber: "CM26-0000001", accessCode: "ABCD-EFGH-JKLM-NPQR" }),
      call: (_actor, input) =>
        openPartyAccess({ input, meta: { ip: "203.0.113.7", userAgent: "fuzz" } }).then(
          (data) => ({ ok: true as const, data }),
          failureFrom,
        ),
      // every attempt with a well-formed case number and code is recorded, failed ones included
      refusalWrites: ["AccessAttempt", "AuditEvent"],
    },
  ],
];

test("the checksum notices a change, so an unchanged one means nothing was written", async () => {
  const before = await tableChecksums();
  await MATRIX["applications.save_draft"].run(world.intake, world, "intake");
  expect(changedTables(before, await tableChecksums())).toEqual(["ApplicationDraft"]);
});

describe(`${PER_TARGET} malformed inputs per use case are refused clearly and change nothing`, () => {
  test.each(TARGETS)("%s", async (name, target) => {
    const actor = target.actorKey ? world[target.actorKey] : null;
    const inputs = malformedInputs(target.valid(world), {
      count: PER_TARGET,
      seed: seedOf(name),
      foreignIds: target.actorKey ? foreignIds(target.actorKey) : [],
    });
    const problems: string[] = [];
    const filesBefore = storedFiles();
    const before = await tableChecksums();
    const { logged } = await capturingConsoleError(async () => {
      for (const { label, input } of inputs) {
        const problem = unclearRefusal(await target.call(actor, input));
        if (problem) problems.push(`${label}: ${problem}`);
      }
    });
    // each refusal above is checked one by one; the database is compared once for the lot
    expect(changedTables(before, await tableChecksums())).toEqual([]);
    expect(storedFiles()).toBe(filesBefore);
    expect(logged.map((args) => String(args[0]).slice(0, 300)).slice(0, 3)).toEqual([]);
    expect([...new Set(problems)].slice(0, 15)).toEqual([]);
  });
});

test("no input polluted the prototypes", () => {
  const probe: Record<string, unknown> = {};
  expect([probe.polluted, probe.isAdmin, (Object.prototype as Record<string, unknown>).polluted]).toEqual([
    undefined,
    undefined,
    undefined,
  ]);
});

/** The string fields of a valid input a person types freely (not ids, dates or choices). */
function freeTextPaths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (typeof value === "string")
    return /^[0-9a-f-]{36}$|^\d{4}-\d{2}-\d{2}$|^[A-Z][A-Z_]+$/i.test(value) && !/\s/.test(value) ? [] : [at];
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) => freeTextPaths(v, [...at, Array.isArray(value) ? Number(k) : k]));
  return [];
}

describe("valid inputs with unusual characters are stored or refused clearly, never a crash", () => {
  test.each(TARGETS)("%s", async (name, target) => {
    const actor = target.actorKey ? world[target.actorKey] : null;
    const problems: string[] = [];
    for (const sample of UNICODE_SAMPLES) {
      const input = structuredClone(target.valid(world)) as Record<string, unknown>;
      const paths = freeTextPaths(input);
      if (!paths.length) return;
      const where = paths[seedOf(sample) % paths.length];
      const parent = where
        .slice(0, -1)
        .reduce<Record<string | number, unknown>>((node, key) => node[key] as Record<string | number, unknown>, input);
      parent[where[where.length - 1]] = `${parent[where[where.length - 1]]} ${sample}`;
      const before = await tableChecksums();
      const { value: result } = await capturingConsoleError(() => target.call(actor, input));
      if (result.ok) continue;
      const problem = unclearRefusal(result);
      if (problem) problems.push(`${JSON.stringify(sample)} in ${where.join(".")}: ${problem}`);
      const changed = changedTables(before, await tableChecksums()).filter(
        (table) => !target.refusalWrites?.includes(table),
      );
      if (changed.length) problems.push(`${JSON.stringify(sample)} refused but changed ${changed.join(", ")}`);
    }
    expect(problems).toEqual([]);
  });
});

describe("uploads are checked by content and size", () => {
  const upload = (bytes: Buffer, fileName = "report.pdf") =>
    runAction(() =>
      uploadDocument({
        actor: world.intake,
        input: { caseId: world.assignedCaseId, kind: "MEDICAL_REPORT", title: "Report", fileName },
        bytes,
      }),
    );
  test.each([
    ["no bytes", Buffer.alloc(0), "Choose a file"],
    ["a GIF renamed .pdf", Buffer.from("GIF89a\x01\x00\x01\x00"), "not a PDF"],
    ["HTML renamed .pdf", Buffer.from("<html><script>alert(1)</script></html>"), "not a PDF"],
    ["a PDF header after other bytes", Buffer.from(" %PDF-1.7\n"), "not a PDF"],
    ["an executable renamed .pdf", Buffer.from("MZ\x90\x00\x03\x00\x00\x00"), "not a PDF"],
  ])("%s is refused, nothing stored", async (_label, bytes, expected) => {
    const [before, files] = [await tableChecksums(), storedFiles()];
    const result = await upload(bytes);
    expect(result).toMatchObject({ ok: false, fieldErrors: { file: [expect.stringContaining(expected)] } });
    expect(changedTables(before, await tableChecksums())).toEqual([]);
    expect(storedFiles()).toBe(files);
  });

  test("a PDF over the size limit is refused, nothing stored", async () => {
    const previous = process.env.IMR_MAX_UPLOAD_MB;
    process.env.IMR_MAX_UPLOAD_MB = "1";
    try {
      const [before, files] = [await tableChecksums(), storedFiles()];
      const result = await upload(Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(1024 * 1024)]));
      expect(result).toMatchObject({
        ok: false,
        fieldErrors: { file: [expect.stringContaining("larger than the limit of 1 MB")] },
      });
      expect(changedTables(before, await tableChecksums())).toEqual([]);
      expect(storedFiles()).toBe(files);
    } finally {
      if (previous === undefined) delete process.env.IMR_MAX_UPLOAD_MB;
      else process.env.IMR_MAX_UPLOAD_MB = previous;
    }
  });
});

describe("errors show no internals", () => {
  test("a database error inside a use case reaches the user as the generic failure, and is logged", async () => {
    const { value, logged } = await capturingConsoleError(() =>
      runAction(() => db().$transaction((tx) => tx.$queryRawUnsafe('SELECT * FROM "NoSuchTable"'))),
    );
    expect(value).toEqual({ ok: false, message: GENERIC_FAILURE });
    expect(logged).toHaveLength(1);
  });

  test("a route handler's unknown error is a 500 with a plain message and no stack", async () => {
    const { value: response } = await capturingConsoleError(async () =>
      routeFailure(new Error('relation "Case" does not exist\n    at Object.<anonymous> (/app/lib/x.ts:1:1)')),
    );
    expect(response.status).toBe(500);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ ok: false, message: GENERIC_FAILURE });
  });

  test("field names taken from the input stay data ('constructor', 'toString')", () => {
    const parsed = z
      .record(z.string(), z.string())
      .safeParse(JSON.parse('{"__proto__": 1, "constructor": 2, "toString": 3}'));
    const result = failureFrom(parsed.error);
    expect(result.fieldErrors).toEqual({ constructor: [expect.any(String)], toString: [expect.any(String)] });
    expect(Object.getPrototypeOf(result.fieldErrors)).toBe(Object.prototype);
  });

  test.each([
    ["a validation error", new AppError("VALIDATION", "Check the form."), 422],
    ["a record out of reach", new AppError("FORBIDDEN", "No."), 404],
    ["a schema error", new z.ZodError([]), 422],
    ["text PostgreSQL cannot store", new Error('invalid byte sequence for encoding "UTF8": 0x00'), 422],
    ["anything else", new Error("connection reset"), 500],
  ])("route handlers answer %s with %i", (_label, error, status) => {
    expect(errorStatus(error)).toBe(status);
  });

  test("text that cannot be stored is refused with its own message", async () => {
    const result = await runAction(() =>
      saveApplicationDraft({ actor: world.intake, input: { employeeName: "Maria\u0000Lopez" } }),
    );
    expect(result).toEqual({ ok: false, message: UNSTORABLE_TEXT });
  });
});
