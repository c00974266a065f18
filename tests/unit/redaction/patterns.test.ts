// Numbers and contact details: what goes (phones, emails, SSNs, addresses, known claim and
// case-file numbers, known or labelled dates of birth, other IMR case numbers) and the clinical
// numbers that look like them and stay.
import { redactText } from "@/lib/redaction/redact.ts";
import { known } from "./fixtures.ts";

const KNOWN = known({
  keepCaseNumber: "CM24-0012345",
  claimNumbers: ["0042-7781-01", "WC-2019-004417"],
  otherNumbers: ["ADJ10554321"],
  addresses: ["1200 Harbor Blvd, Suite 300, Oakland, CA 94612"],
  phones: ["510-555-0100"],
  emails: ["jane.doe@example.com"],
  datesOfBirth: ["1978-05-21"],
});
const redact = (text: string) => redactText(text, KNOWN);

describe("removed, with the whitespace around left in place", () => {
  it.each([
    // phones, known or not
    ["call (510) 555-0100 today", "call  today", "phone"],
    ["call 510.555.0100 today", "call  today", "phone"],
    ["call +1 510 555 0100 today", "call  today", "phone"],
    ["call 1-510-555-0100 today", "call  today", "phone"],
    ["call 5105550100 today", "call  today", "phone"],
    ["call (510)555-0100 x204 today", "call  today", "phone"],
    ["fax 415-555-0199 today", "fax  today", "phone"],
    // emails
    ["write to jane.doe@example.com today", "write to  today", "email"],
    ["write to JANE.DOE@EXAMPLE.COM today", "write to  today", "email"],
    ["write to adjuster+imr@claims.acme-ins.co.uk today", "write to  today", "email"],
    // SSNs, known or not
    ["SSN 123-45-6789 on file", "SSN  on file", "ssn"],
    ["number 123 45 6789 on file", "number  on file", "ssn"],
    ["Social Security No. 123456789 on file", "Social Security No.  on file", "ssn"],
    ["SSN: XXX-XX-6789 on file", "SSN:  on file", "ssn"],
    // addresses
    ["lives at 1200 Harbor Boulevard, Suite 300, Oakland, CA 94612 since", "lives at  since", "address"],
    ["lives at 1200 HARBOR BLVD since", "lives at  since", "address"],
    ["lives at 455 N. Market Street Apt 4B, San Jose, CA 95110-1234 since", "lives at  since", "address"],
    ["lives at 9 W 3rd Ave since", "lives at  since", "address"],
    ["lives at 12 Oak Dr, Fresno, CA 93720 since", "lives at  since", "address"],
    ["lives at 12 Oak Dr. He", "lives at . He", "address"], // the period ends the sentence
    ["mail to P.O. Box 2250, Fresno, CA 93720 now", "mail to  now", "address"],
    ["mail to Sacramento, CA 95814 now", "mail to  now", "address"],
    ["ZIP 94612-1234 only", "ZIP  only", "address"],
    // known claim and case-file numbers, however written
    ["claim 0042-7781-01 denied", "claim  denied", "claimNumber"],
    ["claim 0042 7781 01 denied", "claim  denied", "claimNumber"],
    ["claim 0042778101 denied", "claim  denied", "claimNumber"],
    ["claim 0042.7781.01 denied", "claim  denied", "claimNumber"],
    // a labelled claim number goes whole, its letters too (before the pattern layer: "claim CLM denied")
    ["claim CLM00427781-01 denied", "claim  denied", "claimNumber"],
    ["claim wc 2019-004417 denied", "claim  denied", "claimNumber"],
    ["claim WC2019004417 denied", "claim  denied", "claimNumber"],
    ["WCAB ADJ 10554321 filed", "WCAB  filed", "otherNumber"],
    // dates of birth: the known one in any format, or any date labelled DOB
    ["born 05/21/1978 in", "born  in", "dateOfBirth"],
    ["born 5/21/78 in", "born  in", "dateOfBirth"],
    ["born 1978-05-21 in", "born  in", "dateOfBirth"],
    ["born May 21, 1978 in", "born  in", "dateOfBirth"],
    ["born MAY 21ST, 1978 in", "born  in", "dateOfBirth"],
    ["born 21 May 1978 in", "born  in", "dateOfBirth"],
    ["DOB: 04/02/1980 per", "DOB:  per", "dateOfBirth"],
    ["date of birth January 2, 1980 per", "date of birth  per", "dateOfBirth"],
    ["D.O.B. 1980-04-02 per", "D.O.B.  per", "dateOfBirth"],
    // IMR case numbers other than the letter's own
    ["prior IMR CM23-0099999 upheld", "prior IMR  upheld", "caseNumber"],
    ["prior IMR CM 23-0099999 upheld", "prior IMR  upheld", "caseNumber"],
  ])("%j -> %j", (text, expected, kind) => {
    const result = redact(text);
    expect(result.text).toBe(expected);
    expect(result.removed).toEqual([{ kind, count: 1 }]);
  });
});

describe("kept: the letter's own case number and the clinical numbers", () => {
  it.each([
    "IMR Case Number: CM24-0012345",
    "IMR case CM24 0012345 is this one",
    "The patient is a 48-year-old male.",
    "A 52 year old female, age 52, sex F.",
    "Progress reports from 03/04/2013 to 07/03/2013 and 5/21/2013.",
    "Date of injury: 10/14/2002; date of service 2013-07-03; seen on July 3, 2013.",
    "Left C3, C4, and C5 dorsal median branch blocks at C3-C4 and C4-C5; L4-L5 and L5-S1; T12-L1.",
    "Decision based on MTUS ACOEM Chapter 8 Neck and Upper Back Complaints Page(s): 174.",
    "Chronic Pain Medical Treatment Guidelines, Opioids, Page(s): 74-96; ODG Table 2.",
    "Oxycodone 10/325 mg #180, gabapentin 600 mg three times a day, MED 90 mg/day, 7.5 mg at bedtime.",
    "Pain 8/10 without and 5/10 with medication; strength 4+/5; SLR at 40 degrees; 4 mm protrusion.",
    "Review of the 272 pages of reports; 12 sessions; 2 x 6 weeks; BMI 34.2; BP 132/84; HbA1c 7.1%.",
    "CPT 64493, 64494 and 64495; ICD-10 M54.16 and M47.812; NDC 0406-0552-01.",
    "Temperature 98.6; pulse 72; 1 2 3 4; lab ref 123-456-78; 12 Neck exercises; 3 Way stopcock.",
    "Grade 2 Anterolisthesis; 2 Spine Dr visits; 4 Ortho Dr. visits; MRI 3 Tesla.",
    "The claim was denied on 07/09/2013 and the case was received 07/22/2013.",
    "Send to 100 mg daily, CA 19-9 level normal.",
    "He lives alone in Oakland and works in San Jose.",
  ])("%j", (text) => {
    expect(redact(text)).toEqual({ text, removed: [] });
  });
});
