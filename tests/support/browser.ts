// Chromium from Debian's package, driven by playwright-core, and staff sign-in through
// next-auth's API (CSRF token, then the credentials callback) in a browser context.
import { chromium, type Browser, type BrowserContext } from "playwright-core";
import { E2E_BASE_URL } from "./e2e-server.ts";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const DEMO_PASSWORD = "imr-demo-2026";

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

export async function newContext(browser: Browser, viewport = { width: 1280, height: 900 }): Promise<BrowserContext> {
  return browser.newContext({ baseURL: E2E_BASE_URL, viewport, acceptDownloads: true });
}

export async function signInAs(browser: Browser, email: string): Promise<BrowserContext> {
  const context = await newContext(browser);
  const { csrfToken } = (await (await context.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await context.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password: DEMO_PASSWORD, json: "true" },
    maxRedirects: 0,
  });
  if (response.status() >= 400) throw new Error(`Sign-in of ${email} failed: ${response.status()}`);
  const session = (await (await context.request.get("/api/auth/session")).json()) as { uid?: string };
  if (!session.uid) throw new Error(`Sign-in of ${email} gave no session`);
  return context;
}
