// Shared by the end-to-end test files: one Chromium for the file, and full-page screenshots
// kept in test-results/screenshots for looking at the pages afterwards.
import fs from "node:fs";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "./browser.ts";

const SHOTS = "test-results/screenshots";

/** Launches Chromium before the file's tests and closes it after; returns a getter. */
export function chromiumForThisFile(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    fs.mkdirSync(SHOTS, { recursive: true });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}
