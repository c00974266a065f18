// The reader's keyboard shortcuts: one map from key to command, shown in the help panel ("?")
// and read by the key handler. Never fired while the reviewer types in a field, nor with a
// modifier (Ctrl, Alt, Meta) held, so the browser's and the screen reader's keys stay theirs.
export type ReaderCommand =
  | "nextPage"
  | "previousPage"
  | "nextDocument"
  | "previousDocument"
  | "search"
  | "zoomIn"
  | "zoomOut"
  | "rotate"
  | "help";

export const SHORTCUTS: { keys: string[]; command: ReaderCommand; label: string }[] = [
  { keys: ["j"], command: "nextPage", label: "Next page" },
  { keys: ["k"], command: "previousPage", label: "Previous page" },
  { keys: ["]"], command: "nextDocument", label: "Next document" },
  { keys: ["["], command: "previousDocument", label: "Previous document" },
  { keys: ["/"], command: "search", label: "Search the case file" },
  { keys: ["+", "="], command: "zoomIn", label: "Zoom in" },
  { keys: ["-"], command: "zoomOut", label: "Zoom out" },
  { keys: ["r"], command: "rotate", label: "Rotate the pages" },
  { keys: ["?"], command: "help", label: "Show or hide these shortcuts" },
];

const BY_KEY = new Map(SHORTCUTS.flatMap((s) => s.keys.map((k) => [k, s.command] as const)));

type KeyLike = { key: string; ctrlKey: boolean; altKey: boolean; metaKey: boolean; target: unknown };

/** Whether the event comes from somewhere the reviewer types (a field, an editable area, a list box). */
export function isTypingTarget(target: unknown): boolean {
  if (!target || typeof target !== "object") return false;
  const el = target as { tagName?: string; isContentEditable?: boolean; type?: string };
  if (el.isContentEditable) return true;
  const tag = el.tagName?.toUpperCase();
  if (tag === "TEXTAREA" || tag === "SELECT") return true;
  if (tag !== "INPUT") return false;
  // buttons-as-inputs take no text
  return !["button", "submit", "reset", "checkbox", "radio", "range", "color", "file"].includes(el.type ?? "text");
}

/** The command a key press asks for, or null (typing, a modifier held, an unknown key). */
export function commandForKey(event: KeyLike): ReaderCommand | null {
  if (event.ctrlKey || event.altKey || event.metaKey) return null;
  if (isTypingTarget(event.target)) return null;
  return BY_KEY.get(event.key.length === 1 ? event.key.toLowerCase() : event.key) ?? null;
}
