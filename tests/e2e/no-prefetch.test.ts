// Links do not prefetch (components/ui/link.tsx): every page is rendered per request, so a
// prefetch is a server request that brings back no page (an administrator's page asked for 42
// of them). An administrator's queue, scrolled to its end so that every link has been in view,
// asks the server for no prefetch; a click in the navigation still opens the next page on the
// client (no new document), and that page asks for none either.
import { hydrated } from "../support/keyboard.ts";
import { signInAs } from "../support/browser.ts";
import { chromiumForThisFile } from "../support/e2e-browser.ts";
import { useE2eDatabase } from "../security/e2e-data.ts";

const browser = chromiumForThisFile();

beforeAll(() => {
  useE2eDatabase();
});

test("an administrator's pages ask for no prefetch, and a link still navigates on the client", async () => {
  const context = await signInAs(browser(), "admin@demo.imr");
  const page = await context.newPage();
  const prefetches: string[] = [];
  const documents: string[] = [];
  page.on("request", (request) => {
    if (request.headers()["next-router-prefetch"]) prefetches.push(request.url());
    if (request.resourceType() === "document") documents.push(request.url());
  });

  await page.goto("/admin");
  await hydrated(page);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByRole("link", { name: "Reports" }).hover();
  await nav.getByRole("link", { name: "Reports" }).click();
  await page.waitForURL(/\/admin\/reports$/);
  await page.getByRole("heading", { level: 1, name: /Reports/ }).waitFor();
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Audit" }).click();
  await page.waitForURL(/\/admin\/audit$/);
  await page.getByRole("heading", { level: 1 }).waitFor();

  expect(prefetches).toEqual([]);
  expect(documents).toEqual([expect.stringMatching(/\/admin$/)]);
  await context.close();
});
