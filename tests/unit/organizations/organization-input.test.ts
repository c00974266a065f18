// The directory entry's fields: what is accepted, how aliases are cleaned, and the message
// for each kind of bad input.
import { organizationInput, foldName } from "@/lib/organizations/organization-input.ts";
import { updateOrganizationInput } from "@/lib/organizations/update-organization.ts";
import { listOrganizationsQuery } from "@/lib/organizations/list-organizations.ts";
import { createCaseInput } from "@/lib/cases/case-input.ts";

const valid = { kind: "INSURER", name: "Zenith Insurance Company" };
const issuesOf = (patch: Record<string, unknown>) => {
  const result = organizationInput.safeParse({ ...valid, ...patch });
  return result.success ? [] : result.error.issues.map((issue) => [issue.path.join("."), issue.message]);
};

describe("organizationInput: accepted", () => {
  test("defaults: no aliases, no identifier, parent or note", () => {
    expect(organizationInput.parse(valid)).toEqual({
      ...valid,
      aliases: [],
      identifier: null,
      parentId: null,
      note: null,
    });
  });

  test.each([
    [
      "one per line, blank lines and spaces dropped",
      "Zenith\n\n  ZNAT  \r\nZenith Ins. Co.\n",
      ["Zenith", "ZNAT", "Zenith Ins. Co."],
    ],
    ["a list", ["Zenith", " ZNAT "], ["Zenith", "ZNAT"]],
    ["empty text", "", []],
    ["null", null, []],
  ])("aliases: %s", (_label, aliases, expected) => {
    expect(organizationInput.parse({ ...valid, aliases }).aliases).toEqual(expected);
  });

  test("empty optional fields mean none; the parent is an id", () => {
    const id = "0b6f1f6e-3a1e-4c47-9a55-2f0d8c1e5a10";
    expect(organizationInput.parse({ ...valid, identifier: " ", note: "", parentId: id })).toMatchObject({
      identifier: null,
      note: null,
      parentId: id,
    });
    expect(organizationInput.parse({ ...valid, parentId: "" }).parentId).toBeNull();
  });
});

describe("organizationInput: refused, with a clear message", () => {
  test.each<[string, Record<string, unknown>, [string, string | RegExp]]>([
    ["empty name", { name: "" }, ["name", "Enter the name."]],
    ["blank name", { name: "   " }, ["name", "Enter the name."]],
    ["missing name", { name: undefined }, ["name", "Enter the name."]],
    ["a 10 kB name", { name: "x".repeat(10_240) }, ["name", "The name is too long (at most 200 characters)."]],
    ["a name of punctuation only", { name: "--- ." }, ["name", "The name needs at least one letter or digit."]],
    ["a NUL byte in the name", { name: "Zenith\u0000Insurance" }, ["name", /cannot be stored/]],
    ["a broken emoji in the name", { name: "Zenith \ud83d" }, ["name", /cannot be stored/]],
    ["an unknown kind", { kind: "BANK" }, ["kind", "Choose the kind of organization."]],
    ["no kind", { kind: undefined }, ["kind", "Choose the kind of organization."]],
    ["the same alias twice", { aliases: "ZNAT\nznat" }, ["aliases", "“znat” is listed twice."]],
    [
      "the same alias twice, accents aside",
      { aliases: ["Zénith", "Zenith"] },
      ["aliases", "“Zenith” is listed twice."],
    ],
    [
      "an alias repeating the name",
      { aliases: "ZENITH INSURANCE COMPANY" },
      ["aliases", "An other name repeats the name itself; leave it out."],
    ],
    [
      "a 10 kB alias",
      { aliases: "y".repeat(10_240) },
      ["aliases", "An other name is too long (at most 200 characters)."],
    ],
    ["a NUL byte in an alias", { aliases: ["Zen\u0000ith"] }, ["aliases", /cannot be stored/]],
    [
      "an alias of punctuation only",
      { aliases: "Zenith\n..." },
      ["aliases", "“...” needs at least one letter or digit."],
    ],
    [
      "too many aliases",
      { aliases: Array.from({ length: 51 }, (_, i) => `Name ${i}`) },
      ["aliases", "At most 50 other names."],
    ],
    ["aliases of the wrong type", { aliases: 42 }, ["aliases", "Enter the other names as text, one per line."]],
    ["a non-text alias", { aliases: ["ok", 7] }, ["aliases", /text/]],
    [
      "a long identifier",
      { identifier: "1".repeat(41) },
      ["identifier", "The identifier is too long (at most 40 characters)."],
    ],
    ["a NUL byte in the identifier", { identifier: "95\u00001" }, ["identifier", /cannot be stored/]],
    [
      "a parent that is not an id",
      { parentId: "Zenith" },
      ["parentId", "Choose the parent organization from the directory."],
    ],
    ["a 10 kB note", { note: "n".repeat(10_240) }, ["note", "The note is too long (at most 1000 characters)."]],
  ])("%s", (_label, patch, [path, message]) => {
    const issues = issuesOf(patch);
    expect(issues.length).toBeGreaterThan(0);
    const found = issues.find(([p]) => p === path);
    expect(found).toBeDefined();
    if (typeof message === "string") expect(found![1]).toBe(message);
    else expect(found![1]).toMatch(message);
  });

  test.each([null, undefined, "text", 42, []])("not an object: %p", (input) => {
    expect(organizationInput.safeParse(input).success).toBe(false);
  });

  test("an update names the organization by id", () => {
    const result = updateOrganizationInput.safeParse({ ...valid, organizationId: "nope" });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => [i.path.join("."), i.message])).toContainEqual([
      "organizationId",
      "Unknown organization.",
    ]);
  });

  test.each([[undefined], [""], ["not-an-id"]])(
    "an update says what the parent is, an id or null for none: %p is refused",
    (parentId) => {
      const organizationId = "0b6f1f6e-3a1e-4c47-9a55-2f0d8c1e5a10";
      expect(updateOrganizationInput.parse({ ...valid, organizationId, parentId: null }).parentId).toBeNull();
      const refused = updateOrganizationInput.safeParse({ ...valid, organizationId, parentId });
      expect(refused.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
        ["parentId", "Choose the parent organization from the directory, or leave it empty."],
      ]);
    },
  );
});

describe("the directory search query", () => {
  test.each([
    [{}, { page: 1, pageSize: 25 }],
    [
      { q: "  zenith ", kind: "TPA", page: "2", pageSize: "10" },
      { q: "zenith", kind: "TPA", page: 2, pageSize: 10 },
    ],
    [
      { kind: "BANK", page: "-3", pageSize: "100000" },
      { page: 1, pageSize: 25 },
    ],
    [{ q: "z".repeat(5000) }, { page: 1, pageSize: 25 }],
  ])("%p reads as %p", (query, expected) => {
    expect(listOrganizationsQuery.parse(query)).toEqual(expected);
  });

  test.each([
    ["Zénith  INSURANCE", "zenith insurance"],
    ["ÅNGSTRÖM", "angstrom"],
    ["Muñoz", "munoz"],
  ])("%s folds to %s", (name, folded) => {
    expect(foldName(name)).toBe(folded);
  });
});

describe("intake's organizations", () => {
  const application = {
    employeeName: "Jane Doe",
    claimNumber: "WC-1",
    dateOfInjury: "2023-01-10",
    employerName: "Acme",
    claimsAdministratorName: "Golden State Claims",
    requestingPhysicianName: "Robert Chen, MD",
    specialtyCode: "ORTH",
    urDecisionDate: "2023-03-01",
    reviewType: "STANDARD",
    items: ["MRI"],
  };
  const issuesOfCase = (patch: Record<string, unknown>) => {
    const result = createCaseInput.safeParse({ ...application, ...patch });
    return result.success ? [] : result.error.issues.map((issue) => [issue.path.join("."), issue.message]);
  };

  test.each<[string, Record<string, unknown>, [string, string][]]>([
    [
      "a picked entry and the box",
      {
        employerOrganizationId: "0b6f1f6e-3a1e-4c47-9a55-2f0d8c1e5a10",
        facilityName: "Bayview",
        facilityAddToDirectory: "on",
      },
      [],
    ],
    [
      "a directory id that is not an id",
      { employerOrganizationId: "Acme" },
      [["employerOrganizationId", "Choose the organization from the directory again, or type its name."]],
    ],
    [
      "the box without a name",
      { facilityAddToDirectory: "on" },
      [["facilityName", "Enter the facility's name to add it to the directory."]],
    ],
    [
      "an id without a name",
      { manufacturerOrganizationId: "0b6f1f6e-3a1e-4c47-9a55-2f0d8c1e5a10" },
      [["manufacturerName", "Enter the manufacturer's name, or clear the directory choice."]],
    ],
    [
      "a UR reviewer NPI of 9 digits",
      { urReviewerName: "Dr. Ames", urReviewerNpi: "123456789" },
      [["urReviewerNpi", "The UR reviewing physician's NPI must be 10 digits."]],
    ],
    [
      "a UR reviewer NPI without a name",
      { urReviewerNpi: "1234567893" },
      [["urReviewerName", "Enter the UR reviewing physician's name for this NPI."]],
    ],
    [
      "a 10 kB medical group",
      { medicalGroupName: "g".repeat(10_240) },
      [["medicalGroupName", "Medical group is too long (at most 200 characters)."]],
    ],
    [
      "a box that is not a box",
      { employerAddToDirectory: "maybe" },
      [["employerAddToDirectory", "Tick or untick the box."]],
    ],
  ])("%s", (_label, patch, expected) => {
    expect(issuesOfCase(patch)).toEqual(expected);
  });
});
