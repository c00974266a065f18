// Organisations: one entity however it is written (Labor Code 139.5(d): the conflict screen must
// not miss "Pacific Claims Svcs." for "Pacific Claims Services, Inc."), but not two entities
// that merely share common words.
import { compareNames, type MatchStrength } from "@/lib/identity/compare.ts";

const hasWords = (reason: string) => /\p{L}{3,}/u.test(reason) && reason.trim().length > 5;

describe("organisations: same entity", () => {
  it.each<[string, string, MatchStrength, RegExp]>([
    ["Pacific Claims Services, Inc.", "PACIFIC CLAIMS SERVICES INC", "EXACT", /same name/i],
    ["Acme, Inc.", "acme inc", "EXACT", /same name/i],
    ["Pacific Claims Svcs.", "Pacific Claims Services, Inc.", "STRONG", /Svcs = Services/],
    ["Pacific Coast Claims", "Pacific Coast Claims Services, Inc.", "POSSIBLE", /short form/],
    ["Valley Medical", "Valley Medical Group of Fresno", "POSSIBLE", /short form/],
    ["ABC Mgmt Grp", "ABC Management Group", "STRONG", /Mgmt = Management/],
    ["Zenith Ins. Co.", "Zenith Insurance", "STRONG", /Ins = Insurance/],
    ["St. Mary's Hosp.", "Saint Marys Hospital", "STRONG", /St = Saint/],
    ["Mt. Diablo Med. Ctr.", "Mount Diablo Medical Center", "STRONG", /Ctr = Center/],
    ["Natl Univ Rehab Assoc", "National University Rehabilitation Associates", "STRONG", /Rehab = Rehabilitation/],
    [
      "Golden Eagle WC Admin",
      "Golden Eagle Workers' Compensation Administrators",
      "STRONG",
      /Wc = Workers Compensation/,
    ],
    ["Kessler Ortho Labs", "Kessler Orthopedic Laboratories", "STRONG", /Ortho = Orthopedic/],
    ["Acme Pharm Mfg Intl", "Acme Pharmaceuticals Manufacturing International", "STRONG", /Mfg = Manufacturing/],
    ["Acme Holdings LLC", "Acme Holdings Corp.", "STRONG", /dropped/],
    ["Smith & Jones LLP", "Smith and Jones", "STRONG", /set aside|apart/],
    ["The Hartford", "Hartford", "STRONG", /"The" dropped/],
    ["Beacon Health, A Professional Corporation", "Beacon Health", "STRONG", /same name/i],
    ["Müller Orthopädie", "Muller Orthopadie", "EXACT", /same name/i],
    ["HealthCare Partners", "Health Care Partners", "STRONG", /same name/i],
    ["Acme Holdings dba Sunrise Ortho", "Sunrise Orthopedic Inc.", "STRONG", /another name/i],
    ["Sunrise Orthopedic (formerly Acme Bone Clinic)", "Acme Bone Clinic", "STRONG", /another name/i],
    ["Zenith", "Zenith Insurance Company", "POSSIBLE", /distinctive word "Zenith"/],
    ["Kaiser", "Kaiser Foundation Hospitals", "POSSIBLE", /distinctive/],
    ["SCIF", "State Compensation Insurance Fund", "POSSIBLE", /SCIF may be the initials/],
    ["S.C.I.F.", "State Compensation Insurance Fund", "POSSIBLE", /initials/],
    ["UCLA Medical Center", "University of California Los Angeles Medical Center", "POSSIBLE", /UCLA may be initials/],
    ["Acme CMS", "Acme Claims Management Services", "POSSIBLE", /CMS may be initials|distinctive/],
    ["Pacfic Claims Services", "Pacific Claims Services", "POSSIBLE", /typo/],
    ["Sedgwik Claims Management", "Sedgwick Claims Management Services", "POSSIBLE", /distinctive|typo/],
    ["Travelers Insurnce Company", "Travelers Insurance Co.", "POSSIBLE", /typo/],
  ])("%s / %s: %s", (a, b, strength, reason) => {
    const verdict = compareNames("ORGANIZATION", a, b);
    expect(verdict.strength).toBe(strength);
    expect(verdict.reason).toMatch(reason);
    expect(hasWords(verdict.reason)).toBe(true);
    // symmetric in strength
    expect(compareNames("ORGANIZATION", b, a).strength).toBe(strength);
  });
});

describe("organisations: different entities", () => {
  it.each<[string, string]>([
    ["Pacific Medical Group", "Pacific Claims Services"],
    ["Bay Area Medical Group", "Valley Medical Group"],
    ["Western Medical Group", "Eastern Medical Group"],
    ["California Insurance Company", "California Medical Center"],
    ["Pacific Health Systems", "Golden State Health Systems"],
    ["Schmidt Medical Group", "Kuhn Medical Group"],
    ["National Claims Services", "International Claims Services"],
    ["Pacific", "Pacific Medical Group"],
    ["Medical Group Inc.", "Claims Services Inc."],
  ])("%s / %s: DIFFERENT", (a, b) => {
    const verdict = compareNames("ORGANIZATION", a, b);
    expect(verdict.strength).toBe("DIFFERENT");
    expect(hasWords(verdict.reason)).toBe(true);
  });

  it.each<[string, string]>([
    ["Acme Roofing", "Acme Medical Group"],
    ["Schmidt Medical Group", "Schmitt Medical Group"],
    ["PMG", "Pacific Medical Group"],
  ])("%s / %s: at most POSSIBLE (a person must look)", (a, b) => {
    expect(compareNames("ORGANIZATION", a, b).strength).toBe("POSSIBLE");
  });
});
