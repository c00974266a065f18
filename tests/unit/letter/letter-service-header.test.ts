// The letter as a legal document: its date is the California date of issue (late evening and
// both daylight-saving changes), its first page names the dispute and the outcome of each
// item, every document of the case file is accounted for, and the proof of service gives each
// party's method and last day to appeal (30 days, 35 by mail, moved off weekends and holidays).
import { formatCaliforniaLongDate } from "@/lib/format/dates.ts";
import { letterBlocks } from "@/lib/determinations/letter/letter-blocks.ts";
import type { LetterModel } from "@/lib/determinations/letter/letter-model.ts";
import {
  appealDeadline,
  buildService,
  effectiveServiceMethod,
  servedParty,
  type PartyForService,
} from "@/lib/determinations/letter/proof-of-service.ts";
import { renderNoticePdf } from "@/lib/notices/notice-document.tsx";
import { renderLetterPdf } from "@/lib/determinations/letter/render-letter.tsx";
import { NO_OTHER_DOCUMENTS, describeNoticeService, overallOutcome } from "@/lib/determinations/letter/letter-text.ts";
import { readPdf } from "../../support/pdf-text.ts";
import { sampleLetter } from "./sample-letter.ts";

describe("the California date of an instant", () => {
  it.each([
    ["2026-12-05T07:30:00Z", "December 4, 2026", "11:30 pm on a winter Friday (PST) is still Friday"],
    ["2026-12-05T00:30:00Z", "December 4, 2026", "4:30 pm PST, when the UTC day has already turned"],
    ["2026-03-08T07:30:00Z", "March 7, 2026", "11:30 pm the evening before daylight time starts"],
    ["2026-03-09T06:30:00Z", "March 8, 2026", "11:30 pm (PDT) on the day daylight time starts"],
    ["2026-11-01T06:30:00Z", "October 31, 2026", "11:30 pm (PDT) the evening before standard time returns"],
    ["2026-11-02T07:30:00Z", "November 1, 2026", "11:30 pm (PST) on the day standard time returns"],
    ["2026-07-01T07:00:00Z", "July 1, 2026", "midnight in summer"],
  ])("%s is %s (%s)", (instant, expected) => {
    expect(formatCaliforniaLongDate(new Date(instant))).toBe(expected);
  });
});

const party = (over: Partial<PartyForService> = {}): PartyForService => ({
  role: "Employee",
  name: "Maria Lopez",
  address: "12 Elm St, Fresno, CA 93701",
  email: "maria@example.com",
  serviceMethod: "MAIL",
  electronicServiceConsent: false,
  ...over,
});

describe("how a party is served", () => {
  it.each<[Partial<PartyForService>, string]>([
    [{ serviceMethod: "MAIL" }, "MAIL"],
    [{ serviceMethod: "EMAIL", electronicServiceConsent: true }, "EMAIL"],
    [{ serviceMethod: "EMAIL", electronicServiceConsent: false }, "MAIL"],
    [{ serviceMethod: "EMAIL", electronicServiceConsent: true, email: null }, "MAIL"],
    [{ serviceMethod: "EMAIL", electronicServiceConsent: true, email: "  " }, "MAIL"],
    [{ serviceMethod: "PORTAL", electronicServiceConsent: true }, "PORTAL"],
    [{ serviceMethod: "PORTAL", electronicServiceConsent: false }, "MAIL"],
  ])("%o is served by %s", (over, method) => {
    expect(effectiveServiceMethod(party(over))).toBe(method);
  });
});

describe("the last day to appeal", () => {
  it.each<[string, "MAIL" | "EMAIL" | "PORTAL", string, string]>([
    // Friday Dec 4, 2026 at 11:30 pm in California: served on the 4th.
    ["2026-12-05T07:30:00Z", "EMAIL", "2027-01-04", "30 days is Sunday Jan 3: moved to Monday"],
    ["2026-12-05T07:30:00Z", "MAIL", "2027-01-08", "35 days by mail: Friday Jan 8"],
    ["2026-12-05T07:30:00Z", "PORTAL", "2027-01-04", "the portal is electronic service"],
    // Served Monday June 1, 2026 (PDT): 30 days is Wednesday July 1; 35 is Monday July 6.
    ["2026-06-01T18:00:00Z", "EMAIL", "2026-07-01", "a weekday stays"],
    ["2026-06-01T18:00:00Z", "MAIL", "2026-07-06", "by mail"],
    // Served Tuesday June 4, 2024: 30 days is Thursday July 4 (Independence Day): moved to Friday.
    ["2024-06-04T18:00:00Z", "EMAIL", "2024-07-05", "a state holiday moves it to the next business day"],
  ])("served at %s by %s: %s (%s)", (servedAt, method, expected) => {
    expect(appealDeadline(new Date(servedAt), method)).toBe(expected);
  });

  it("the proof of service carries the date of service and each party's own deadline", () => {
    const service = buildService(
      [
        party(),
        party({
          role: "Claims Administrator",
          name: "Acme Claims",
          serviceMethod: "EMAIL",
          electronicServiceConsent: true,
          email: "claims@acme.example",
        }),
      ],
      new Date("2026-12-05T07:30:00Z"),
    );
    expect(service.servedOn).toBe("December 4, 2026");
    expect(service.parties).toEqual([
      {
        role: "Employee",
        name: "Maria Lopez",
        address: "12 Elm St, Fresno, CA 93701",
        method: "MAIL",
        appealDeadline: "January 8, 2027",
      },
      {
        role: "Claims Administrator",
        name: "Acme Claims",
        address: "claims@acme.example",
        method: "EMAIL",
        appealDeadline: "January 4, 2027",
      },
    ]);
  });
});

function fullLetter(over: Partial<LetterModel> = {}): LetterModel {
  const base = sampleLetter();
  return {
    ...base,
    issuedOn: "December 4, 2026",
    dispute: {
      urDecisionDate: "October 20, 2026",
      urDecisionReference: "UR-2026-88412",
      applicationReceivedOn: "October 30, 2026",
      reviewType: "Standard",
      employee: "Maria Lopez",
      claimsAdministrator: "Acme Claims",
      requestingProvider: "Dr. Alan Brooks",
    },
    items: [
      { ...base.items[0], number: 1, decision: "Overturned" },
      { ...base.items[0], number: 2, description: "Physical therapy, 12 sessions", decision: "Upheld" },
    ],
    documentsNotRelevant: [
      {
        title: "Dental billing statement",
        date: "June 1, 2026",
        pages: 2,
        reason: "concerns dental care, not the disputed spine treatment",
      },
    ],
    caseFileDocumentCount: 11,
    service: buildService(
      [
        party(),
        party({
          role: "Claims Administrator",
          name: "Acme Claims",
          serviceMethod: "EMAIL",
          electronicServiceConsent: true,
          email: "claims@acme.example",
        }),
      ],
      new Date("2026-12-05T07:30:00Z"),
    ),
    ...over,
  };
}

const textOf = (model: LetterModel) =>
  letterBlocks(model)
    .map((b) => {
      switch (b.kind) {
        case "fields":
          return b.fields.map((f) => `${f.label} ${f.value}`).join("\n");
        case "recipients":
          return [b.label, ...b.lines].join("\n");
        case "list":
          return b.items.map((i) => `${i.marker} ${i.text}`).join("\n");
        case "paragraph":
          return b.label ? `${b.label} ${b.text}` : b.text;
        default:
          return b.text;
      }
    })
    .join("\n");

describe("the first page", () => {
  it("names the dispute and the parties, then the outcome of each item, before the reviewer's qualifications", () => {
    const text = textOf(fullLetter());
    for (const line of [
      "Date: December 4, 2026",
      "Date of UR Decision: October 20, 2026 (reference UR-2026-88412)",
      "Application Received: October 30, 2026",
      "Review Type: Standard",
      "Employee: Maria Lopez",
      "Claims Administrator: Acme Claims",
      "Requesting Provider: Dr. Alan Brooks",
      "Final Determination: OVERTURNED IN PART.",
      "2. Physical therapy, 12 sessions: Upheld",
    ])
      expect(text).toContain(line);
    expect(text.indexOf("FINAL DETERMINATION")).toBeLessThan(text.indexOf("HOW THE IMR FINAL DETERMINATION WAS MADE"));
  });

  it.each<[("Upheld" | "Overturned")[], string]>([
    [
      ["Upheld"],
      "UPHELD. The utilization review decision stands: the disputed item/service is not medically necessary.",
    ],
    [
      ["Upheld", "Upheld"],
      "UPHELD. The utilization review decision stands: the disputed items/services are not medically necessary.",
    ],
    [["Overturned"], "OVERTURNED. The disputed item/service is medically necessary and must be authorized."],
    [
      ["Overturned", "Upheld", "Upheld"],
      "OVERTURNED IN PART. Of the 3 disputed items/services, 1 is medically necessary (overturned) and 2 are not (upheld).",
    ],
  ])("the outcome of %o reads %s", (decisions, expected) => {
    expect(overallOutcome(decisions.map((decision) => ({ decision })))).toBe(expected);
  });

  it("leaves out a UR reference and names that are not known", () => {
    const model = fullLetter();
    const text = textOf({
      ...model,
      dispute: { ...model.dispute!, urDecisionReference: null, requestingProvider: null },
    });
    expect(text).toContain("Date of UR Decision: October 20, 2026\n");
    expect(text).not.toContain("Requesting Provider:");
  });
});

describe("the documents of the case file", () => {
  it("lists the documents set aside with their reasons after those reviewed", () => {
    const text = textOf(fullLetter());
    expect(text).toContain("found not relevant to the disputed items/services");
    expect(text).toContain(
      "11. Dental billing statement, dated June 1, 2026 (2 pages): concerns dental care, not the disputed spine treatment.",
    );
    expect(text).not.toContain(NO_OTHER_DOCUMENTS);
  });

  it.each<[number | undefined, boolean]>([
    [0, true],
    [undefined, true],
    [4, false],
  ])(
    "with nothing accounted for and %s documents in the file, says the file held nothing else: %s",
    (count, saysNothing) => {
      const text = textOf(
        fullLetter({ documentsReviewed: [], documentsNotRelevant: [], caseFileDocumentCount: count }),
      );
      expect(text.includes(NO_OTHER_DOCUMENTS)).toBe(saysNothing);
      if (!saysNothing) expect(text).toContain("The case file held 4 documents");
    },
  );
});

describe("the proof of service", () => {
  it("says when, how and where each party was served and their last day to appeal", () => {
    const text = textOf(fullLetter());
    expect(text).toContain("PROOF OF SERVICE");
    expect(text).toContain(
      "On December 4, 2026, MAXIMUS Federal Services served this final determination on each party below, by the method shown.",
    );
    expect(text).toContain(
      "1. Employee: Maria Lopez, 12 Elm St, Fresno, CA 93701. Served by first-class mail. Last day to appeal: January 8, 2027.",
    );
    expect(text).toContain(
      "2. Claims Administrator: Acme Claims, claims@acme.example. Served by e-mail, with the party's consent to electronic service. Last day to appeal: January 4, 2027.",
    );
    expect(text).toContain("35 days when it was served by mail");
  });

  it("says so when a mailed party has no address on file", () => {
    const model = fullLetter({ service: buildService([party({ address: null })], new Date("2026-12-05T07:30:00Z")) });
    expect(textOf(model)).toContain("Employee: Maria Lopez, no address on file. Served by first-class mail.");
  });

  it("is in the rendered PDF, with the header and outcome on the first page", async () => {
    const read = await readPdf(await renderLetterPdf(fullLetter()));
    expect(read.pages[0]).toContain("Date of UR Decision: October 20, 2026 (reference UR-2026-88412)");
    expect(read.pages[0]).toContain("Final Determination: OVERTURNED IN PART.");
    expect(read.all).toContain("Last day to appeal: January 8, 2027.");
  }, 30_000);
});

describe("a notice's proof of service", () => {
  it("names each party's method and address, with no appeal deadline", async () => {
    const line = describeNoticeService(
      servedParty(party({ serviceMethod: "PORTAL", electronicServiceConsent: true, address: null })),
    );
    expect(line).toBe(
      "Employee: Maria Lopez. Served by the case portal, with the party's consent to electronic service.",
    );
    const mailed = describeNoticeService(servedParty(party()));
    expect(mailed).toBe("Employee: Maria Lopez, 12 Elm St, Fresno, CA 93701. Served by first-class mail.");

    const read = await readPdf(
      await renderNoticePdf({
        organizationName: "California IMR Services",
        title: "Notice of Assignment and Request for Information",
        caseNumber: "CM26-0000042",
        date: "December 4, 2026",
        recipients: [{ role: "Employee", name: "Maria Lopez" }],
        paragraphs: ["The application is eligible."],
        closing: [],
        service: { servedOn: "December 4, 2026", lines: [mailed] },
      }),
    );
    const text = read.pages.join(" ");
    expect(text).toContain("PROOF OF SERVICE");
    expect(text).toContain(
      "On December 4, 2026, California IMR Services served this notice on each party below, by the method shown.",
    );
    expect(text).toContain("1. Employee: Maria Lopez, 12 Elm St, Fresno, CA 93701. Served by first-class mail.");
  }, 30_000);
});
