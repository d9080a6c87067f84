import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch } from "./browser.ts";

const home = pathToFileURL(resolve("dist/index.html")).href;
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe("the site opened from disk (file://)", () => {
  it("the home page is styled and its chapter links open chapter pages", async () => {
    const page = await browser.newPage();
    const blocked: string[] = [];
    page.on("console", (m) => m.type() === "error" && blocked.push(m.text()));
    await page.goto(home);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).not.toBe("rgba(0, 0, 0, 0)");
    await page.getByRole("link", { name: "1. Introduction" }).click();
    await page.waitForURL(/review\/introduction\/index\.html$/);
    await expect(page.locator("h1").textContent()).resolves.toBe("Introduction");
    expect(blocked).toEqual([]);
    await page.close();
  });

  it("a citation leads to the references page at its entry", async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(resolve("dist/review/introduction/index.html")).href);
    const link = page.locator(".cite-ref a").first();
    const n = await link.textContent();
    await link.click();
    await page.waitForURL(/references\/index\.html#ref-\d+$/);
    expect(new URL(page.url()).hash).toBe(`#ref-${n}`);
    await page.close();
  });
});
