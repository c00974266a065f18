// Accessibility check of a page in the browser tests: axe-core's WCAG 2.1 A and AA rules,
// reporting the violations of serious or critical impact (rule and elements), none expected.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";

export async function seriousAxeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}
