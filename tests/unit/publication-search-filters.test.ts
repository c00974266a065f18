// The public search's filters from URL parameters: blanks mean "any", values are normalized,
// anything wrong is refused with a message naming the field; and the search snippet's marks.
import { normalizeCaseNumber, publishedSearchInput } from "@/lib/publication/search-filters.ts";
import { MARK_END, MARK_START, snippetParts } from "@/lib/publication/search-snippet.ts";

const parse = (input: Record<string, string>) => publishedSearchInput.safeParse(input);

describe("publishedSearchInput", () => {
  it("reads an empty form as no filter, first page of 20", () => {
    const parsed = parse({ q: "", caseNumber: " ", outcome: "", decidedFrom: "" });
    expect(parsed.success && parsed.data).toEqual({ page: 1, pageSize: 20 });
  });

  it.each<[Record<string, string>, Record<string, unknown>]>([
    [{ q: "  epidural injections " }, { q: "epidural injections" }],
    [{ caseNumber: "cm24-0012345" }, { caseNumber: "CM24-0012345" }],
    [{ caseNumber: "CM24 0012345" }, { caseNumber: "CM24-0012345" }],
    [{ caseNumber: "cm2400123" }, { caseNumber: "CM24-00123" }],
    [{ caseNumber: "CM24" }, { caseNumber: "CM24" }],
    [{ outcome: "PARTIALLY_OVERTURNED" }, { outcome: "PARTIALLY_OVERTURNED" }],
    [{ decision: "UPHELD" }, { decision: "UPHELD" }],
    [
      { decidedFrom: "2025-01-01", decidedTo: "2025-01-01" },
      { decidedFrom: "2025-01-01", decidedTo: "2025-01-01" },
    ],
    [{ specialty: "Orthopaedic Surgery" }, { specialty: "Orthopaedic Surgery" }],
    [
      { category: "Pharmacy", subcategory: "Opioids" },
      { category: "Pharmacy", subcategory: "Opioids" },
    ],
    [
      { page: "3", pageSize: "50" },
      { page: 3, pageSize: 50 },
    ],
  ])("%j is read as %j", (input, expected) => {
    const parsed = parse(input);
    expect(parsed.success).toBe(true);
    expect(parsed.data).toMatchObject(expected);
  });

  it.each<[Record<string, string>, string, string]>([
    [{ caseNumber: "12345" }, "caseNumber", "Enter a case number such as CM24-0012345"],
    [{ caseNumber: "CM24-00123456789" }, "caseNumber", "Enter a case number"],
    [{ caseNumber: "CM24-0012%" }, "caseNumber", "Enter a case number"],
    [{ outcome: "MAYBE" }, "outcome", "Choose an outcome from the list."],
    [{ decision: "PARTIALLY_OVERTURNED" }, "decision", "Choose upheld or overturned."],
    [{ decidedFrom: "01/02/2025" }, "decidedFrom", "YYYY-MM-DD"],
    [{ injuryTo: "2025-02-30" }, "injuryTo", "not a valid date"],
    [{ receivedFrom: "2025-03-01", receivedTo: "2025-02-01" }, "receivedTo", "The end date is before the start date."],
    [{ pageSize: "51" }, "pageSize", "at most 50"],
    [{ pageSize: "0" }, "pageSize", "at least 1"],
    [{ page: "abc" }, "page", "must be a number"],
    [{ page: "1.5" }, "page", "whole number"],
    [{ page: "1001" }, "page", "at most 1000"],
    [{ q: "x".repeat(201) }, "q", "too long"],
  ])("%j is refused on %s", (input, field, message) => {
    const parsed = parse(input);
    expect(parsed.success).toBe(false);
    const issue = parsed.error!.issues.find((i) => i.path.join(".") === field);
    expect(issue?.message).toContain(message);
  });

  it.each([
    ["cm24-0012345", "CM24-0012345"],
    ["CM 24 0012345", "CM24-0012345"],
    ["CM24", "CM24"],
    ["cm2", "CM2"],
  ])("normalizeCaseNumber(%j) = %j", (raw, normalized) => {
    expect(normalizeCaseNumber(raw)).toBe(normalized);
  });
});

describe("snippetParts", () => {
  it("splits a headline into marked and plain parts", () => {
    expect(
      snippetParts(`lumbar ${MARK_START}injections${MARK_END} twice … ${MARK_START}Injection${MARK_END} denied`),
    ).toEqual([
      { text: "lumbar ", mark: false },
      { text: "injections", mark: true },
      { text: " twice … ", mark: false },
      { text: "Injection", mark: true },
      { text: " denied", mark: false },
    ]);
  });

  it("leaves a text without marks whole, and markup in the text as text", () => {
    expect(snippetParts("a <b>bold</b> claim")).toEqual([{ text: "a <b>bold</b> claim", mark: false }]);
    expect(snippetParts("")).toEqual([]);
  });
});
