// The public results' short snippets.
import { shortSnippet } from "@/components/publication/short-snippet.ts";

describe("short snippets", () => {
  const text = (parts: { text: string }[]) => parts.map((p) => p.text).join("");

  test("short ones unchanged", () => {
    const parts = [
      { text: "a ", mark: false },
      { text: "knee", mark: true },
    ];
    expect(shortSnippet(parts, 100)).toEqual(parts);
  });

  test("cut at a word boundary with an ellipsis; marks before the cut kept, a mark never split", () => {
    const parts = [
      { text: "the left ", mark: false },
      { text: "knee", mark: true },
      { text: " was injured at work in May", mark: false },
    ];
    expect(shortSnippet(parts, 20)).toEqual([
      parts[0],
      parts[1],
      { text: " was", mark: false },
      { text: " …", mark: false },
    ]);
    expect(
      shortSnippet(
        [
          { text: "abc ", mark: false },
          { text: "arthroscopy", mark: true },
        ],
        8,
      ),
    ).toEqual([
      { text: "abc ", mark: false },
      { text: " …", mark: false },
    ]);
    expect(text(shortSnippet([{ text: "word ".repeat(100), mark: false }], 50)).length).toBeLessThanOrEqual(52);
  });
});
