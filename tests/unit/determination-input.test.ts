// What a reviewer writes: a draft may be incomplete, a submission must be complete.
import {
  MIN_RATIONALE_LENGTH,
  MIN_SUMMARY_LENGTH,
  NOT_RELEVANT_REASON_REQUIRED,
  determinationDraftInput,
  determinationSubmission,
  documentAccountProblems,
} from "@/lib/determinations/determination-input.ts";

const CASE_ID = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";
const ITEM_1 = "9b2c6a1e-2d3f-4c5b-8a7d-1e2f3a4b5c6d";
const ITEM_2 = "0d8e7f6a-5b4c-4d3e-9f2a-1b0c9d8e7f6a";

const SUMMARY = "The injured worker is a 45-year-old with chronic low back pain after a lifting injury.";
const RATIONALE = "Guideline criteria are met: six weeks of failed conservative care are documented.";

const completeItem = (disputedItemId = ITEM_1) => ({
  disputedItemId,
  decision: "OVERTURNED" as "UPHELD" | "OVERTURNED" | null,
  claimsAdminGuideline: "MTUS ACOEM Low Back Disorders",
  reviewerGuideline: "MTUS ACOEM Low Back Disorders, MRI section",
  rationale: RATIONALE,
});
const emptyItem = (disputedItemId = ITEM_2) => ({
  disputedItemId,
  decision: null,
  claimsAdminGuideline: "",
  reviewerGuideline: "",
  rationale: "",
});

const complete = {
  caseId: CASE_ID,
  revision: 0,
  clinicalSummary: SUMMARY,
  items: [completeItem(), { ...completeItem(ITEM_2), decision: "UPHELD" as const }],
};

const issuesOf = (schema: typeof determinationDraftInput | typeof determinationSubmission, input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => [issue.path.join("."), issue.message]);
};

describe("determinationDraftInput", () => {
  it.each<[string, unknown]>([
    [
      "an empty draft with null decisions",
      { caseId: CASE_ID, revision: 0, clinicalSummary: "", items: [emptyItem(ITEM_1), emptyItem(ITEM_2)] },
    ],
    [
      "one item done, one not",
      { caseId: CASE_ID, revision: 0, clinicalSummary: "Started.", items: [completeItem(), emptyItem()] },
    ],
    [
      "a short rationale",
      {
        caseId: CASE_ID,
        revision: 0,
        clinicalSummary: "",
        items: [{ ...emptyItem(), decision: "UPHELD", rationale: "tbd" }],
      },
    ],
    ["a complete determination", complete],
  ])("accepts %s", (_label, input) => {
    expect(issuesOf(determinationDraftInput, input)).toEqual([]);
  });

  it("trims text", () => {
    const result = determinationDraftInput.parse({
      caseId: CASE_ID,
      revision: 0,
      clinicalSummary: "  draft  ",
      items: [{ ...emptyItem(), rationale: " why \n" }],
    });
    expect(result.clinicalSummary).toBe("draft");
    expect(result.items[0]).toEqual({ ...emptyItem(), guidelineId: null, rationale: "why" });
  });

  it.each<[string, unknown, string[][]]>([
    ["a case id that is not a UUID", { ...complete, caseId: "case-1" }, [["caseId", "Unknown case."]]],
    [
      "an item id that is not a UUID",
      { ...complete, items: [{ ...emptyItem(), disputedItemId: "x" }] },
      [["items.0.disputedItemId", "Unknown disputed item."]],
    ],
    [
      "an unknown decision",
      { ...complete, items: [{ ...emptyItem(), decision: "MAYBE" }] },
      [["items.0.decision", "Choose Upheld or Overturned."]],
    ],
    [
      "a 2001-character guideline",
      { ...complete, items: [{ ...emptyItem(), reviewerGuideline: "g".repeat(2001) }] },
      [["items.0.reviewerGuideline", "At most 2000 characters."]],
    ],
    [
      "a 20001-character summary",
      { ...complete, clinicalSummary: "s".repeat(20001) },
      [["clinicalSummary", "At most 20000 characters."]],
    ],
  ])("rejects %s", (_label, input, expected) => {
    expect(issuesOf(determinationDraftInput, input)).toEqual(expected);
  });

  it.each([
    ["no items", []],
    ["21 items", Array.from({ length: 21 }, () => emptyItem())],
  ])("rejects %s", (_label, items) => {
    expect(issuesOf(determinationDraftInput, { ...complete, items }).map(([path]) => path)).toEqual(["items"]);
  });
});

describe("determinationSubmission", () => {
  it("accepts a complete determination", () => {
    expect(issuesOf(determinationSubmission, complete)).toEqual([]);
  });

  it("accepts a rationale and summary of exactly the minimum length", () => {
    const input = {
      ...complete,
      clinicalSummary: "s".repeat(MIN_SUMMARY_LENGTH),
      items: [{ ...completeItem(), rationale: "r".repeat(MIN_RATIONALE_LENGTH) }],
    };
    expect(issuesOf(determinationSubmission, input)).toEqual([]);
  });

  it("requires both minimums to be 40 characters", () => {
    expect([MIN_SUMMARY_LENGTH, MIN_RATIONALE_LENGTH]).toEqual([40, 40]);
  });

  const SHORT_SUMMARY = "Write the clinical case summary (at least 40 characters).";
  const SHORT_RATIONALE = "Write the decision rationale (at least 40 characters).";

  it.each<[string, Record<string, unknown>, number, string[][]]>([
    ["a missing decision", { decision: null }, 0, [["items.0.decision", "Choose Upheld or Overturned."]]],
    [
      "a missing decision on the second item",
      { decision: null },
      1,
      [["items.1.decision", "Choose Upheld or Overturned."]],
    ],
    [
      "an empty claims administrator guideline",
      { claimsAdminGuideline: "" },
      0,
      [["items.0.claimsAdminGuideline", "Enter the claims administrator's guideline."]],
    ],
    [
      "a blank reviewer guideline",
      { reviewerGuideline: "   " },
      1,
      [["items.1.reviewerGuideline", "Cite the guideline your decision is based on."]],
    ],
    ["a 39-character rationale", { rationale: "r".repeat(39) }, 0, [["items.0.rationale", SHORT_RATIONALE]]],
    [
      "a rationale padded with spaces",
      { rationale: `  ${"r".repeat(39)}   ` },
      0,
      [["items.0.rationale", SHORT_RATIONALE]],
    ],
  ])("rejects %s", (_label, patch, index, expected) => {
    const items = complete.items.map((item, i) => (i === index ? { ...item, ...patch } : item));
    expect(issuesOf(determinationSubmission, { ...complete, items })).toEqual(expected);
  });

  it.each([
    ["a 39-character summary", "s".repeat(39)],
    ["an empty summary", ""],
  ])("rejects %s", (_label, clinicalSummary) => {
    expect(issuesOf(determinationSubmission, { ...complete, clinicalSummary })).toEqual([
      ["clinicalSummary", SHORT_SUMMARY],
    ]);
  });

  it("reports every missing part of an empty draft", () => {
    expect(
      issuesOf(determinationSubmission, { caseId: CASE_ID, revision: 0, clinicalSummary: "", items: [emptyItem()] }),
    ).toEqual([
      ["clinicalSummary", SHORT_SUMMARY],
      ["items.0.decision", "Choose Upheld or Overturned."],
      ["items.0.claimsAdminGuideline", "Enter the claims administrator's guideline."],
      ["items.0.reviewerGuideline", "Cite the guideline your decision is based on."],
      ["items.0.rationale", SHORT_RATIONALE],
    ]);
  });
});

describe("revisions, documents reviewed and citations", () => {
  it.each<[string, unknown, string]>([
    ["a missing revision", { ...complete, revision: undefined }, "revision"],
    ["a negative revision", { ...complete, revision: -1 }, "revision"],
    ["a fractional revision", { ...complete, revision: 1.5 }, "revision"],
    [
      "a document id that is not an id",
      { ...complete, documents: [{ documentId: "x", account: "REVIEWED" }] },
      "documents.0.documentId",
    ],
    [
      "a guideline id that is not an id",
      { ...complete, items: [{ ...completeItem(), guidelineId: "x" }] },
      "items.0.guidelineId",
    ],
  ])("rejects %s", (_label, input, path) => {
    expect(issuesOf(determinationDraftInput, input).map(([p]) => p)).toContain(path);
  });

  it("defaults to no documents accounted for and no picked guideline", () => {
    const parsed = determinationDraftInput.parse(complete);
    expect(parsed.documents).toEqual([]);
    expect(parsed.items.map((i) => i.guidelineId)).toEqual([null, null]);
  });
});

describe("the account of each document of the case file", () => {
  const DOC_1 = "5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
  const DOC_2 = "6b2c3d4e-5f6a-4b7c-9d8e-0f1a2b3c4d5e";
  const reviewed = (documentId = DOC_1) => ({ documentId, account: "REVIEWED" });
  const notRelevant = (reason: string, documentId = DOC_2) => ({ documentId, account: "NOT_RELEVANT", reason });
  const withDocuments = (documents: unknown) => ({ ...complete, documents });

  it("a draft may set a document aside before its reason is written, and leave documents out", () => {
    const parsed = determinationDraftInput.parse(withDocuments([notRelevant("")]));
    expect(parsed.documents).toEqual([{ documentId: DOC_2, account: "NOT_RELEVANT", reason: "", unopenedReason: "" }]);
    expect(issuesOf(determinationDraftInput, withDocuments([{ documentId: DOC_2, account: "NOT_RELEVANT" }]))).toEqual(
      [],
    );
  });

  it("a submission accepts reviewed documents and documents set aside with a reason; reasons are trimmed", () => {
    const parsed = determinationSubmission.parse(
      withDocuments([reviewed(), notRelevant("  Duplicate of the PR-2 report.  ")]),
    );
    expect(parsed.documents).toEqual([
      { documentId: DOC_1, account: "REVIEWED", reason: "", unopenedReason: "" },
      { documentId: DOC_2, account: "NOT_RELEVANT", reason: "Duplicate of the PR-2 report.", unopenedReason: "" },
    ]);
  });

  it("the reason a document marked reviewed was never opened is kept, trimmed", () => {
    const parsed = determinationSubmission.parse(
      withDocuments([{ ...reviewed(), unopenedReason: "  Read in the printed file.  " }]),
    );
    expect(parsed.documents[0].unopenedReason).toBe("Read in the printed file.");
  });

  it.each([
    ["no reason", undefined],
    ["an empty reason", ""],
    ["a blank reason", "      "],
    ["a 4-character reason", "dupl"],
    ["a 4-character reason padded with spaces", "  dupl \n"],
  ])("a submission refuses a document set aside with %s", (_label, reason) => {
    const document = reason === undefined ? { documentId: DOC_2, account: "NOT_RELEVANT" } : notRelevant(reason);
    expect(issuesOf(determinationSubmission, withDocuments([reviewed(), document]))).toEqual([
      ["documents.1.reason", NOT_RELEVANT_REASON_REQUIRED],
    ]);
  });

  it("a reason of exactly 5 and of 500 characters is accepted, 501 is not (draft or submission)", () => {
    expect(issuesOf(determinationSubmission, withDocuments([notRelevant("dupl.")]))).toEqual([]);
    expect(issuesOf(determinationSubmission, withDocuments([notRelevant("r".repeat(500))]))).toEqual([]);
    expect(issuesOf(determinationDraftInput, withDocuments([notRelevant("r".repeat(501))]))).toEqual([
      ["documents.0.reason", "At most 500 characters."],
    ]);
    expect(issuesOf(determinationSubmission, withDocuments([notRelevant("r".repeat(501))]))).toEqual([
      ["documents.0.reason", "At most 500 characters."],
    ]);
  });

  it("a reviewed document needs no reason", () => {
    expect(issuesOf(determinationSubmission, withDocuments([{ ...reviewed(), reason: "" }]))).toEqual([]);
  });

  it.each<[string, unknown, string[][]]>([
    [
      "an unknown account",
      [{ documentId: DOC_1, account: "SKIMMED" }],
      [["documents.0.account", "Choose Reviewed or Not relevant."]],
    ],
    ["a missing account", [{ documentId: DOC_1 }], [["documents.0.account", "Choose Reviewed or Not relevant."]]],
    [
      "a document listed twice",
      [reviewed(), notRelevant("Duplicate copy.", DOC_1)],
      [["documents.1.documentId", "This document is listed twice."]],
    ],
    [
      "a list of plain ids (the former shape)",
      [DOC_1],
      [["documents.0", "Invalid input: expected object, received string"]],
    ],
  ])("draft and submission refuse %s", (_label, documents, expected) => {
    expect(issuesOf(determinationDraftInput, withDocuments(documents))).toEqual(expected);
    expect(issuesOf(determinationSubmission, withDocuments(documents))).toEqual(expected);
  });

  it("refuses more than 500 documents", () => {
    const many = Array.from({ length: 501 }, () => reviewed(crypto.randomUUID()));
    expect(issuesOf(determinationDraftInput, withDocuments(many)).map(([path]) => path)).toEqual(["documents"]);
  });

  describe("documentAccountProblems", () => {
    const caseFile = [
      { id: DOC_1, title: "PR-2 report" },
      { id: DOC_2, title: "UR decision" },
    ];
    const parse = (documents: unknown) => determinationDraftInput.parse(withDocuments(documents)).documents;

    it("is empty when every document is reviewed or set aside with a reason", () => {
      expect(
        documentAccountProblems(caseFile, parse([reviewed(), notRelevant("Duplicate of the UR letter.")])),
      ).toEqual([]);
      expect(documentAccountProblems([], [])).toEqual([]);
    });

    it("names each document not accounted for, and each set aside without a reason, in the case file's order", () => {
      expect(documentAccountProblems(caseFile, parse([notRelevant(" no ")]))).toEqual([
        {
          documentId: DOC_1,
          title: "PR-2 report",
          message: "“PR-2 report” is not accounted for: mark it Reviewed or Not relevant.",
        },
        {
          documentId: DOC_2,
          title: "UR decision",
          message: "“UR decision” is marked not relevant without a reason: state why (at least 5 characters).",
        },
      ]);
    });

    it("ignores accounts of documents outside the case file (the save refuses them)", () => {
      expect(documentAccountProblems(caseFile.slice(0, 1), parse([reviewed(), notRelevant("")]))).toEqual([]);
    });
  });
});
