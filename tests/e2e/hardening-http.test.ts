// Hardening over HTTP, against the production build, as the findings were made: rotating
// X-Forwarded-For (with no trusted proxy) neither gets around the limit on one case's access
// codes nor lets ten wrong codes stop another case's party, nor stops the case's own party;
// a signed-out staff token gets nothing from /api/auth/session; a party that closed the case
// cannot reuse the old cookie.
import type { BrowserContext, Page } from "playwright-core";
import { newContext, signInAs } from "../support/browser.ts";
import { chromiumForThisFile } from "../support/e2e-browser.ts";
import { E2E_BASE_URL } from "../support/e2e-server.ts";
import { createE2eData, useE2eDatabase, type E2eData } from "../security/e2e-data.ts";

const browser = chromiumForThisFile();
let data: E2eData;

beforeAll(async () => {
  useE2eDatabase();
  data = await createE2eData();
}, 180_000);

const WRONG = "The case number or access code is not right.";
const LIMITED_CASE = "Too many wrong codes have been tried for this case";

/** Submits the access form; resolves with the page's alert text, or "opened" when the case opened. */
async function tryCode(page: Page, caseNumber: string, code: string): Promise<string> {
  await page.goto("/access");
  await page.getByLabel(/Case number/i).fill(caseNumber);
  await page.getByLabel(/Access code/i).fill(code);
  await page.getByRole("button", { name: "Open my case" }).click();
  const opened = page.waitForURL(/\/access\/case$/).then(() => "opened");
  const refused = page
    .getByRole("alert")
    .filter({ hasText: /not right|Too many/ })
    .first()
    .textContent()
    .then((t) => t ?? "");
  return Promise.race([opened, refused]);
}

test("rotating X-Forwarded-For does not get around one case's code limit, and never stops the case's own party or another case", async () => {
  const attacker: BrowserContext = await newContext(browser());
  const page = await attacker.newPage();
  const { caseNumber, partyCode } = data.letter;
  for (let i = 1; i <= 10; i++) {
    await attacker.setExtraHTTPHeaders({ "x-forwarded-for": `198.51.100.${i}`, "x-forwarded-proto": "https" });
    expect(await tryCode(page, caseNumber, `WRONG-CODE-${i}`)).toContain(WRONG);
  }
  // an eleventh address changes nothing: the case's wrong codes are no longer checked
  await attacker.setExtraHTTPHeaders({ "x-forwarded-for": "198.51.100.250" });
  expect(await tryCode(page, caseNumber, "WRONG-CODE-11")).toContain(LIMITED_CASE);
  await attacker.close();

  // the case's own party still gets in, from a connection that sent no header
  const party = await newContext(browser());
  expect(await tryCode(await party.newPage(), caseNumber, partyCode)).toBe("opened");
  await party.close();
  // and another case's party was never touched
  const other = await newContext(browser());
  expect(await tryCode(await other.newPage(), data.partyCaseNumber, data.partyCode)).toBe("opened");
  await other.close();
}, 120_000);

test("a signed-out staff token gets nothing from the session endpoint", async () => {
  const staff = await signInAs(browser(), "intake@demo.imr");
  const signedIn = (await (await staff.request.get("/api/auth/session")).json()) as {
    uid?: string;
    user?: { email?: string };
  };
  expect(signedIn.uid).toBeTruthy();
  const cookies = await staff.cookies();
  const { csrfToken } = (await (await staff.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await staff.request.post("/api/auth/signout", {
    form: { csrfToken, json: "true" },
    headers: { origin: E2E_BASE_URL },
  });

  const replay = await newContext(browser());
  await replay.addCookies(cookies);
  const answer = await (await replay.request.get("/api/auth/session")).json();
  expect(answer).toEqual({});
  await staff.close();
  await replay.close();
});
