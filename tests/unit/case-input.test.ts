// The IMR application fields intake enters for a new case.
import { jest } from "@jest/globals";
import { createCaseInput, type CreateCaseFormValues } from "@/lib/cases/case-input.ts";

const valid: CreateCaseFormValues = {
  employeeName: "Jane Doe",
  claimNumber: "WC-2023-0042",
  dateOfInjury: "2023-01-10",
  employerName: "Acme Manufacturing",
  claimsAdministratorName: "Golden State Claims",
  requestingPhysicianName: "Robert Chen, MD",
  requestingPhysicianNpi: "1234567893",
  representativeName: "Maria Lopez",
  specialtyCode: "ORTH",
  urDecisionDate: "2023-03-01",
  reviewType: "STANDARD",
  items: ["MRI lumbar spine", "Physical therapy x 12"],
};

const issuesOf = (patch: Record<string, unknown>) => {
  const result = createCaseInput.safeParse({ ...valid, ...patch });
  return result.success ? [] : result.error.issues.map((issue) => [issue.path.join("."), issue.message]);
};

const nextYear = new Date().getUTCFullYear() + 1;

describe("createCaseInput: valid applications", () => {
  it("parses dates to UTC midnight and keeps every field", () => {
    const result = createCaseInput.safeParse(valid);
    expect(result.success).toBe(true);
    expect(result.data).toEqual({
      ...valid,
      dateOfInjury: new Date("2023-01-10T00:00:00.000Z"),
      urDecisionDate: new Date("2023-03-01T00:00:00.000Z"),
      items: (valid.items as string[]).map((description) => ({ description, categoryId: undefined })),
      // Defaults of the form's checkboxes and arrival channel when an API caller omits them.
      arrivalChannel: "ONLINE",
      expeditedCertified: false,
      signed: true,
      urDecisionAttached: true,
      liabilityDisputed: false,
    });
  });

  it("trims text, drops empty items and empty optional fields", () => {
    const result = createCaseInput.safeParse({
      ...valid,
      employeeName: "  Jane Doe  ",
      claimNumber: "\tWC-1 ",
      requestingPhysicianNpi: "   ",
      representativeName: "  ",
      items: ["  MRI lumbar spine ", "", "   ", "Physical therapy"],
    });
    expect(result.success).toBe(true);
    expect(result.data?.employeeName).toBe("Jane Doe");
    expect(result.data?.claimNumber).toBe("WC-1");
    expect(result.data?.requestingPhysicianNpi).toBeUndefined();
    expect(result.data?.representativeName).toBeUndefined();
    expect(result.data?.items.map((item) => item.description)).toEqual(["MRI lumbar spine", "Physical therapy"]);
  });

  it.each<[string, Record<string, unknown>]>([
    ["no representative or NPI at all", { representativeName: undefined, requestingPhysicianNpi: undefined }],
    ["UR decision on the day of injury", { urDecisionDate: "2023-01-10" }],
    ["expedited review with the physician's certification", { reviewType: "EXPEDITED", expeditedCertified: true }],
    ["formulary review", { reviewType: "FORMULARY" }],
    ["exactly 20 items", { items: Array.from({ length: 20 }, (_, i) => `Item ${i + 1}`) }],
    ["a 1000-character item", { items: ["x".repeat(1000)] }],
    ["a 60-character claim number", { claimNumber: "9".repeat(60) }],
    ["a 200-character employee name", { employeeName: "a".repeat(200) }],
    ["leap day", { dateOfInjury: "2020-02-29" }],
  ])("accepts %s", (_label, patch) => {
    expect(issuesOf(patch)).toEqual([]);
  });
});

describe("createCaseInput: invalid applications", () => {
  it.each<[string, Record<string, unknown>, string[][]]>([
    ["missing employee name", { employeeName: undefined }, [["employeeName", "Employee name is required."]]],
    ["blank employee name", { employeeName: "   " }, [["employeeName", "Employee name is required."]]],
    ["missing employer", { employerName: undefined }, [["employerName", "Employer is required."]]],
    ["missing date of injury", { dateOfInjury: undefined }, [["dateOfInjury", "Date of injury is required."]]],
    ["missing UR decision date", { urDecisionDate: undefined }, [["urDecisionDate", "UR decision date is required."]]],
    [
      "impossible month in date of injury",
      { dateOfInjury: "2023-13-01" },
      [["dateOfInjury", "Date of injury is not a valid date."]],
    ],
    [
      "impossible month in UR date",
      { urDecisionDate: "2023-00-10" },
      [["urDecisionDate", "UR decision date is not a valid date."]],
    ],
    [
      "date of injury in the future",
      { dateOfInjury: `${nextYear}-01-01` },
      [
        ["dateOfInjury", "Date of injury cannot be in the future."],
        ["urDecisionDate", "UR decision date cannot be before the date of injury."],
      ],
    ],
    [
      "both dates in the future",
      { dateOfInjury: `${nextYear}-01-01`, urDecisionDate: `${nextYear}-02-01` },
      [
        ["dateOfInjury", "Date of injury cannot be in the future."],
        ["urDecisionDate", "UR decision date cannot be in the future."],
      ],
    ],
    [
      "UR decision before the injury",
      { urDecisionDate: "2023-01-09" },
      [["urDecisionDate", "UR decision date cannot be before the date of injury."]],
    ],
    ["9-digit NPI", { requestingPhysicianNpi: "123456789" }, [["requestingPhysicianNpi", "NPI must be 10 digits."]]],
    ["11-digit NPI", { requestingPhysicianNpi: "12345678901" }, [["requestingPhysicianNpi", "NPI must be 10 digits."]]],
    [
      "NPI with letters",
      { requestingPhysicianNpi: "12345abcde" },
      [["requestingPhysicianNpi", "NPI must be 10 digits."]],
    ],
    ["zero items", { items: [] }, [["items", "Enter at least one disputed item."]]],
    ["only blank items", { items: ["", "  "] }, [["items", "Enter at least one disputed item."]]],
    [
      "21 items",
      { items: Array.from({ length: 21 }, (_, i) => `Item ${i + 1}`) },
      [["items", "At most 20 disputed items."]],
    ],
    [
      "a 1001-character item",
      { items: ["ok", "x".repeat(1001)] },
      [["items.1", "A disputed item is too long (at most 1000 characters)."]],
    ],
    [
      "61-character claim number",
      { claimNumber: "9".repeat(61) },
      [["claimNumber", "Claim number is too long (at most 60 characters)."]],
    ],
    [
      "201-character employee name",
      { employeeName: "a".repeat(201) },
      [["employeeName", "Employee name is too long (at most 200 characters)."]],
    ],
    [
      "21-character specialty",
      { specialtyCode: "S".repeat(21) },
      [["specialtyCode", "Specialty is too long (at most 20 characters)."]],
    ],
    [
      "201-character representative",
      { representativeName: "r".repeat(201) },
      [["representativeName", "Representative is too long (at most 200 characters)."]],
    ],
    [
      "unknown reviewType",
      { reviewType: "URGENT" },
      [["reviewType", "Choose standard, expedited or pharmacy formulary."]],
    ],
    [
      "lower-case reviewType",
      { reviewType: "standard" },
      [["reviewType", "Choose standard, expedited or pharmacy formulary."]],
    ],
  ])("rejects %s", (_label, patch, expected) => {
    expect(issuesOf(patch)).toEqual(expected);
  });
});

describe("dates that are empty, malformed or impossible are field errors, not crashes", () => {
  it.each([
    [{ dateOfInjury: "" }, "dateOfInjury", "Date of injury is required."],
    [{ urDecisionDate: "" }, "urDecisionDate", "UR decision date is required."],
    [{ dateOfInjury: "01/02/2023" }, "dateOfInjury", "Date of injury must be a date (YYYY-MM-DD)."],
    [{ dateOfInjury: "2023-02-30" }, "dateOfInjury", "Date of injury is not a valid date."],
  ])("%j", (patch, path, message) => {
    const result = createCaseInput.safeParse({ ...valid, ...patch });
    expect(result.success).toBe(false);
    expect(result.error!.issues.filter((i) => i.path.join(".") === path).map((i) => i.message)).toEqual([message]);
  });
});

describe("the fields of the DWC Form IMR", () => {
  it.each([
    ["an expedited review without the physician's certification", { reviewType: "EXPEDITED" }, "expeditedCertified"],
    ["a UR decision served before its date", { urDecisionServedOn: "2023-02-01" }, "urDecisionServedOn"],
    ["a UR decision served in the future", { urDecisionServedOn: `${nextYear}-01-01` }, "urDecisionServedOn"],
    ["a date of birth after the injury", { employeeDateOfBirth: "2023-06-01" }, "employeeDateOfBirth"],
    ["an unknown service method", { urServiceMethod: "PIGEON" }, "urServiceMethod"],
    ["an unknown UR decision kind", { urDecisionKind: "MAYBE" }, "urDecisionKind"],
    ["an arrival in the future", { receivedAt: new Date(Date.now() + 86_400_000).toISOString() }, "receivedAt"],
    ["an item category that is not an id", { items: [{ description: "MRI", categoryId: "mri" }] }, "items.0"],
  ])("%s is a field error", (_label, patch, path) => {
    const result = createCaseInput.safeParse({ ...valid, ...patch });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join("."))).toContain(path);
  });

  it("reads checkboxes sent as true/false text by the form", () => {
    const result = createCaseInput.parse({
      ...valid,
      signed: "false",
      urDecisionAttached: "true",
      liabilityDisputed: "on",
    });
    expect([result.signed, result.urDecisionAttached, result.liabilityDisputed]).toEqual([false, true, true]);
  });
});

describe("a date is in the future when it is after today in California", () => {
  afterEach(() => jest.useRealTimers());

  // 11:30 pm on December 4 in California is already December 5 in UTC
  it.each([
    ["2026-12-04", []],
    [
      "2026-12-05",
      [
        ["dateOfInjury", "Date of injury cannot be in the future."],
        ["urDecisionDate", "UR decision date cannot be before the date of injury."],
      ],
    ],
  ])("date of injury %s", (dateOfInjury, expected) => {
    jest.useFakeTimers({ now: new Date("2026-12-05T07:30:00Z") });
    expect(issuesOf({ dateOfInjury, urDecisionDate: "2026-12-04" })).toEqual(expected);
  });
});
