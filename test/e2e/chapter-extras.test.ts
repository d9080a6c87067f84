import AxeBuilder from "@axe-core/playwright";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { citedInText } from "../../src/lib/citations.ts";
import { launch, origin } from "./browser.ts";

const CHAPTER = "/review/molten/";
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe("a chapter's reader extras", () => {
  it("offers “Cite this page” as text and BibTeX, axe-clean open in light and dark mode", async () => {
    for (const colorScheme of ["light", "dark"] as const) {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(origin() + CHAPTER);
      await page.locator(".cite-page summary").click();
      await expect(page.locator(".cite-page p").first().innerText()).resolves.toMatch(
        /^Sodiophilic contributors\. “2\. Molten sodium-metal batteries\.” In Sodiophilic: an interactive edition/,
      );
      await expect(page.locator(".cite-page pre").innerText()).resolves.toMatch(/^@incollection\{Sodiophilic-molten,\n {2}title +=/);
      await expect(page.getByRole("button", { name: "Copy the BibTeX" }).isVisible()).resolves.toBe(true);
      // The whole chapter is checked by site.test.ts; here the opened block, in both colour schemes.
      const axe = await new AxeBuilder({ page }).include(".cite-page").withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.help}`), colorScheme).toEqual([]);
      await context.close();
    }
  });

  it("opens a figure enlarged and back without JavaScript; Escape closes it with JavaScript", async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
    const page = await noJs.newPage();
    await page.goto(origin() + CHAPTER);
    const zoom = page.locator("#fig-2-1-enlarged");
    const before = (await zoom.locator("svg").first().boundingBox())!.width;
    await page.getByRole("link", { name: "Enlarge figure 2.1" }).click();
    await expect(zoom.evaluate((z) => getComputedStyle(z).position)).resolves.toBe("fixed");
    expect((await zoom.locator("svg").first().boundingBox())!.width).toBeGreaterThan(before * 1.3);
    await page.getByRole("link", { name: "Close the enlarged figure 2.1" }).click();
    await expect(zoom.evaluate((z) => getComputedStyle(z).position)).resolves.toBe("static");
    await noJs.close();

    const js = await browser.newPage();
    await js.goto(`${origin()}${CHAPTER}#fig-2-1-enlarged`);
    await js.keyboard.press("Escape");
    await js.waitForURL(/#fig-2-1$/);
    await js.close();
  });

  it("prints without buttons, forms or calculators, and with the references it cites", async () => {
    const page = await browser.newPage();
    await page.goto(origin() + CHAPTER);
    await page.emulateMedia({ media: "print" });
    const visible = (selector: string) =>
      page.locator(selector).evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null || getComputedStyle(e).position === "fixed").length);
    await expect(visible("main button, main form, main .calc, main input, .site-header")).resolves.toBe(0);
    const cited = citedInText(readFileSync("src/content/chapters/02-molten.mdx", "utf8"));
    const items = page.locator(".chapter-references li");
    await expect(items.count()).resolves.toBe(cited.length);
    await expect(items.first().getAttribute("value")).resolves.toBe(String(cited[0]));
    expect(await page.locator(".chapter-references").isVisible()).toBe(true);
    await page.emulateMedia({ media: "screen" });
    expect(await page.locator(".chapter-references").isVisible()).toBe(false);
    await page.close();
  });
});

describe("the references page", () => {
  it("links a reference back to each place that cites it, which the chapter marks", async () => {
    const page = await browser.newPage();
    await page.goto(`${origin()}/references/`);
    const backlinks = page.locator("#ref-45 .cited-in a");
    expect(await backlinks.count()).toBeGreaterThanOrEqual(5);
    await backlinks.first().click();
    await page.waitForURL(/\/review\/all-solid-state\/#cite-\d+$/);
    const target = page.locator(".cite:target");
    await expect(target.locator("[data-cite]").evaluateAll((as) => as.map((a) => a.getAttribute("data-cite")))).resolves.toContain("45");
    await expect(target.evaluate((t) => getComputedStyle(t).backgroundColor)).resolves.not.toBe("rgba(0, 0, 0, 0)");
    await page.close();
  });
});
