// The layered redactor (known variants, validated patterns, names by cue and by the name
// finder, the medical allow-list), the reviewer's edits, the independent leak audit, and bad
// input. The first table is the letter that leaked when the portal was tried.
import { auditText } from "@/lib/redaction/leak-audit.ts";
import { redactLetter } from "@/lib/redaction/leak-check.ts";
import { redactText } from "@/lib/redaction/redact.ts";
import { known } from "./fixtures.ts";

const CASE = known({
  keepCaseNumber: "CM24-0012345",
  people: [
    { name: "Ana Torres", role: "EMPLOYEE" },
    { name: "Robert Hawkins, MD", role: "REQUESTING_PHYSICIAN" },
  ],
  organizations: ["Pacific Coast Builders, Inc.", "Golden Eagle Claims Services"],
  claimNumbers: ["GEC-2024-000781"],
  phones: ["(916) 555-0142"],
  emails: ["atorres@example.com"],
  addresses: ["1200 Harbor Blvd, Oakland, CA 94612"],
  datesOfBirth: ["1978-05-21"],
});
const redact = (text: string) => redactText(text, CASE).text;

describe("the letter that leaked: each identifier is removed now", () => {
  it.each([
    ["the employee in lower case", "Per the index, ana torres was seen.", "ana torres"],
    ["her husband by first name", "Her husband Miguel drives her.", "Miguel"],
    ["his wife after a comma", "His wife, Rosa, helps him dress.", "Rosa"],
    ["a daughter", "Her daughter Emily assists.", "Emily"],
    ["DOB day-first", "Born 21/05/1978 in Fresno.", "21/05/1978"],
    ["DOB eight bare digits", "Intake lists 05211978 as DOB.", "05211978"],
    ["DOB ISO", "DOB 1978-05-21 noted.", "1978-05-21"],
    ["DOB day month year", "Born 21 May 1978.", "21 May 1978"],
    ["DOB ordinal", "Born on the 21st of May 1978.", "21st of May 1978"],
    ["DOB dotted", "Born 21.05.1978.", "21.05.1978"],
    ["DOB yyyymmdd", "Record 19780521 on file.", "19780521"],
    ["DOB mmddyy", "Record 052178 on file.", "052178"],
    ["DOB short", "Born 5-21-78.", "5-21-78"],
    ["part of the employer's name", "She works at Pacific Coast as a framer.", "Pacific Coast"],
    ["the employer's distinctive word", "Pacific supervisors offered light duty.", "Pacific"],
    ["the claims administrator's initials", "GECS denied the request.", "GECS"],
    ["the street they live on", "She lives on Maple Street with family.", "Maple Street"],
    ["a known street without a number", "The office on Harbor Blvd called.", "Harbor Blvd"],
    ["a QME not in the case", "Dr. Alan Brooks, the QME, found impairment.", "Alan Brooks"],
    ["an attorney not in the case", "The attorney Jennifer Walsh requested IMR.", "Jennifer Walsh"],
    ["a case manager", "Nurse case manager Linda Osei called.", "Linda Osei"],
    ["a signature", "Sincerely, Karen Whitfield, M.D.", "Karen Whitfield"],
    ["electronically signed", "Electronically signed by Priya Raman, PA-C", "Priya Raman"],
    ["a bare phone", "Call 5105550100 today.", "5105550100"],
    ["a +1 phone", "Call +1 (510) 555 0100 today.", "555 0100"],
    ["a bare SSN", "A sheet shows 123456789 at the top.", "123456789"],
    ["a labelled claim number", "Claim # 05-12345-XY is closed.", "05-12345-XY"],
    ["a policy number", "Policy No. WC 1234567 applies.", "1234567"],
    ["a member id", "Member ID: ABC123456 on the card.", "ABC123456"],
    ["an MRN", "MRN 00123456 at the hospital.", "00123456"],
    ["an ADJ number", "WCAB ADJ12345678 pending.", "ADJ12345678"],
    ["a PO box", "Mail to po box 2250 now.", "2250"],
    ["a ZIP after a state", "Clinic in Fresno, CA 93720.", "93720"],
    ["a nickname of the physician", "Bob Hawkins reviewed it.", "Bob Hawkins"],
    ["the physician with a title", "Mr. Hawkins agreed.", "Hawkins"],
  ])("%s", (_what, text, identifier) => {
    expect(redact(text)).not.toContain(identifier);
  });
});

describe("clinical text stays", () => {
  it.each([
    "Hawkins test was positive and Neer test negative.",
    "Positive Tinel's and Phalen's at the wrist; Spurling test negative; Romberg negative.",
    "Patrick (FABER) test was positive; Gaenslen negative; Waddell signs 1/5.",
    "History of Crohn's disease, Graves disease, Bell's palsy and a Colles fracture.",
    "Takes Norco 10/325 mg, Lyrica 75 mg, Cymbalta 60 mg and Depo-Medrol 80 mg.",
    "Seen 07/03/2013 and 2013-07-09; injured May 21, 2013; UR on 21/06/2013.",
    "The patient will continue; young adult patients were excluded; mark the level.",
    "MAXIMUS guideline: Decision based on MTUS ACOEM Chapter 8, Page(s): 174.",
    "The physician reviewer is Board Certified in Physical Medicine & Rehabilitation.",
  ])("%j", (text) => {
    expect(redactText(text, CASE)).toEqual({ text, removed: [] });
  });
});

describe("common-word names, one letter, other scripts, empty, huge", () => {
  const young = known({ keepCaseNumber: "CM24-0012345", people: [{ name: "Will Young", role: "EMPLOYEE" }] });
  it("removes a known address whose city is not capitalized word by word", () => {
    const k = known({
      keepCaseNumber: "CM24-0012345",
      addresses: ["34372 Kertzmann Parks, Town 'n' Country, CA 72908"],
    });
    expect(redactText("Lives at 34372 Kertzmann Parks, Town 'n' Country, CA 72908 with family.", k).text).toBe(
      "Lives at ,  with family.",
    );
  });
  it("removes Will Young and keeps will and young", () => {
    expect(redactText("Will Young was injured. He will see a young adult clinic.", young).text).toBe(
      " was injured. He will see a young adult clinic.",
    );
  });
  it.each([
    [{ name: "" }],
    [{ name: "   " }],
    [{ name: "A" }],
    [{ name: "李小龙" }],
    [{ name: "Ли Вэй" }],
    [{ name: "O'" }],
    [{ name: "-" }],
  ])("%j gives no exception", (person) => {
    const k = known({
      keepCaseNumber: "CM24-0012345",
      people: [person],
      organizations: ["", "X"],
      addresses: ["", "12"],
      datesOfBirth: ["not a date"],
    });
    expect(() => redactLetter({ sections: { a: "A patient, 李小龙, Ли Вэй.", b: "" }, known: k })).not.toThrow();
  });
  it("redacts a 200 kB letter without exception", () => {
    const text = "Dr. Alan Brooks saw ana torres on 07/03/2013; Norco 10/325 mg.  ".repeat(3200);
    const result = redactLetter({ sections: { clinicalSummary: text }, known: CASE });
    expect(result.sections.clinicalSummary).not.toContain("Brooks");
  });
});

describe("spans and edits", () => {
  it("reports spans in the original offsets, with layer, status and reason", () => {
    const text = "Her husband Miguel called 5105550100.";
    const { spans, sections } = redactLetter({ sections: { s: text }, known: CASE });
    expect(sections.s).toBe("Her husband  called .");
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
    expect(spans.map((s) => [s.text, s.layer, s.status])).toEqual([
      ["Miguel", "names", "removed"],
      ["5105550100", "pattern", "removed"],
    ]);
  });
  it("a remove edit removes every occurrence, a keep edit keeps a span and silences the audit", () => {
    const sections = { s: "The Foo Clinic saw her; foo clinic notes. Hawkins reported." };
    const edited = redactLetter({
      sections,
      known: CASE,
      edits: [
        { section: "s", action: "remove", text: "foo clinic" },
        { section: "s", action: "keep", text: "Hawkins" },
      ],
    });
    expect(edited.sections.s).toBe("The  saw her;  notes. Hawkins reported.");
    expect(edited.spans.find((s) => s.text === "Hawkins")?.status).toBe("kept");
    expect(edited.leaks).toEqual([]);
    expect(edited.publishable).toBe(true);
  });
  it("marks a name the finder proposes without a cue as doubtful, left in, needing review", () => {
    const result = redactLetter({ sections: { s: "Later Jessica reported less pain." }, known: CASE });
    expect(result.sections.s).toContain("Jessica");
    expect(result.spans).toContainEqual(
      expect.objectContaining({ text: "Jessica", status: "doubtful", layer: "names" }),
    );
    expect(result.needsReview).toBe(true);
  });
});

describe("the independent leak audit finds what a weakened redaction leaves", () => {
  it.each([
    ["a name in lower case", "seen by ana torres today", "person"],
    ["a surname alone", "TORRES reports pain", "person"],
    ["a title and surname", "Mr. Hawkins agreed", "person"],
    ["an organization word", "works at Pacific", "organization"],
    ["a street", "lives on Harbor", "address"],
    ["a claim number squeezed", "file GEC2024000781", "claimNumber"],
    ["a phone, bare", "call 9165550142", "phone"],
    ["an unknown phone", "call 510 555 0100", "phone"],
    ["an unknown SSN", "shows 123-45-6789", "ssn"],
    ["a DOB day-first", "born 21/05/1978", "dateOfBirth"],
    ["a DOB bare", "born 19780521", "dateOfBirth"],
    ["a DOB in words", "born the 21st of May, 1978", "dateOfBirth"],
    ["an email", "write to x.y@z.org", "email"],
    ["a name with a cue", "Her husband Miguel drove.", "person"],
  ])("%s", (_what, text, kind) => {
    expect(auditText(text, CASE).map((l) => l.kind)).toContain(kind);
  });
  it("finds nothing in clinical text", () => {
    expect(
      auditText("Hawkins test positive; Norco 10/325 mg; seen 07/03/2013; a young adult; page 174.", CASE),
    ).toEqual([]);
  });
  it("blocks publication when the redactor is told less than the audit knows", () => {
    const weak = { ...CASE, people: [] };
    const redacted = redactLetter({ sections: { s: "ana torres reports pain." }, known: weak });
    expect(redacted.sections.s).toContain("ana torres");
    expect(redactLetter({ sections: redacted.sections, known: CASE }).sections.s).not.toContain("torres");
    expect(auditText(redacted.sections.s, CASE).length).toBeGreaterThan(0);
  });
});
