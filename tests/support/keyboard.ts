// Keyboard-only browser tests: what has the focus, and Tab until a wanted control has it
// (the path the focus took is in the error when it never does). Used by the keyboard tests
// of intake, the reviewer and the party.
import type { Page } from "playwright-core";

export type Focused = {
  tag: string;
  type: string | null;
  id: string;
  name: string | null;
  /** the accessible label: label elements, aria-label or aria-labelledby */
  label: string;
  text: string;
  href: string | null;
  /** the computed outline, to check the focus is shown */
  outline: string;
};

/** What has the keyboard focus now, or null (the page itself). */
export function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    if (!el || el === document.body) return null;
    const squash = (text: string) => text.replace(/\s+/g, " ").trim();
    const labelled = el
      .getAttribute("aria-labelledby")
      ?.split(" ")
      .map((id) => document.getElementById(id)?.textContent ?? "")
      .join(" ");
    const label =
      [...(el.labels ?? [])].map((l) => l.textContent ?? "").join(" ") ||
      el.getAttribute("aria-label") ||
      labelled ||
      "";
    const style = getComputedStyle(el);
    return {
      tag: el.tagName.toLowerCase(),
      type: el.getAttribute("type"),
      id: el.id,
      name: el.getAttribute("name"),
      label: squash(label),
      text: squash(el.textContent ?? ""),
      href: el.getAttribute("href"),
      outline: `${style.outlineStyle} ${style.outlineWidth}`,
    };
  });
}

/** Presses Tab until the focused element is the one wanted (at most `max` times): it, and how many presses it took. */
export async function tabTo(
  page: Page,
  what: string,
  wanted: (el: Focused) => boolean,
  max = 120,
): Promise<Focused & { presses: number }> {
  const seen: string[] = [];
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press("Tab");
    const el = await focused(page);
    if (el && wanted(el)) return { ...el, presses };
    seen.push(
      el ? `${el.tag}${el.name ? `[name=${el.name}]` : ""} "${(el.label || el.text).slice(0, 40)}"` : "(nothing)",
    );
  }
  throw new Error(`Tab never reached ${what}; focus went through: ${seen.join(" → ")}`);
}

/** A control whose label starts with `prefix`. */
export const labelStarts = (prefix: string) => (el: Focused) => el.label.startsWith(prefix);

/** A button named `name` (its text or label). */
export const button = (name: string) => (el: Focused) => el.tag === "button" && (el.text === name || el.label === name);

/** The page has hydrated: Next.js's client runtime is up. */
export const hydrated = (page: Page, timeout = 30_000) =>
  page.waitForFunction(
    () => typeof (window as unknown as { next?: { version?: string } }).next?.version === "string",
    undefined,
    { timeout },
  );
