// Role x action x ownership: every use case behind a server action, a route or a page
// (tests/security/matrix-rows.ts), called by each kind of actor. A denial returns no data
// and changes nothing (a checksum of every row of every table before and after). Every
// server action and route handler found in the source must name the rows that protect it
// (tests/security/entry-point-registry.ts). On a database of its own: the batch assignment
// grant takes every waiting case.
import fs from "node:fs";
import { jest } from "@jest/globals";
import os from "node:os";
import path from "node:path";
import { listCases } from "@/lib/cases/list-cases.ts";
import { listCompletedReviews } from "@/lib/cases/list-completed-reviews.ts";
import { listMyOffers } from "@/lib/cases/list-offers.ts";
import { discoverEntryPoints } from "../support/entry-points.ts";
import { withOwnDatabase } from "../support/own-database.ts";
import { ENTRY_POINTS } from "../security/entry-point-registry.ts";
import { MATRIX } from "../security/matrix-rows.ts";
import { ACTOR_KEYS, buildWorld, type World } from "../security/matrix-world.ts";
import { changedTables, tableChecksums } from "../security/table-checksums.ts";

// a busy machine makes closing and dropping the database slow
jest.setTimeout(30_000);
withOwnDatabase("imr_it_authz");

const REGISTRY_FILE = "tests/security/entry-point-registry.ts";
/** how an entry point learns who is calling: from the session, never from its input */
const SESSION_RESOLVERS = ["currentActor", "currentAccountHolder", "currentParty", "requireRole", "getServerSession"];

describe("every entry point is registered with what protects it", () => {
  const discovered = discoverEntryPoints();
  const byKey = new Map(discovered.map((entry) => [entry.key, entry]));
  const registered = Object.entries(ENTRY_POINTS);

  test("the source has server actions and route handlers to check", () => {
    expect(discovered.filter((e) => e.kind === "action").length).toBeGreaterThan(20);
    expect(discovered.filter((e) => e.kind === "route").length).toBeGreaterThan(5);
  });

  test.each(discovered.map((e) => [e.key]))("%s is registered", (key) => {
    if (!(key in ENTRY_POINTS)) {
      throw new Error(
        `${key} has no entry in ${REGISTRY_FILE}. Add "${key}": { matrix: ["<row>"] } naming the rows of tests/security/matrix-rows.ts ` +
          `whose use cases it calls (add a row for a new use case), or { open: "<why it needs no sign-in>" }.`,
      );
    }
  });

  test.each(registered.map(([key]) => [key]))("registered %s still exists", (key) => {
    if (!byKey.has(key))
      throw new Error(`${key} is registered in ${REGISTRY_FILE} but no longer found in the source: remove its entry.`);
  });

  const protectedEntries = registered.filter(([key, p]) => "matrix" in p && byKey.has(key)) as [
    string,
    { matrix: readonly string[] },
  ][];

  test.each(protectedEntries)(
    "%s calls the use cases of its matrix rows and takes its actor from the session",
    (key, protection) => {
      const entry = byKey.get(key)!;
      for (const name of protection.matrix) {
        const row = MATRIX[name];
        if (!row) throw new Error(`${key}: "${name}" is not a row of tests/security/matrix-rows.ts`);
        if (!entry.references.has(row.useCase.name))
          throw new Error(`${key} does not call ${row.useCase.name} (row "${name}")`);
      }
      expect(SESSION_RESOLVERS.filter((name) => entry.references.has(name))).not.toEqual([]);
    },
  );

  test.each(discovered.map((e) => [e.key, e] as const))(
    "every matrix use case %s calls is in its registry entry",
    (key, entry) => {
      const protection = ENTRY_POINTS[key];
      const listed = new Set(
        protection && "matrix" in protection ? protection.matrix.map((name) => MATRIX[name]?.useCase.name) : [],
      );
      const called = [...new Set(Object.values(MATRIX).map((row) => row.useCase.name))].filter((name) =>
        entry.references.has(name),
      );
      expect(called.filter((name) => !listed.has(name))).toEqual([]);
    },
  );
});

const DENIALS = Object.entries(MATRIX).flatMap(([name, row]) =>
  ACTOR_KEYS.filter((a) => !row.allowed.includes(a)).map((actor) => [name, actor] as const),
);
const GRANTS = Object.entries(MATRIX).flatMap(([name, row]) => row.allowed.map((actor) => [name, actor] as const));

describe("use cases by actor", () => {
  let world: World;
  const storageDir = fs.mkdtempSync(path.join(os.tmpdir(), "imr-authz-"));

  beforeAll(async () => {
    process.env.DOCUMENT_STORAGE_DIR = storageDir;
    world = await buildWorld();
  }, 180_000);
  afterAll(() => fs.rmSync(storageDir, { recursive: true, force: true }));

  describe("denials return no data and change nothing", () => {
    test.each(DENIALS)("%s by %s is refused", async (name, actorKey) => {
      const before = await tableChecksums();
      const outcome = await MATRIX[name].run(world[actorKey], world, actorKey).then(
        (data) => ({ data }),
        (error: unknown) => ({ error }),
      );
      expect(outcome).not.toHaveProperty("data");
      expect(changedTables(before, await tableChecksums())).toEqual([]);
    });
  });

  describe("record reach", () => {
    test("a reviewer's case list holds only their own cases; accepted ones apart from offers", async () => {
      const own = await listCases({ actor: world.assignedReviewer, query: { pageSize: 100 } });
      const accepted = await listCases({ actor: world.assignedReviewer, query: { pageSize: 100 }, openOnly: true });
      const other = await listCases({ actor: world.otherReviewer, query: { pageSize: 100 } });
      expect(own.rows.map((r) => r.id)).toEqual(expect.arrayContaining([world.assignedCaseId, world.offeredCaseId]));
      expect(accepted.rows.map((r) => r.id)).toContain(world.assignedCaseId);
      expect(accepted.rows.map((r) => r.id)).not.toContain(world.offeredCaseId);
      expect(other.total).toBe(0);
      const completed = await listCompletedReviews({ actor: world.otherReviewer, query: {} });
      expect(completed.total).toBe(0);
      expect((await listCompletedReviews({ actor: world.admin, query: {} })).rows).toEqual([]); // staff other than reviewers have none
    });

    test("a reviewer's offers are their own", async () => {
      expect((await listMyOffers({ actor: world.assignedReviewer })).map((o) => o.id).sort()).toEqual(
        [world.acceptOfferId, world.declineOfferId].sort(),
      );
      expect(await listMyOffers({ actor: world.otherReviewer })).toEqual([]);
    });
  });

  describe("grants", () => {
    test.each(GRANTS)(
      "%s by %s succeeds",
      async (name, actorKey) => {
        // a refusal rejects, and fails the test
        await MATRIX[name].run(world[actorKey], world, actorKey);
      },
      30_000,
    );
  });
});
