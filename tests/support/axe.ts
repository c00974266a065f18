// Accessibility check of a page in the browser tests: axe-core's WCAG 2.1 A and AA rules,
// reporting every violation whatever its impact (rule, impact and elements), none expected.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";

export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return result.violations.map(
    (v) => `${v.id} (${v.impact ?? "unknown impact"}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
}

/** The same check; kept under its earlier name for the tests that use it. */
export const seriousAxeViolations = axeViolations;
