// People: one person however the record writes them ("SMITH, ROBERT", "Dr. Bob Smith, M.D."),
// never two people who only share a surname or a given name.
import { compareNames, type MatchStrength } from "@/lib/identity/compare.ts";

const hasWords = (reason: string) => /\p{L}{3,}/u.test(reason) && reason.trim().length > 5;

describe("people: same person", () => {
  it.each<[string, string, MatchStrength, RegExp]>([
    ["John Smith", "JOHN SMITH", "EXACT", /same name/i],
    ["José Núñez", "José Núñez", "EXACT", /same name/i],
    ["Smith, John", "John Smith", "STRONG", /Last, First/],
    ["SMITH, JOHN Q.", "Dr. John Q. Smith, M.D.", "STRONG", /titles and degrees/],
    ["Robert Smith", "Bob Smith", "STRONG", /nickname/],
    ["Smith, William", "Bill Smith", "STRONG", /nickname/],
    ["Elizabeth Warren", "Liz Warren", "STRONG", /nickname/],
    ["Francisco Ruiz", "Paco Ruiz", "STRONG", /nickname/],
    ["John Q. Smith", "John Smith", "STRONG", /same person/i],
    ["John Quincy Smith", "John Q. Smith", "STRONG", /same person/i],
    ["Mary Jones, PA-C", "Mary Jones", "STRONG", /titles and degrees/],
    ["Ann Lee, R.N.", "Ann Lee", "STRONG", /titles/],
    ["Ann Lee D.O.", "Ann Lee", "STRONG", /titles/],
    ["Paul Kim, Esq.", "Paul Kim", "STRONG", /titles/],
    ["Paul Kim Jr.", "Paul Kim", "STRONG", /same person/i],
    ["Juan García López", "Juan Garcia-Lopez", "EXACT", /same name/i],
    ["Juan García López", "García-López, Juan", "STRONG", /Last, First/],
    ["María de la Cruz", "Maria Cruz", "STRONG", /same person/i],
    ["Maria DelaCruz", "María de la Cruz", "STRONG", /same person/i],
    ["Patrick O'Neil", "Patrick ONeil", "EXACT", /same name/i],
    ["Anh Do", "Anh Do, D.O.", "STRONG", /titles/],
    ["Pat Smith", "Patricia Smith", "POSSIBLE", /short form of several/],
    ["Chris Lee", "Christopher Lee", "POSSIBLE", /short form of several/],
    ["J. Smith", "John Smith", "POSSIBLE", /initial/],
    ["B. Smith", "Robert Smith", "POSSIBLE", /initial/],
    ["Maria Garcia", "Maria Garcia-Lopez", "POSSIBLE", /part of the other/],
    ["Jonathan Smtih", "Jonathan Smith", "POSSIBLE", /typo/],
    ["Jonathan Smith", "Jonahtan Smith", "POSSIBLE", /typo/],
    ["Katherine Schmidt", "Katherine Schmitt", "POSSIBLE", /typo|sound/],
    ["Dr. Smith", "John Smith", "POSSIBLE", /no given name/],
    ["SMITH JOHN", "John Smith", "POSSIBLE", /swapped/],
    ["Scott Thomas", "Thomas Scott", "POSSIBLE", /swapped/],
    ["J. Robert Smith", "Robert Smith", "POSSIBLE", /middle name/],
  ])("%s / %s: %s", (a, b, strength, reason) => {
    const verdict = compareNames("PERSON", a, b);
    expect(verdict.strength).toBe(strength);
    expect(verdict.reason).toMatch(reason);
    expect(hasWords(verdict.reason)).toBe(true);
    expect(compareNames("PERSON", b, a).strength).toBe(strength);
  });
});

describe("people: different people", () => {
  it.each<[string, string, RegExp]>([
    ["John Smith", "Mary Smith", /given names/],
    ["John Smith", "James Smith", /given names/],
    ["Robert Smith", "Roberta Jones", /surnames/],
    ["John Smith", "John Jones", /surnames/],
    ["John A. Smith", "John B. Smith", /middle/],
    ["John Smith Jr.", "John Smith, Sr.", /generations/],
    ["Maria Garcia", "Maria Lopez", /surnames/],
    ["Will Young", "Mark Young", /given names/],
    ["Rose Hill", "Rose Park", /surnames/],
    ["Patrick Smith", "Patricia Smith", /given names/],
    ["John Smith", "Joan Smith", /given names/],
  ])("%s / %s: DIFFERENT", (a, b, reason) => {
    const verdict = compareNames("PERSON", a, b);
    expect(verdict.strength).toBe("DIFFERENT");
    expect(verdict.reason).toMatch(reason);
  });
});
