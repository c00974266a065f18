// Audit payloads in plain words (lib/audit-viewer/audit-details.ts), table-driven: instants in
// California time, calendar dates in words, hashes shortened and labelled, codes in words,
// record ids left out, people and organisations named and linked when known.
import { auditDetails, detailsText, namedIds } from "@/lib/audit-viewer/audit-details.ts";

const REVIEWER = "0ac9ffb8-2ef3-440c-a0c5-1f3c1fbc642e";
const USER = "1bd9ffb8-2ef3-440c-a0c5-1f3c1fbc642f";
const ORG = "2ce9ffb8-2ef3-440c-a0c5-1f3c1fbc6430";
const names = {
  reviewers: new Map([[REVIEWER, "Dr. Priya Raman"]]),
  users: new Map([[USER, "Adam Admin"]]),
  organizations: new Map([[ORG, "Pacific Mutual Insurance Company"]]),
};

test.each<[string, unknown, string]>([
  [
    "an instant as California date and time (the last moment of a day, UTC)",
    { dueAt: "2027-01-06T07:59:59.999Z" },
    "Due: 01/05/2027, 11:59 PM",
  ],
  ["summer time", { recordsCompleteAt: "2026-07-04T19:00:00.000Z" }, "Records complete: 07/04/2026, 12:00 PM"],
  [
    "a calendar date in words",
    { startsOn: "2031-01-05", endsOn: "2031-01-09" },
    "From: January 5, 2031; To: January 9, 2031",
  ],
  [
    "hashes shortened and labelled",
    { sha256: "AB".repeat(32), pdfSha256: "cd".repeat(32) },
    "Fingerprint (SHA-256): abababababab…; PDF fingerprint (SHA-256): cdcdcdcdcdcd…",
  ],
  [
    "record ids left out",
    { assignmentId: REVIEWER, determinationId: USER, letterId: ORG, reason: "Conflict found after the offer." },
    "Reason: Conflict found after the offer.",
  ],
  [
    "an offer in words",
    {
      reviewerId: REVIEWER,
      method: "MANUAL",
      score: 85,
      override: false,
      candidates: 3,
      reason: "Top-ranked candidate",
    },
    "Reviewer: Dr. Priya Raman; How chosen: by an administrator; Score: 85; Chosen over the top-ranked candidate: no; Qualified candidates: 3; Reason: Top-ranked candidate",
  ],
  ["a person no longer known", { userId: "9ce9ffb8-2ef3-440c-a0c5-1f3c1fbc6430" }, "User: a former user"],
  [
    "roles and codes in words",
    { userId: USER, from: "INTAKE", to: "ADMIN", sessionVersion: 4 },
    "User: Adam Admin; From: Intake; To: Admin",
  ],
  [
    "document kinds and sizes",
    { documentId: REVIEWER, kind: "MEDICAL_REPORT", byteSize: 250_880, pageCount: 12, scanner: null },
    "Kind: Medical report; Size: 245.0 KB; Pages: 12",
  ],
  [
    "organisation kinds keep their abbreviations",
    { organizationId: ORG, kind: "UR_ORGANIZATION", parentId: null },
    "Organisation: Pacific Mutual Insurance Company; Kind: UR organization",
  ],
  [
    "specialty codes as they are",
    { specialtyCode: "PMR", similarCode: "PAIN" },
    "Specialty: PMR; Similar specialty: PAIN",
  ],
  ["party roles", { partyRole: "REQUESTING_PHYSICIAN", expiresAt: null }, "Party: Requesting physician"],
  [
    "lists and nested values",
    { reasons: ["Filed late", "No UR decision"], filters: { action: "case.created", from: "2026-01-01" } },
    "Reasons: Filed late, No UR decision; Filters: action case.created, from January 1, 2026",
  ],
  ["an empty list", { addedItems: [] }, "Items added: none"],
  [
    "changed fields, before and after",
    {
      changes: [
        { field: "claimNumber", label: "Claim number", before: "A-1", after: "A-2" },
        { field: "signed", label: "Signed", before: false, after: true },
        { field: "x", before: null, after: "2027-01-05" },
      ],
    },
    "Changes: Claim number: A-1 → A-2, Signed: no → yes, X: empty → January 5, 2027",
  ],
  ["long text clipped", { reason: `${"word ".repeat(60)}end` }, `Reason: ${"word ".repeat(60).slice(0, 159)}…`],
  [
    "a sign-in failure",
    { email: "a@b.c", reason: "totp", waitSeconds: 4, waitBy: "account", unlockLink: REVIEWER },
    "E-mail: a@b.c; Reason: wrong authentication code; Wait (seconds): 4; Wait set per: account",
  ],
  [
    "fields without words of their own",
    { note: "seed 3", qaReviewId: USER, flagsOverrideCount: 2 },
    "Note: seed 3; Flags override count: 2",
  ],
  ["no payload", null, ""],
  ["an empty payload", {}, ""],
])("%s", (_label, payload, text) => {
  expect(detailsText(auditDetails(payload, names))).toBe(text);
});

test("people and organisations link to their pages", () => {
  expect(auditDetails({ reviewerId: REVIEWER, approvedById: USER, organizationId: ORG }, names)).toEqual([
    { label: "Reviewer", text: "Dr. Priya Raman", href: `/admin/reviewers/${REVIEWER}` },
    { label: "Approved by", text: "Adam Admin", href: `/admin/users/${USER}` },
    { label: "Organisation", text: "Pacific Mutual Insurance Company", href: `/admin/organizations/${ORG}` },
  ]);
  expect(
    namedIds({
      reviewerId: REVIEWER,
      userId: USER,
      approvedById: USER,
      parentId: ORG,
      assignmentId: REVIEWER,
      note: "x",
    }),
  ).toEqual({
    users: [USER, USER],
    reviewers: [REVIEWER],
    organizations: [ORG],
  });
});

test("no raw instant, hash or id is left in the words of a withdrawal or an issued letter", () => {
  const text = detailsText([
    ...auditDetails(
      { assignmentId: USER, reviewerId: REVIEWER, reason: "No answer.", offeredAt: "2027-01-06T07:59:59.999Z" },
      names,
    ),
    ...auditDetails(
      {
        determinationId: USER,
        letterId: ORG,
        sha256: "f".repeat(64),
        version: 1,
        partyCodesExpireAt: "2027-07-01T06:59:59.000Z",
        approvedById: USER,
      },
      names,
    ),
  ]);
  expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T|[0-9a-f]{8}-[0-9a-f]{4}|[0-9a-f]{13,}/i);
  expect(text).toContain("Offered: 01/05/2027, 11:59 PM");
  expect(text).toContain("Party access codes expire: 06/30/2027, 11:59 PM");
});
