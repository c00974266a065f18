// The wording of the letter's new parts, as plain text: the itemized DOCUMENTS REVIEWED
// list, WHAT HAPPENS NEXT (Labor Code 4610.6, 8 CCR 9792.10.7), the amended and draft titles,
// and the order of the blocks.
import type { LetterItem, LetterModel } from "@/lib/determinations/letter/letter-model.ts";
import { letterBlocks } from "@/lib/determinations/letter/letter-blocks.ts";
import {
  amendmentNotice,
  describeDocument,
  documentTitle,
  HEADINGS,
  LETTER_TITLE,
  letterTitle,
  runningTitle,
} from "@/lib/determinations/letter/letter-text.ts";
import { APPEAL_GROUNDS, nextSteps } from "@/lib/determinations/letter/next-steps.ts";
import { sampleLetter } from "./sample-letter.ts";

const ORG = "MAXIMUS Federal Services";
const item = (number: number, decision: LetterItem["decision"]): LetterItem => ({
  ...sampleLetter().items[0],
  number,
  decision,
});
const headings = (model: LetterModel) => letterBlocks(model).flatMap((b) => (b.kind === "heading" ? [b.text] : []));

describe("describeDocument", () => {
  it.each([
    [{ title: "PR-2 report", date: "07/03/2013", pages: 6 }, "PR-2 report, dated 07/03/2013 (6 pages)"],
    [
      { title: "Utilization review determination", date: "07/09/2013", pages: 1 },
      "Utilization review determination, dated 07/09/2013 (1 page)",
    ],
    [
      { title: "Request for authorization", date: "07/03/2013", pages: null },
      "Request for authorization, dated 07/03/2013",
    ],
    [{ title: " Other medical records ", date: null, pages: 185 }, "Other medical records (185 pages)"],
    [{ title: "Fax cover sheet", date: null, pages: null }, "Fax cover sheet"],
  ])("%j", (doc, line) => {
    expect(describeDocument(doc)).toBe(line);
  });
});

describe("nextSteps", () => {
  it("tells the claims administrator to authorize an overturned service within 5 working days", () => {
    const [first] = nextSteps({ organizationName: ORG, items: [item(1, "Overturned")] }).paragraphs;
    expect(first).toBe(
      "Overturned (item 1): the physician reviewer found the service that was overturned medically necessary. " +
        "The claims administrator must authorize it within 5 working days of receiving this determination, or sooner if " +
        "the employee's medical condition requires it, and must tell the employee and the requesting physician that it " +
        "has done so. If the treatment has already been provided, the claims administrator must reimburse the provider " +
        "or the employee within 20 days of receiving this determination (Labor Code section 4610.6; California Code of " +
        "Regulations, title 8, section 9792.10.7).",
    );
  });

  it("says the denial stands when every item is upheld", () => {
    const steps = nextSteps({ organizationName: ORG, items: [item(1, "Upheld"), item(2, "Upheld")] });
    expect(steps.paragraphs[0]).toBe(
      "The utilization review decision stands: the disputed treatments are not medically necessary and not authorized.",
    );
    expect(steps.paragraphs.join(" ")).not.toMatch(/authorize (it|them) within/);
  });

  it("names the items of each decision when they differ", () => {
    const steps = nextSteps({
      organizationName: ORG,
      items: [item(1, "Overturned"), item(2, "Upheld"), item(3, "Overturned")],
    });
    expect(steps.paragraphs[0]).toMatch(
      /^Overturned \(items 1 and 3\): the physician reviewer found the services that were overturned medically necessary\. The claims administrator must authorize them within 5 working days/,
    );
    expect(steps.paragraphs[1]).toBe(
      "Upheld (item 2): the utilization review decision stands: the disputed treatment is not medically necessary and not authorized.",
    );
  });

  it("always explains that the determination binds unless appealed to the WCAB within 30 days, on five grounds only", () => {
    for (const items of [[item(1, "Overturned")], [item(1, "Upheld")]]) {
      const steps = nextSteps({ organizationName: ORG, items });
      expect(steps.paragraphs.slice(-2)).toEqual([
        "This determination by MAXIMUS Federal Services is the final determination of the Administrative Director of the Division of Workers' Compensation. It is final and binding on all parties unless it is appealed.",
        "Either party may appeal this determination to the Workers' Compensation Appeals Board (WCAB) by filing a verified appeal with the WCAB, and serving it on all other parties, within 30 days of the date this determination was mailed (Labor Code section 4610.6(h)). An appeal may be based only on one or more of these grounds:",
      ]);
      expect(steps.grounds).toEqual([...APPEAL_GROUNDS]);
    }
    expect(APPEAL_GROUNDS).toHaveLength(5);
    expect(APPEAL_GROUNDS.join(" ")).toMatch(
      /fraud.*conflict of interest.*bias on the basis of race.*plainly erroneous.*ordinary knowledge/,
    );
  });
});

describe("titles and the amendment notice", () => {
  const amended: LetterModel = {
    ...sampleLetter(),
    amendment: { version: 2, reason: "Corrected the date of injury", originalIssuedOn: "August 13, 2013" },
  };

  it("leaves an original letter as it was", () => {
    const model = sampleLetter();
    expect([letterTitle(model), runningTitle(model), documentTitle(model), amendmentNotice(model)]).toEqual([
      LETTER_TITLE,
      LETTER_TITLE,
      "IMR Final Determination CM13-0001234",
      null,
    ]);
  });

  it("marks an amended letter and says what it replaces and why", () => {
    expect(letterTitle(amended)).toBe("Independent Medical Review AMENDED Final Determination (version 2)");
    expect(runningTitle(amended)).toBe("Independent Medical Review Amended Final Determination");
    expect(documentTitle(amended)).toBe("IMR Amended Final Determination CM13-0001234 (version 2)");
    expect(amendmentNotice(amended)).toBe(
      "This amended determination replaces the determination issued on August 13, 2013. Reason for the amendment: Corrected the date of injury.",
    );
  });

  it("treats a version 1 amendment as the original letter", () => {
    const v1 = { ...amended, amendment: { ...amended.amendment!, version: 1 } };
    expect([letterTitle(v1), amendmentNotice(v1)]).toEqual([LETTER_TITLE, null]);
  });

  it("prefixes the document title of a draft", () => {
    expect(documentTitle({ ...sampleLetter(), draft: true })).toBe("DRAFT IMR Final Determination CM13-0001234");
    expect(documentTitle({ ...amended, draft: true })).toBe(
      "DRAFT IMR Amended Final Determination CM13-0001234 (version 2)",
    );
  });
});

describe("letterBlocks", () => {
  const all = [HEADINGS.howMade, HEADINGS.summary, HEADINGS.documents, HEADINGS.issues, HEADINGS.nextSteps];

  it("places DOCUMENTS REVIEWED between the summary and the issues, and WHAT HAPPENS NEXT last", () => {
    expect(headings(sampleLetter())).toEqual(all);
  });

  it("leaves DOCUMENTS REVIEWED out when the model has no list", () => {
    const { documentsReviewed: _, ...older } = sampleLetter();
    expect(headings(older)).toEqual(all.filter((h) => h !== HEADINGS.documents));
  });
});
