// QA's draft check (lib/qa/draft-flags.ts): what in a draft's free texts should not reach the
// parties — the reviewer's own name (Labor Code 4610.6(f)), internal notes, placeholders,
// contact details and links outside the guideline publishers — and what ordinary medical
// prose must never trip.
import {
  countFlags,
  DEFAULT_ALLOWED_URL_HOSTS,
  draftFields,
  findDraftFlags,
  isAllowedHost,
  urlHost,
  type DraftFlagKind,
} from "@/lib/qa/draft-flags.ts";

const REVIEWER = "Dr. Jane Q. Okonkwo-Smith, M.D.";

function flagsIn(text: string, reviewerName = REVIEWER, allowedUrlHosts?: readonly string[]) {
  return findDraftFlags({ fields: [{ field: "Item 1 rationale", text }], reviewerName, allowedUrlHosts });
}

describe("flags every kind, with its span in the text as written", () => {
  it.each<[string, string, DraftFlagKind, string]>([
    // the reviewer's name: case, accents, title, given name or initial, surname alone, possessive
    [
      "full name with title",
      "Per Dr. Jane Okonkwo-Smith the criteria are met.",
      "REVIEWER_NAME",
      "Dr. Jane Okonkwo-Smith",
    ],
    ["surname part alone", "As Okonkwo noted, the records are complete.", "REVIEWER_NAME", "Okonkwo"],
    ["other surname part, lower case", "reviewed by smith on the file", "REVIEWER_NAME", "smith"],
    ["possessive", "In Smith's opinion the request is supported.", "REVIEWER_NAME", "Smith's"],
    ["plural possessive", "The Smiths' review found no basis.", "REVIEWER_NAME", "Smiths'"],
    ["initial and surname in capitals", "Signed J. OKONKWO-SMITH", "REVIEWER_NAME", "J. OKONKWO-SMITH"],
    ["written with a space, not a hyphen", "Dr. Okonkwo Smith agrees.", "REVIEWER_NAME", "Dr. Okonkwo Smith"],
    // internal notes and placeholders
    ["QA in capitals", "QA note: check the dates.", "INTERNAL_NOTE", "QA"],
    ["qa in lower case", "flag for qa before sending", "INTERNAL_NOTE", "qa"],
    ["Q.A.", "Please Q.A. this paragraph.", "INTERNAL_NOTE", "Q.A."],
    ["note to self", "The request is supported (note to self: recheck MRI).", "INTERNAL_NOTE", "note to self"],
    ["Note to opening a line", "Criteria are met.\nNote to Dr. Ruiz: please confirm.", "INTERNAL_NOTE", "Note to"],
    ["TODO", "Criteria are met. TODO add the ODG section.", "INTERNAL_NOTE", "TODO"],
    ["FIXME", "fixme: wrong level", "INTERNAL_NOTE", "fixme"],
    ["TBD", "Number of sessions TBD.", "INTERNAL_NOTE", "TBD"],
    ["XXX", "Dated XXX by the provider.", "INTERNAL_NOTE", "XXX"],
    ["internal note", "Internal note - the adjuster called twice.", "INTERNAL_NOTE", "Internal note"],
    ["INTERNAL in capitals", "INTERNAL: do not quote.", "INTERNAL_NOTE", "INTERNAL"],
    ["do not send", "Draft only, do not send.", "INTERNAL_NOTE", "do not send"],
    ["bracketed insert", "The MRI of [insert date] showed no stenosis.", "INTERNAL_NOTE", "[insert date]"],
    ["bracketed TBD", "Guideline page [TBD].", "INTERNAL_NOTE", "[TBD]"],
    ["bracketed question", "The patient had [?] sessions.", "INTERNAL_NOTE", "[?]"],
    ["template braces", "Dear {{employeeName}},", "INTERNAL_NOTE", "{{employeeName}}"],
    // contact details and links
    ["e-mail address", "Questions to j.okonkwo@example.com please.", "EMAIL", "j.okonkwo@example.com"],
    ["phone with area code", "Call (916) 555-0142 for the records.", "PHONE", "(916) 555-0142"],
    ["phone with dots and +1", "Reach the office on +1 916.555.0142 today.", "PHONE", "+1 916.555.0142"],
    ["seven-digit phone after a label", "Office phone: 555-0142.", "PHONE", "555-0142"],
    [
      "link elsewhere",
      "See https://drive.example.com/file/abc for the notes.",
      "URL",
      "https://drive.example.com/file/abc",
    ],
    ["www link elsewhere", "Summary at www.example.org.", "URL", "www.example.org"],
    ["bare host elsewhere", "Posted on mynotes.net/imr/42 yesterday.", "URL", "mynotes.net/imr/42"],
  ])("%s", (_label, text, kind, excerpt) => {
    const flags = flagsIn(text);
    const hit = flags.find((f) => f.kind === kind);
    expect(hit).toBeDefined();
    expect(hit).toMatchObject({ field: "Item 1 rationale", excerpt });
    expect(text.slice(hit!.start, hit!.end)).toBe(excerpt);
    expect(hit!.message.length).toBeGreaterThan(10);
  });
});

describe("ordinary medical prose is not flagged", () => {
  it.each([
    ["a doctor other than the reviewer", "Dr. Maria Alvarez, the treating physician, requested the blocks."],
    ["another doctor sharing the given name", "Jane Alvarez, PA-C, saw the patient on 07/03/2013."],
    ["a surname that merely contains the reviewer's", "Dr. Smithson and Dr. Goldsmith concurred."],
    ["quality", "The quality of the evidence is moderate."],
    [
      "aqua and other words containing qa",
      "Aquatic therapy (aqua therapy) was tried; the patient travelled to Qatar; AQAP.",
    ],
    [
      "an allowed guideline link",
      "See https://www.dir.ca.gov/dwc/MTUS/MTUS-Guidelines.html and pubmed.ncbi.nlm.nih.gov/12345678/.",
    ],
    [
      "an allowed host's subdomain and a bare allowed host",
      "Label at https://dailymed.nlm.nih.gov/dailymed/ and acoem.org.",
    ],
    [
      "dates that look like phone numbers",
      "Reports of 07/03/2013, 07-09-2013, 2013-07-30 and 10.27.2004 were reviewed.",
    ],
    ["ICD codes", "Diagnoses M54.5, M50.20 and G89.29 are documented."],
    ["guideline section numbers", "Per 8 CCR 9792.24.2 and 9792.27.1 et seq., and 9792.20(e)."],
    ["page ranges and counts", "MTUS ACOEM Chapter 8 Page(s): 174-181; 272 pages of reports; 8 sessions."],
    [
      "internal medicine and anatomy",
      "Internal medicine consult; internal rotation and internal derangement of the knee; internal fixation.",
    ],
    [
      "a note to a third party mid-sentence",
      "The physician's note to the adjuster dated 02/16/2012 requested therapy.",
    ],
    ["of note", "Of note, the EMG/NCV studies were negative."],
    ["sic and citation brackets", 'The report states "no improvment [sic]" (reference [3]).'],
    ["numbers and measurements", "Blood pressure 130/85, BMI 34.2, 5 mg q.i.d., NDC 0093-7146-56, claim 123-45-6789X."],
    ["to do in prose", "There is nothing more to do for this condition."],
  ])("%s", (_label, text) => {
    expect(flagsIn(text)).toEqual([]);
  });
});

describe("the reviewer's name is matched as a name, not by exact string equality", () => {
  it.each([
    ["accents in the text", "Dr. José García-López", "As Garcia noted, no.", "Garcia"],
    ["accents in the name", "Dr. Jose Garcia Lopez", "Per Dra. García López.", "Dra. García López"],
    ["Last, First order", "OKAFOR, CHINEDU", "Dr. Chinedu Okafor reviewed it.", "Dr. Chinedu Okafor"],
    ["curly possessive", "Dr. Priya Raman", "Raman\u2019s review is complete.", "Raman\u2019s"],
  ])("%s", (_label, name, text, excerpt) => {
    expect(flagsIn(text, name).map((f) => [f.kind, f.excerpt])).toEqual([["REVIEWER_NAME", excerpt]]);
  });

  it("a surname that is an ordinary word hits only as a name", () => {
    expect(flagsIn("Long-term opioid use is not supported; the long course did not help.", "Dr. Sarah Long")).toEqual(
      [],
    );
    expect(flagsIn("As Long explained, the request fails.", "Dr. Sarah Long").map((f) => f.excerpt)).toEqual(["Long"]);
    expect(flagsIn("as explained by dr. long", "Dr. Sarah Long").map((f) => f.excerpt)).toEqual(["dr. long"]);
    expect(flagsIn("sarah long reviewed it", "Dr. Sarah Long").map((f) => f.excerpt)).toEqual(["sarah long"]);
  });

  it("no name, or a name of titles only, flags nothing by name", () => {
    expect(flagsIn("Dr. Smith agrees.", "")).toEqual([]);
    expect(flagsIn("Dr. Smith agrees.", "Dr.")).toEqual([]);
  });
});

describe("links", () => {
  it("the host of a link", () => {
    expect(urlHost("https://WWW.Example.com:8080/x?y")).toBe("www.example.com");
    expect(urlHost("pubmed.ncbi.nlm.nih.gov/123")).toBe("pubmed.ncbi.nlm.nih.gov");
  });

  it("an allowed host allows its subdomains, never a look-alike", () => {
    expect(isAllowedHost("www.acoem.org", DEFAULT_ALLOWED_URL_HOSTS)).toBe(true);
    expect(isAllowedHost("fda.gov", DEFAULT_ALLOWED_URL_HOSTS)).toBe(true);
    expect(isAllowedHost("notacoem.org", DEFAULT_ALLOWED_URL_HOSTS)).toBe(false);
    expect(isAllowedHost("acoem.org.evil.com", DEFAULT_ALLOWED_URL_HOSTS)).toBe(false);
  });

  it("the allowed list is the caller's", () => {
    expect(flagsIn("See https://intranet.example.com/policy.", REVIEWER, ["example.com"])).toEqual([]);
    expect(flagsIn("See https://www.dir.ca.gov/dwc.", REVIEWER, ["example.com"]).map((f) => f.kind)).toEqual(["URL"]);
  });

  it("a sentence's closing punctuation is not part of the link", () => {
    expect(flagsIn("Notes at https://example.com/a.").map((f) => f.excerpt)).toEqual(["https://example.com/a"]);
  });
});

describe("fields, overlaps and counts", () => {
  it("labels the draft's texts as QA reads them", () => {
    const fields = draftFields({
      clinicalSummary: "Summary.",
      amendmentReason: "Wrong date.",
      items: [
        { claimsAdminGuideline: "a", reviewerGuideline: "b", rationale: "c" },
        { claimsAdminGuideline: "d", reviewerGuideline: "e", rationale: "f" },
      ],
    });
    expect(fields.map((f) => f.field)).toEqual([
      "Reason for the amendment",
      "Clinical summary",
      "Item 1 claims administrator guideline",
      "Item 1 reviewer guideline",
      "Item 1 rationale",
      "Item 2 claims administrator guideline",
      "Item 2 reviewer guideline",
      "Item 2 rationale",
    ]);
  });

  it("flags each field on its own, in reading order, and a span once", () => {
    const flags = findDraftFlags({
      reviewerName: REVIEWER,
      fields: [
        { field: "Clinical summary", text: "Write to jane.smith@example.com. TODO" },
        { field: "Item 1 rationale", text: "QA: Okonkwo-Smith's view; call 916-555-0142." },
      ],
    });
    expect(flags.map((f) => [f.field, f.kind, f.excerpt])).toEqual([
      ["Clinical summary", "EMAIL", "jane.smith@example.com"],
      ["Clinical summary", "INTERNAL_NOTE", "TODO"],
      ["Item 1 rationale", "INTERNAL_NOTE", "QA"],
      ["Item 1 rationale", "REVIEWER_NAME", "Okonkwo-Smith's"],
      ["Item 1 rationale", "PHONE", "916-555-0142"],
    ]);
    expect(countFlags(flags)).toEqual({ EMAIL: 1, INTERNAL_NOTE: 2, REVIEWER_NAME: 1, PHONE: 1 });
  });

  it("spans are in the original text even where folding changed it", () => {
    // decomposed accents, a zero-width space and a no-break space before the flagged words
    const text = "Revisado\u200B por\u00A0Nu\u0301n\u0303ez y QA.";
    const [name, qa] = findDraftFlags({ reviewerName: "Dr. Ana Núñez", fields: [{ field: "Clinical summary", text }] });
    expect(text.slice(name.start, name.end)).toBe("Nu\u0301n\u0303ez");
    expect(text.slice(qa.start, qa.end)).toBe("QA");
  });

  it("an empty draft has nothing to flag", () => {
    expect(findDraftFlags({ reviewerName: REVIEWER, fields: [{ field: "Clinical summary", text: "" }] })).toEqual([]);
  });
});
