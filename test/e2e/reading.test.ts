import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch, origin } from "./browser.ts";

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launch();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
});

describe("reading a chapter", () => {
  it("the keyboard reaches the skip link first, then the search box", async () => {
    await page.goto(`${origin()}/review/introduction/`);
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe("Skip to content");
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate(() => document.activeElement?.id === "site-search")) break;
    }
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("site-search");
  });

  it("focusing a citation shows its preview, and Escape hides it", async () => {
    await page.goto(`${origin()}/review/introduction/`);
    const link = page.locator(".cite-ref a").first();
    const n = await link.textContent();
    await link.focus();
    const preview = page.locator(".cite-ref").first().locator(".cite-preview");
    await expect(preview.isVisible()).resolves.toBe(true);
    await expect(preview.textContent()).resolves.toMatch(/\d{4}/);
    await page.keyboard.press("Escape");
    await expect(preview.isVisible()).resolves.toBe(false);
    expect(Number(n)).toBeGreaterThan(0);
  });

  it("every citation link lands on the reference with its number", async () => {
    const chapters = ["introduction", "molten", "all-solid-state", "conventional", "outlook"];
    const refs = await browser.newPage();
    await refs.goto(`${origin()}/references/`);
    for (const slug of chapters) {
      const response = await page.goto(`${origin()}/review/${slug}/`);
      if (response?.status() === 404) continue;
      const hrefs = await page.locator(".cite-ref a").evaluateAll((as) =>
        as.map((a) => [(a as HTMLAnchorElement).href, a.textContent] as const),
      );
      expect(hrefs.length, `${slug} has citations`).toBeGreaterThan(0);
      for (const [href, n] of hrefs) {
        const url = new URL(href);
        expect(url.pathname).toBe("/references/");
        expect(url.hash).toBe(`#ref-${n}`);
        await expect(refs.locator(`li${url.hash}`).getAttribute("value")).resolves.toBe(n);
      }
    }
    await refs.close();
  });

  it("clicking a citation opens the references page at that entry", async () => {
    await page.goto(`${origin()}/review/introduction/`);
    const link = page.locator(".cite-ref a").first();
    const n = await link.textContent();
    await link.click();
    await page.waitForURL(/references\/#ref-\d+$/);
    expect(new URL(page.url()).hash).toBe(`#ref-${n}`);
    await expect(page.locator(":target").getAttribute("id")).resolves.toBe(`ref-${n}`);
  });

  it("the theme toggle switches to dark mode and is remembered on the next page", async () => {
    const context = await browser.newContext({ colorScheme: "light" });
    const p = await context.newPage();
    await p.goto(`${origin()}/`);
    const toggle = p.getByRole("button", { name: "Dark mode" });
    await expect(toggle.getAttribute("aria-pressed")).resolves.toBe("false");
    await toggle.click();
    await expect(p.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe("dark");
    await p.goto(`${origin()}/about/`);
    await expect(p.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe("dark");
    await expect(p.getByRole("button", { name: "Dark mode" }).getAttribute("aria-pressed")).resolves.toBe("true");
    await context.close();
  });

  it("search finds a chapter by a word in it and links to it", async () => {
    await page.goto(`${origin()}/`);
    await page.getByRole("searchbox", { name: "Search the site" }).fill("sodiophilic");
    await page.keyboard.press("Enter");
    await page.waitForURL(/search\/\?q=sodiophilic/);
    await page.locator(".search-results a").first().waitFor();
    // Calculators, the glossary and the teaching kit are indexed too; a chapter is among the pages found.
    const hrefs = await page.locator(".search-results > li > a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    expect(hrefs.some((h) => /\/review\/[a-z-]+\/\?highlight=sodiophilic$/.test(h ?? ""))).toBe(true);
  });

  it("with JavaScript off, a chapter is readable and its citations are plain links", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const p = await context.newPage();
    await p.goto(`${origin()}/review/introduction/`);
    await expect(p.locator("h1").textContent()).resolves.toBe("Introduction");
    await expect(p.locator(".cite-ref a").first().getAttribute("href")).resolves.toMatch(/^\.\.\/\.\.\/references\/#ref-\d+$/);
    await context.close();
  });
});
