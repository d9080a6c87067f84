import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, builtPages, cspViolations, launch, origin, watchedPage } from "./browser.ts";

const pages = builtPages();
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(["light", "dark"] as const)("every built page in %s mode", (colorScheme) => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser.newContext({ colorScheme });
  });
  afterAll(async () => {
    await context.close();
  });

  it.each(pages)("%s loads cleanly, breaks no CSP rule, requests nothing from other origins, has no axe violation", async (path) => {
    const { page, problems } = await watchedPage(context);
    await page.goto(origin() + path, { waitUntil: "networkidle" });
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    expect(await cspViolations(page)).toEqual([]);
    await expect(page.locator('meta[http-equiv="content-security-policy"]').getAttribute("content")).resolves.not.toContain(
      "script-src 'self' 'unsafe-inline'",
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe("the same build served from a sub-path", () => {
  it.each(["/teaching/na/", "/some/sub/"])("under %s, every page loads with its styles and no failed request", async (prefix) => {
    const context = await browser.newContext();
    for (const path of pages) {
      const { page, problems } = await watchedPage(context);
      await page.goto(origin() + prefix + path.slice(1), { waitUntil: "networkidle" });
      expect(problems, path).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background, `${path} is styled`).not.toBe("rgba(0, 0, 0, 0)");
      await page.close();
    }
    await context.close();
  });
});
