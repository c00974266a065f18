// Page citations in the reviewer's text (lib/determinations/citations.ts): written by "Cite",
// read back at submit to check the documents-reviewed list.
import { citedDocumentIds, formatCitation, parseCitations } from "@/lib/determinations/citations.ts";

const PTP = { id: "ptp", title: "Primary treating physician's report", documentDate: "2024-03-14T00:00:00.000Z" };
const UR = { id: "ur", title: "UR decision (modified)", documentDate: new Date("2024-04-02T00:00:00.000Z") };
const FAX = { id: "fax", title: "Fax cover sheet", documentDate: null };
const MRI_A = { id: "mri-a", title: "MRI lumbar spine", documentDate: "2024-01-05T00:00:00.000Z" };
const MRI_B = { id: "mri-b", title: "MRI lumbar spine", documentDate: "2024-06-20T00:00:00.000Z" };
const FILE = [PTP, UR, FAX, MRI_A, MRI_B];

test.each([
  [PTP, 7, "(Primary treating physician's report, 03/14/2024, p. 7)"],
  [UR, 1, "(UR decision modified, 04/02/2024, p. 1)"],
  [FAX, 2, "(Fax cover sheet, undated, p. 2)"],
])("formatCitation(%o, %i) is %s", (doc, page, expected) => {
  expect(formatCitation(doc, page)).toBe(expected);
});

test.each<[string, string, [string, number][], number]>([
  ["the reader's own citation", `Pain persists ${formatCitation(PTP, 7)}.`, [["ptp", 7]], 0],
  ["case and spacing differ", "(primary  TREATING physician's report, 03/14/2024, p. 7)", [["ptp", 7]], 0],
  ["a page range keeps its first page", "(Primary treating physician's report, 03/14/2024, pp. 7-9)", [["ptp", 7]], 0],
  ["an en dash range", "(Primary treating physician's report, 03/14/2024, pp. 7–9)", [["ptp", 7]], 0],
  ["a title with parentheses, cited as the reader writes it", formatCitation(UR, 3), [["ur", 3]], 0],
  ["an undated document", "see (Fax cover sheet, undated, p. 1)", [["fax", 1]], 0],
  [
    "two documents of one title told apart by date",
    "(MRI lumbar spine, 06/20/2024, p. 2) and (MRI lumbar spine, 01/05/2024, p. 1)",
    [
      ["mri-b", 2],
      ["mri-a", 1],
    ],
    0,
  ],
  ["the wrong date names no document", "(Primary treating physician's report, 03/15/2024, p. 7)", [], 1],
  ["an unknown title", "(Operative report, 03/14/2024, p. 2)", [], 1],
  ["a parenthesis that is no citation", "(see ACOEM chapter 12, p. 301)", [], 0],
  ["no page is no citation", "(Primary treating physician's report, 03/14/2024)", [], 0],
  [
    "a citation inside a sentence, twice",
    `${formatCitation(PTP, 1)} then ${formatCitation(PTP, 2)}`,
    [
      ["ptp", 1],
      ["ptp", 2],
    ],
    0,
  ],
])("parseCitations: %s", (_name, text, expected, unknown) => {
  const parsed = parseCitations(text, FILE);
  expect(parsed.citations.map((c) => [c.documentId, c.pageNumber])).toEqual(expected);
  expect(parsed.unknown).toHaveLength(unknown);
  for (const c of parsed.citations) expect(text.slice(c.index, c.index + c.text.length)).toBe(c.text);
});

test("citedDocumentIds gathers the documents cited across texts, each once", () => {
  const ids = citedDocumentIds(
    [`A ${formatCitation(PTP, 1)}`, `B ${formatCitation(PTP, 4)} ${formatCitation(FAX, 1)}`, ""],
    FILE,
  );
  expect([...ids].sort()).toEqual(["fax", "ptp"]);
});
