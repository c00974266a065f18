// Search folding (lib/format/search-fold.ts): what people type finds what is stored, whatever
// the accents, capitals, apostrophes and dashes. The database folds the stored side with the
// same rules (tests/integration/search-fold-sql.test.ts compares the two).
import {
  matchesSearch,
  MAX_SEARCH_WORDS,
  searchFold,
  searchTerms,
  searchText,
  searchTextWhere,
} from "@/lib/format/search-fold.ts";

describe("searchFold", () => {
  test.each([
    ["Hernández", "hernandez"],
    ["HERNANDEZ", "hernandez"],
    ["hernandez", "hernandez"],
    ["María José Núñez-Ibáñez", "maria jose nunez ibanez"],
    ["O'Brien", "obrien"],
    ["O’Brien", "obrien"],
    ["OBrien", "obrien"],
    ["D`Angelo", "dangelo"],
    ["WCF-77120-B", "wcf 77120 b"],
    ["wcf77120b", "wcf77120b"],
    ["CM26-0000001", "cm26 0000001"],
    ["PCC / 2012 . 004417", "pcc 2012 004417"],
    ["Ñandú", "nandu"],
    ["Müller", "muller"],
    ["Straße", "strasse"],
    ["STRASSE", "strasse"],
    ["Ørsted Æbeltoft", "orsted aebeltoft"],
    ["Łukasz Wałęsa", "lukasz walesa"],
    ["Œuvre", "oeuvre"],
    ["Þór", "thor"],
    ["İSTANBUL", "istanbul"],
    ["Nguyễn Thị Phương", "nguyen thi phuong"],
    ["ΟΔΟΣ", "οδοσ"],
    ["Жуков", "жуков"],
    ["ﬁnn", "finn"],
    ["ＡＢＣ１２３", "abc123"],
    ["  Ana\u00a0\t Ruiz \n", "ana ruiz"],
    ["50%_off\\", "50 off"],
    ["—", ""],
    ["", ""],
  ])("%j folds to %j", (input, folded) => {
    expect(searchFold(input)).toBe(folded);
  });

  test("the result holds only lower-case letters, digits and single spaces: never a LIKE wildcard", () => {
    const nasty = "%_\\'\"`;--\u0000\u200b\u00ad<>[]{}()|*?^$.+#@!~";
    expect(searchFold(`a${nasty}b`)).toBe("a b");
    expect(searchFold(nasty)).toBe("");
  });
});

describe("searchText (what the database stores)", () => {
  test("each part folded, and joined up when it has several words", () => {
    expect(searchText("CM26-0000001", "WCF-77120-B", "María Hernández", "Sierra Claims")).toBe(
      "cm26 0000001 cm260000001 wcf 77120 b wcf77120b maria hernandez mariahernandez sierra claims sierraclaims",
    );
    expect(searchText("A", null, "", undefined, "—")).toBe("a");
    expect(searchText()).toBe("");
  });
});

describe("searchTerms and matching", () => {
  const stored = searchText("CM26-0000042", "WCF-77120-B", "María Hernández-López", "Pacific Coast Claims Svcs.");

  test.each([
    "Hernández",
    "hernandez",
    "HERNANDEZ",
    "Hernandez",
    "hernandez lopez",
    "López Hernández",
    "hernandezlopez",
    "maria",
    "wcf77120b",
    "WCF-77120-B",
    "wcf 77120 b",
    "WCF 77120B",
    "77120",
    "cm26-0000042",
    "CM260000042",
    "0000042",
    "pacific coast",
    "Pacific Coast Claims Svcs",
    "coastclaims",
  ])("%j finds the case", (query) => {
    expect(matchesSearch(stored, searchTerms(query)!)).toBe(true);
  });

  test.each(["hernandes", "wcf77121b", "maria garcia", "cm26-0000043", "sierra"])("%j does not", (query) => {
    expect(matchesSearch(stored, searchTerms(query)!)).toBe(false);
  });

  test("a query without a letter or digit searches for nothing", () => {
    expect(searchTerms("")).toBeNull();
    expect(searchTerms("  -- ' . ")).toBeNull();
    expect(searchTerms(undefined)).toBeNull();
  });

  test("words inside other words are dropped, repeats too; the joined form keeps the typed order", () => {
    expect(searchTerms("Maria maria Mari Hernández")).toEqual({
      words: ["maria", "hernandez"],
      joined: "mariamariamarihernandez",
    });
    expect(searchTerms("WCF-77120-B")).toEqual({ words: ["wcf", "77120", "b"], joined: "wcf77120b" });
    expect(searchTerms("hernandez")).toEqual({ words: ["hernandez"], joined: null });
  });

  test("a long query is compared on its first words", () => {
    const terms = searchTerms("alpha bravo charlie delta echo foxtrot golf hotel india juliet")!;
    expect(terms.words).toHaveLength(MAX_SEARCH_WORDS);
    expect(terms.words[0]).toBe("alpha");
  });

  test("the Prisma filter: every word, or the words joined up", () => {
    expect(searchTextWhere(searchTerms("O'Brien WCF-1")!)).toEqual({
      OR: [
        {
          AND: [
            { searchText: { contains: "obrien" } },
            { searchText: { contains: "wcf" } },
            { searchText: { contains: "1" } },
          ],
        },
        { searchText: { contains: "obrienwcf1" } },
      ],
    });
    expect(searchTextWhere(searchTerms("Zénith")!)).toEqual({
      OR: [{ AND: [{ searchText: { contains: "zenith" } }] }],
    });
  });
});
