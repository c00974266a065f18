// The new-case form's own check, field by field: the server's schema with the dates read as
// typed; errors that clear once their field is valid and are set when a changed field is
// left; the summary of errors in the order of the form, each naming its field and control.
import {
  applicationErrorSummary,
  applicationFrom,
  fieldIdFor,
  reviseErrors,
  validateApplication,
} from "@/lib/cases/application-form.ts";

const TODAY = "2026-03-15";

const valid = {
  employeeName: "Jane Doe",
  claimNumber: "WC-2023-0042",
  dateOfInjury: "2023-01-10",
  employerName: "Acme Manufacturing",
  claimsAdministratorName: "Golden State Claims",
  requestingPhysicianName: "Robert Chen, MD",
  specialtyCode: "ORTH",
  urDecisionDate: "2026-03-01",
  reviewType: "STANDARD",
  items: [{ description: "MRI lumbar spine" }],
};

const errorsOf = (patch: Record<string, unknown>) => validateApplication({ ...valid, ...patch }, TODAY);

describe("validateApplication: one field at a time", () => {
  it("finds nothing wrong with a valid application", () => {
    expect(errorsOf({})).toEqual({});
  });

  it.each<[string, Record<string, unknown>, Record<string, string[]>]>([
    ["a missing employee name", { employeeName: "" }, { employeeName: ["Employee name is required."] }],
    ["a blank claim number", { claimNumber: "   " }, { claimNumber: ["Claim number is required."] }],
    ["a missing date of injury", { dateOfInjury: "" }, { dateOfInjury: ["Date of injury is required."] }],
    [
      "a date of injury typed in no known way",
      { dateOfInjury: "June 10" },
      { dateOfInjury: ["Date of injury: enter the date as MM/DD/YYYY, for example 06/10/2024."] },
    ],
    [
      "a date of injury that is no day",
      { dateOfInjury: "02/30/2023" },
      { dateOfInjury: ["Date of injury: there is no such day; check the month and the day."] },
    ],
    [
      "a UR decision dated tomorrow (California)",
      { urDecisionDate: "2026-03-16" },
      { urDecisionDate: ["UR decision date cannot be in the future."] },
    ],
    [
      "a date of birth typed for tomorrow",
      { employeeDateOfBirth: "3/16/26" },
      { employeeDateOfBirth: ["Date of birth cannot be in the future."] },
    ],
    [
      "a date of birth with a typo in the year",
      { employeeDateOfBirth: "02/29/1880" },
      { employeeDateOfBirth: ["Date of birth: check the year; enter it with four digits."] },
    ],
    ["a 9-digit NPI", { requestingPhysicianNpi: "123456789" }, { requestingPhysicianNpi: ["NPI must be 10 digits."] }],
    ["no disputed item", { items: [{ description: "  " }] }, { items: ["Enter at least one disputed item."] }],
    [
      "a second item too long",
      { items: [{ description: "MRI" }, { description: "x".repeat(1001) }] },
      { "items.1": ["A disputed item is too long (at most 1000 characters)."] },
    ],
    [
      "e-mail service without an address or consent",
      { employeeServiceMethod: "EMAIL" },
      {
        employeeEmail: ["Employee: enter the e-mail address to serve by e-mail."],
        employeeElectronicConsent: [
          "Employee: electronic service needs the party's consent; tick the box or choose mail.",
        ],
      },
    ],
  ])("%s", (_label, patch, expected) => {
    expect(errorsOf(patch)).toEqual(expected);
  });

  it("reads a date typed as MM/DD/YYYY as the server would read its ISO date", () => {
    expect(errorsOf({ dateOfInjury: "1/10/23" })).toEqual({});
    expect(errorsOf({ dateOfInjury: "01/10/2023", urDecisionDate: "01/09/2023" })).toEqual({
      urDecisionDate: ["UR decision date cannot be before the date of injury."],
    });
  });

  it("today is California's today by the clock unless given", () => {
    expect(validateApplication({ ...valid, urDecisionDate: "2099-01-01" })).toEqual({
      urDecisionDate: ["UR decision date cannot be in the future."],
    });
  });
});

describe("applicationFrom: the form's fields as the use case's input", () => {
  it("sends checkboxes as booleans, items as a list, and a duplicate decision", () => {
    const form = new FormData();
    form.append("employeeName", "Jane Doe");
    form.append("signed", "on");
    form.append("items", "MRI");
    form.append("itemCategory", "");
    form.append("items", "Physical therapy");
    form.append("itemCategory", "0e1c7d0e-7a8b-4a3c-9d8e-111111111111");
    form.append("dupAction", "separate");
    form.append("dupReason", "Another knee.");
    expect(applicationFrom(form)).toEqual({
      employeeName: "Jane Doe",
      signed: true,
      urDecisionAttached: false,
      liabilityDisputed: false,
      expeditedCertified: false,
      items: [
        { description: "MRI", categoryId: undefined },
        { description: "Physical therapy", categoryId: "0e1c7d0e-7a8b-4a3c-9d8e-111111111111" },
      ],
      duplicateDecision: { action: "separate", reason: "Another knee." },
    });
  });
});

describe("reviseErrors: errors clear as fields become valid", () => {
  const shown = { employeeName: ["Employee name is required."], dateOfInjury: ["Date of injury is required."] };

  it("typing in a field clears its error once it is valid, and leaves the others", () => {
    const found = { dateOfInjury: ["Date of injury is required."] };
    expect(reviseErrors(shown, found, "employeeName", "input")).toEqual({
      dateOfInjury: ["Date of injury is required."],
    });
  });

  it("typing never adds an error, nor changes one, while the field is still invalid", () => {
    const found = {
      dateOfInjury: ["Date of injury: enter the date as MM/DD/YYYY, for example 06/10/2024."],
      claimNumber: ["Claim number is required."],
    };
    expect(reviseErrors(shown, found, "dateOfInjury", "input")).toEqual({
      dateOfInjury: ["Date of injury is required."],
    });
  });

  it("leaving a changed field sets its errors afresh", () => {
    const found = {
      dateOfInjury: ["Date of injury: there is no such day; check the month and the day."],
      claimNumber: ["Claim number is required."],
    };
    expect(reviseErrors({}, found, "dateOfInjury", "blur")).toEqual({ dateOfInjury: found.dateOfInjury });
  });

  it("an error that depended on another field clears when that field is fixed", () => {
    const before = { urDecisionDate: ["UR decision date cannot be before the date of injury."] };
    expect(reviseErrors(before, {}, "dateOfInjury", "input")).toEqual({});
  });

  it("an error only the server finds waits for its own field", () => {
    const before = {
      employerOrganizationId: ["The employer chosen is no longer in the directory. Pick it again, or type the name."],
    };
    const serverOnly = new Set(["employerOrganizationId"]);
    expect(reviseErrors(before, {}, "claimNumber", "input", serverOnly)).toEqual(before);
    expect(reviseErrors(before, {}, "employerName", "input", serverOnly)).toEqual({});
  });

  it("typing in any item clears the 'at least one item' error", () => {
    expect(reviseErrors({ items: ["Enter at least one disputed item."] }, {}, "items.1", "input")).toEqual({});
  });
});

describe("the errors summary", () => {
  it("lists the errors in the order of the form, each naming its field, with the control to focus", () => {
    const entries = applicationErrorSummary({
      "items.1": ["A disputed item is too long (at most 1000 characters)."],
      specialtyCode: ["Choose a specialty from the list."],
      employeeName: ["Employee name is required."],
      employerOrganizationId: ["The employer chosen is no longer in the directory. Pick it again, or type the name."],
      requestingPhysicianNpi: ["NPI must be 10 digits."],
      _form: ["Too many fields."],
      empty: [],
    });
    expect(entries).toEqual([
      { key: "employeeName", id: "employeeName", text: "Employee name is required." },
      {
        key: "employerOrganizationId",
        id: "employerName",
        text: "Employer: The employer chosen is no longer in the directory. Pick it again, or type the name.",
      },
      { key: "requestingPhysicianNpi", id: "requestingPhysicianNpi", text: "Physician NPI: NPI must be 10 digits." },
      {
        key: "specialtyCode",
        id: "specialtyCode",
        text: "Specialty that treats the condition: Choose a specialty from the list.",
      },
      { key: "items.1", id: "items-1", text: "Item 2: A disputed item is too long (at most 1000 characters)." },
      { key: "_form", id: "", text: "Too many fields." },
    ]);
  });

  it.each([
    ["employeeName", "employeeName"],
    ["items", "items-0"],
    ["items.3", "items-3"],
    ["claimsAdministratorOrganizationId", "claimsAdministratorName"],
    ["reason", "dupReason"],
    ["employeeElectronicConsent", "employeeElectronicConsent"],
  ])("the error %s is shown by the control #%s", (key, id) => {
    expect(fieldIdFor(key)).toBe(id);
  });
});
