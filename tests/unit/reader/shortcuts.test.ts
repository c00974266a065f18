// The reader's shortcut map (components/reader/shortcuts.ts): each key to its command, never
// while typing in a field or with a modifier held.
import { commandForKey, isTypingTarget, SHORTCUTS } from "@/components/reader/shortcuts.ts";

const press = (
  key: string,
  target: unknown = { tagName: "DIV" },
  mods: Partial<Record<"ctrlKey" | "altKey" | "metaKey", boolean>> = {},
) => commandForKey({ key, target, ctrlKey: false, altKey: false, metaKey: false, ...mods });

test.each([
  ["j", "nextPage"],
  ["k", "previousPage"],
  ["J", "nextPage"],
  ["]", "nextDocument"],
  ["[", "previousDocument"],
  ["/", "search"],
  ["+", "zoomIn"],
  ["=", "zoomIn"],
  ["-", "zoomOut"],
  ["r", "rotate"],
  ["?", "help"],
  ["x", null],
  ["Enter", null],
  ["ArrowDown", null],
])("%s -> %s", (key, command) => {
  expect(press(key)).toBe(command);
});

test.each([
  [{ tagName: "INPUT", type: "text" }, true],
  [{ tagName: "INPUT", type: "search" }, true],
  [{ tagName: "input" }, true],
  [{ tagName: "TEXTAREA" }, true],
  [{ tagName: "SELECT" }, true],
  [{ tagName: "DIV", isContentEditable: true }, true],
  [{ tagName: "INPUT", type: "radio" }, false],
  [{ tagName: "INPUT", type: "checkbox" }, false],
  [{ tagName: "BUTTON" }, false],
  [{ tagName: "DIV" }, false],
  [null, false],
])("isTypingTarget(%o) is %s", (target, typing) => {
  expect(isTypingTarget(target)).toBe(typing);
  if (typing) expect(press("j", target)).toBeNull();
});

test.each(["ctrlKey", "altKey", "metaKey"] as const)("a key with %s held is the browser's", (mod) => {
  expect(press("r", { tagName: "DIV" }, { [mod]: true })).toBeNull();
});

test("no key is bound twice, and every command has a label for the help panel", () => {
  const keys = SHORTCUTS.flatMap((s) => s.keys);
  expect(new Set(keys).size).toBe(keys.length);
  for (const s of SHORTCUTS) expect(s.label.length).toBeGreaterThan(3);
});
