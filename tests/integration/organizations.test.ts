// The organization directory on the real database: create with aliases and a parent, search
// by name or alias ignoring case and accents, update, parent cycles refused, the ancestry
// helper matching reads, every denial changing nothing; intake storing its parties with
// their directory entries and adding a typed one to the directory with the case.
import { z } from "zod";
import { db } from "@/lib/db/client.ts";
import type { Actor } from "@/lib/auth/actor.ts";
import { createCase } from "@/lib/cases/create-case.ts";
import { AppError } from "@/lib/errors.ts";
import { createOrganization } from "@/lib/organizations/create-organization.ts";
import { updateOrganization } from "@/lib/organizations/update-organization.ts";
import { listOrganizations } from "@/lib/organizations/list-organizations.ts";
import { getOrganization } from "@/lib/organizations/get-organization.ts";
import { directoryAncestry, loadDirectoryEntries } from "@/lib/organizations/directory-ancestry.ts";
import { addAffiliation } from "@/lib/reviewers/add-affiliation.ts";
import { updateAffiliation } from "@/lib/reviewers/update-affiliation.ts";
import { seedDemoOrganizations } from "@/tools/demo/organizations.ts";
import { SAMPLE_CASE } from "@/tools/demo/demo-cases.ts";
import { withOwnDatabase } from "../support/own-database.ts";
import { applicationInput, createReviewer, createStaff, ensureSpecialties, unique } from "../factories/index.ts";
import { changedTables, tableChecksums } from "../security/table-checksums.ts";

withOwnDatabase("imr_it_organizations");
beforeAll(ensureSpecialties);

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error("expected a failure");
    },
    (error: unknown) => error,
  );
const fieldErrors = (error: unknown) =>
  error instanceof AppError
    ? (error.fieldErrors ?? {})
    : error instanceof z.ZodError
      ? Object.fromEntries(error.issues.map((i) => [i.path.join("."), [i.message]]))
      : {};

describe("the directory", () => {
  test("create, search by alias and without accents, get with parent and children, update", async () => {
    const admin = await createStaff("ADMIN");
    const intake = await createStaff("INTAKE");
    const tag = unique("zq");
    const { organizationId: insurerId } = await createOrganization({
      actor: admin,
      input: {
        kind: "INSURER",
        name: `Zénith Insurance ${tag}`,
        aliases: `Zenith Ins. Co. ${tag}\n\n  ZNAT ${tag}  \n`,
        identifier: "95-1234567",
      },
    });
    const { organizationId: tpaId } = await createOrganization({
      actor: admin,
      input: { kind: "TPA", name: `Sierra Claims ${tag}`, parentId: insurerId },
    });

    const stored = await db().organization.findUniqueOrThrow({ where: { id: insurerId } });
    expect(stored.aliases).toEqual([`Zenith Ins. Co. ${tag}`, `ZNAT ${tag}`]);
    const audit = await db().auditEvent.findFirstOrThrow({
      where: { action: "organization.created", entityId: insurerId },
    });
    expect(audit.payload).toMatchObject({
      organizationId: insurerId,
      kind: "INSURER",
      aliases: 2,
      parentId: null,
      from: "directory",
    });

    const byAccentless = await listOrganizations({ actor: intake, query: { q: `ZENITH INSURANCE ${tag}` } });
    expect(byAccentless.rows.map((r) => r.id)).toEqual([insurerId]);
    const byAlias = await listOrganizations({ actor: intake, query: { q: `znat ${tag}` } });
    expect(byAlias).toMatchObject({ total: 1, page: 1 });
    expect(byAlias.rows[0]).toMatchObject({ id: insurerId, aliases: [`Zenith Ins. Co. ${tag}`, `ZNAT ${tag}`] });
    const byTyped = await listOrganizations({ actor: intake, query: { q: `zénith ins. co. ${tag}` } });
    expect(byTyped.rows.map((r) => r.id)).toEqual([insurerId]);
    expect((await listOrganizations({ actor: intake, query: { q: tag, kind: "TPA" } })).rows.map((r) => r.id)).toEqual([
      tpaId,
    ]);
    // LIKE's wildcards are punctuation to the search, ignored as the dots of "Ins. Co." are
    expect((await listOrganizations({ actor: intake, query: { q: `${tag}%_` } })).total).toBe(2);
    expect((await listOrganizations({ actor: intake, query: { q: `zenith%sierra ${tag}` } })).total).toBe(0);
    expect(
      (await listOrganizations({ actor: intake, query: { q: `zenithinsco ${tag}` } })).rows.map((r) => r.id),
    ).toEqual([insurerId]);
    const paged = await listOrganizations({ actor: admin, query: { q: tag, pageSize: 1, page: 2 } });
    expect(paged).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(paged.rows).toHaveLength(1);

    const insurer = await getOrganization({ actor: intake, organizationId: insurerId });
    expect(insurer.children.map((c) => c.id)).toEqual([tpaId]);
    expect((await getOrganization({ actor: admin, organizationId: tpaId })).parent?.id).toBe(insurerId);

    const { changed } = await updateOrganization({
      actor: admin,
      input: {
        organizationId: tpaId,
        kind: "TPA",
        name: `Sierra Claims Services ${tag}`,
        aliases: "Sierra",
        parentId: insurerId,
      },
    });
    expect(changed.sort()).toEqual(["aliases", "name"]);
    expect(
      await updateOrganization({
        actor: admin,
        input: {
          organizationId: tpaId,
          kind: "TPA",
          name: `Sierra Claims Services ${tag}`,
          aliases: ["Sierra"],
          parentId: insurerId,
        },
      }),
    ).toEqual({ changed: [] });
    expect(await db().auditEvent.count({ where: { action: "organization.updated", entityId: tpaId } })).toBe(1);
  });

  test("a parent is never the organization itself or one of its subsidiaries", async () => {
    const admin = await createStaff("ADMIN");
    const { organizationId: top } = await createOrganization({
      actor: admin,
      input: { kind: "INSURER", name: unique("Top") },
    });
    const { organizationId: middle } = await createOrganization({
      actor: admin,
      input: { kind: "TPA", name: unique("Middle"), parentId: top },
    });
    const { organizationId: bottom } = await createOrganization({
      actor: admin,
      input: { kind: "OTHER", name: unique("Bottom"), parentId: middle },
    });
    const base = { kind: "INSURER", name: unique("Top") };
    expect(
      fieldErrors(
        await failure(updateOrganization({ actor: admin, input: { ...base, organizationId: top, parentId: top } })),
      ),
    ).toEqual({ parentId: ["An organization cannot be its own parent."] });
    const cycle = fieldErrors(
      await failure(updateOrganization({ actor: admin, input: { ...base, organizationId: top, parentId: bottom } })),
    );
    expect(cycle.parentId?.[0]).toMatch(/is a subsidiary of this organization, so it cannot also be its parent/);
    const missing = fieldErrors(
      await failure(
        createOrganization({ actor: admin, input: { kind: "OTHER", name: "Orphan", parentId: crypto.randomUUID() } }),
      ),
    );
    expect(missing.parentId?.[0]).toMatch(/not in the directory/);
    expect((await db().organization.findUniqueOrThrow({ where: { id: top } })).parentId).toBeNull();

    const ancestry = await directoryAncestry(db(), [bottom, top, crypto.randomUUID()]);
    expect(ancestry.get(bottom)).toEqual([middle, top]);
    expect(ancestry.get(top)).toEqual([]);
    // a cycle written behind the use cases' back still ends
    await db().organization.update({ where: { id: top }, data: { parentId: bottom } });
    expect((await directoryAncestry(db(), [middle])).get(middle)).toEqual([top, bottom]);
    await db().organization.update({ where: { id: top }, data: { parentId: null } });
    const entries = await loadDirectoryEntries(db(), [bottom]);
    expect(entries.get(bottom)).toMatchObject({
      id: bottom,
      aliases: [],
      identifier: null,
      ancestorIds: [middle, top],
    });
  });

  test("bad input is refused with a message per field", async () => {
    const admin = await createStaff("ADMIN");
    const errors = fieldErrors(
      await failure(
        createOrganization({
          actor: admin,
          input: { kind: "NOPE", name: "x".repeat(10_000), aliases: "A\na", identifier: "bad\u0000id" },
        }),
      ),
    );
    expect(errors.kind).toEqual(["Choose the kind of organization."]);
    expect(errors.name?.[0]).toMatch(/too long/);
    expect(errors.aliases?.[0]).toMatch(/listed twice/);
    expect(errors.identifier?.[0]).toMatch(/cannot be stored/);
  });

  test("REVIEWER, parties and no actor are refused and change nothing; intake may read only", async () => {
    const admin = await createStaff("ADMIN");
    const intake = await createStaff("INTAKE");
    const reviewer = await createReviewer();
    const { organizationId } = await createOrganization({
      actor: admin,
      input: { kind: "INSURER", name: unique("Guarded") },
    });
    const party: Actor = {
      kind: "party",
      partyId: crypto.randomUUID(),
      caseId: crypto.randomUUID(),
      meta: { ip: "127.0.0.1", userAgent: "jest" },
    };
    const valid = { kind: "INSURER", name: unique("Denied") };
    for (const actor of [reviewer, party, null]) {
      const before = await tableChecksums();
      for (const attempt of [
        createOrganization({ actor, input: valid }),
        updateOrganization({ actor, input: { ...valid, organizationId } }),
        listOrganizations({ actor, query: {} }),
        getOrganization({ actor, organizationId }),
      ])
        expect(await failure(attempt)).toBeInstanceOf(AppError);
      expect(changedTables(before, await tableChecksums())).toEqual([]);
    }
    const before = await tableChecksums();
    expect(await failure(createOrganization({ actor: intake, input: valid }))).toBeInstanceOf(AppError);
    expect(await failure(updateOrganization({ actor: intake, input: { ...valid, organizationId } }))).toBeInstanceOf(
      AppError,
    );
    expect(changedTables(before, await tableChecksums())).toEqual([]);
  });
});

describe("intake and the directory", () => {
  test("parties are stored with their directory entries; a typed organization is added with the case", async () => {
    const admin = await createStaff("ADMIN");
    const intake = await createStaff("INTAKE");
    const { organizationId: claimsId } = await createOrganization({
      actor: admin,
      input: { kind: "CLAIMS_ADMINISTRATOR", name: unique("Golden Claims") },
    });
    const { organizationId: groupId } = await createOrganization({
      actor: admin,
      input: { kind: "MEDICAL_GROUP", name: unique("Coastal Ortho Group") },
    });
    const { organizationId: urId } = await createOrganization({
      actor: admin,
      input: { kind: "UR_ORGANIZATION", name: unique("Review Co") },
    });
    const facilityName = unique("Bayview Surgery Center");
    const { caseId } = await createCase({
      actor: intake,
      input: applicationInput({
        claimsAdministratorOrganizationId: claimsId,
        medicalGroupName: "Coastal Ortho Group",
        medicalGroupOrganizationId: groupId,
        urOrganizationName: "Review Co",
        urOrganizationOrganizationId: urId,
        urReviewerName: "Dr. Una Reviewer",
        urReviewerNpi: "1234567893",
        facilityName,
        facilityAddToDirectory: "on",
        manufacturerName: "Medtronic",
      }),
    });
    const parties = await db().party.findMany({ where: { caseId } });
    const byRole = Object.fromEntries(parties.map((p) => [p.role, p]));
    expect(byRole.CLAIMS_ADMINISTRATOR.directoryOrganizationId).toBe(claimsId);
    expect(byRole.MEDICAL_GROUP.directoryOrganizationId).toBe(groupId);
    expect(byRole.REQUESTING_PHYSICIAN).toMatchObject({
      directoryOrganizationId: groupId,
      organization: "Coastal Ortho Group",
    });
    expect(byRole.UR_REVIEWER).toMatchObject({
      name: "Dr. Una Reviewer",
      identifier: "1234567893",
      directoryOrganizationId: urId,
      organization: "Review Co",
    });
    expect(byRole.MANUFACTURER).toMatchObject({ name: "Medtronic", directoryOrganizationId: null });
    expect(byRole.EMPLOYER.directoryOrganizationId).toBeNull();
    const facility = await db().organization.findUniqueOrThrow({
      where: { id: byRole.FACILITY.directoryOrganizationId! },
    });
    expect(facility).toMatchObject({ name: facilityName, kind: "FACILITY" });
    const audit = await db().auditEvent.findFirstOrThrow({
      where: { action: "organization.created", entityId: facility.id },
    });
    expect(audit).toMatchObject({ actorId: intake.userId, payload: expect.objectContaining({ from: "intake" }) });
  });

  test("a directory id that does not exist is a field error and nothing is created", async () => {
    const intake = await createStaff("INTAKE");
    const before = await db().case.count();
    const errors = fieldErrors(
      await failure(
        createCase({
          actor: intake,
          input: applicationInput({
            employerOrganizationId: crypto.randomUUID(),
            facilityName: unique("Never Added"),
            facilityAddToDirectory: true,
          }),
        }),
      ),
    );
    expect(errors.employerOrganizationId?.[0]).toMatch(/no longer in the directory/);
    expect(await db().case.count()).toBe(before);
    expect(await db().organization.count({ where: { name: { startsWith: "Never Added" } } })).toBe(0);
    const malformed = fieldErrors(
      await failure(
        createCase({
          actor: intake,
          input: applicationInput({ employerOrganizationId: "not-an-id", facilityAddToDirectory: true }),
        }),
      ),
    );
    expect(malformed.employerOrganizationId?.[0]).toMatch(/Choose the organization from the directory again/);
    expect(malformed.facilityName?.[0]).toMatch(/name to add it to the directory/);
  });

  test("an affiliation points to a directory entry; absent on update leaves it", async () => {
    const admin = await createStaff("ADMIN");
    const reviewer = await createReviewer();
    const { organizationId } = await createOrganization({
      actor: admin,
      input: { kind: "MANUFACTURER", name: unique("Devices Inc") },
    });
    const { affiliationId } = await addAffiliation({
      actor: admin,
      input: { reviewerId: reviewer.reviewerId, kind: "MANUFACTURER", name: "Devices Inc", organizationId },
    });
    await updateAffiliation({
      actor: admin,
      input: { affiliationId, kind: "MANUFACTURER", name: "Devices Incorporated" },
    });
    expect((await db().affiliation.findUniqueOrThrow({ where: { id: affiliationId } })).organizationId).toBe(
      organizationId,
    );
    const { changed } = await updateAffiliation({
      actor: admin,
      input: { affiliationId, kind: "MANUFACTURER", name: "Devices Incorporated", organizationId: "" },
    });
    expect(changed).toEqual(["organizationId"]);
    const errors = fieldErrors(
      await failure(
        addAffiliation({
          actor: admin,
          input: {
            reviewerId: reviewer.reviewerId,
            kind: "EMPLOYER",
            name: "Ghost",
            organizationId: crypto.randomUUID(),
          },
        }),
      ),
    );
    expect(errors.organizationId?.[0]).toMatch(/no longer in the directory/);
  });
});

describe("demo directory", () => {
  test("an insurer with its TPA, and the sample case's claims administrator linked to the TPA", async () => {
    const [admin, intake] = await Promise.all([createStaff("ADMIN"), createStaff("INTAKE")]);
    const { caseId } = await createCase({ actor: intake, input: SAMPLE_CASE });
    await seedDemoOrganizations(admin);
    const party = await db().party.findFirstOrThrow({
      where: { caseId, role: "CLAIMS_ADMINISTRATOR" },
      include: { directoryOrganization: { include: { parent: true } } },
    });
    expect(party.directoryOrganization).toMatchObject({
      name: SAMPLE_CASE.claimsAdministratorName,
      kind: "TPA",
      parent: { name: "Pacific Mutual Insurance Company", kind: "INSURER" },
    });
    const found = await listOrganizations({ actor: admin, query: { q: "pmic" } });
    expect(found.rows.map((r) => r.name)).toEqual(["Pacific Mutual Insurance Company"]);
  });
});
