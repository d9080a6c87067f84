import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch, origin } from "./browser.ts";

/** A phone: 390 CSS px wide, touch only. */
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
});

/** Scrolls the first chart of /data/ into view and waits until it has hydrated and taken its column's width. */
async function openChart() {
  await page.goto(`${origin()}/data/`);
  const chart = page.locator(".chart").first();
  await chart.scrollIntoViewIfNeeded();
  await chart.locator(".chart-canvas[data-fit]").waitFor();
  return chart;
}

describe("touch on a phone", () => {
  it("a first tap on a chart mark shows its tooltip and a second tap follows it to the reference", async () => {
    const chart = await openChart();
    const mark = chart.locator("a.mark").first();
    await mark.tap();
    await chart.locator(".chart-tooltip").waitFor();
    expect(new URL(page.url()).pathname).toBe("/data/");
    await mark.tap();
    await page.waitForURL(/\/references\/#ref-\d+$/);
  });

  it("a first tap on a citation shows its preview and a second tap follows the link", async () => {
    await page.goto(`${origin()}/review/molten/`);
    const ref = page.locator(".cite-ref").first();
    await ref.locator("a").tap();
    await expect(ref.locator(".cite-preview").isVisible()).resolves.toBe(true);
    expect(new URL(page.url()).pathname).toBe("/review/molten/");
    await page.locator("h1").tap();
    await expect(ref.locator(".cite-preview").isVisible()).resolves.toBe(false);
    await ref.locator("a").tap();
    await ref.locator("a").tap();
    await page.waitForURL(/\/references\/#ref-\d+$/);
  });

  it("a tap on an abbreviation shows its expansion, which the keyboard reaches too", async () => {
    await page.goto(`${origin()}/review/molten/`);
    const abbr = page.locator("abbr[title='sodium-metal battery']").first();
    await abbr.tap();
    const shown = () => abbr.evaluate((el) => getComputedStyle(el, "::after").content);
    await expect(shown()).resolves.toBe('"sodium-metal battery"');
    await expect(abbr.getAttribute("tabindex")).resolves.toBe("0");
  });
});

describe("a phone's column", () => {
  it("charts fit it, with tick labels of at least 11 px", async () => {
    const chart = await openChart();
    const size = await chart.locator(".chart-canvas svg").evaluate((svg) => {
      const viewBoxWidth = Number(svg.getAttribute("viewBox")!.split(" ")[2]);
      const width = svg.getBoundingClientRect().width;
      const tick = svg.querySelector(".axis text")!;
      return {
        width,
        column: svg.parentElement!.clientWidth,
        tickPx: (parseFloat(getComputedStyle(tick).fontSize) * width) / viewBoxWidth,
      };
    });
    expect(size.width).toBeLessThanOrEqual(size.column);
    expect(size.column).toBeLessThanOrEqual(390);
    expect(size.tickPx).toBeGreaterThanOrEqual(11);
  });

  it("keeps a calculator's key results in view while the reader scrolls through its inputs", async () => {
    await page.goto(`${origin()}/calculators/energy-density/`);
    const inputs = page.locator(".calc input[name]");
    await inputs.last().scrollIntoViewIfNeeded();
    const summary = page.locator("[data-summary]");
    const box = (await summary.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    await expect(summary.textContent()).resolves.toMatch(/Specific energy\s*\d+(\.\d+)?\s*Wh kg⁻¹/);
  });

  it("keeps result labels whole when an input is invalid", async () => {
    await page.goto(`${origin()}/calculators/contact-angle/?theta_deg=abc`);
    await page.locator("input[name=theta_deg][aria-invalid=true]").waitFor();
    const widths = await page.locator(".calc-result dt").evaluateAll((dts) => dts.map((dt) => dt.getBoundingClientRect().width));
    expect(Math.min(...widths)).toBeGreaterThan(100);
  });

  it("a long chapter has floating contents and a way back to the top all the way down", async () => {
    await page.goto(`${origin()}/review/all-solid-state/`);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
    const contents = page.locator(".toc summary");
    const box = (await contents.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    await contents.tap();
    const link = page.locator(".toc ol a").nth(2);
    await expect(link.isVisible()).resolves.toBe(true);
    const target = await link.getAttribute("href");
    await link.tap();
    await page.waitForURL((url) => url.hash === target);
    await expect(link.isVisible()).resolves.toBe(false);
    await page.locator(".toc-top").tap();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  });
});

describe("calculators on their own pages", () => {
  it("hydrate on the reader's first touch, so opening the page runs no island", async () => {
    await page.goto(`${origin()}/calculators/contact-angle/`);
    const island = page.locator("astro-island[client=interaction]");
    await page.waitForLoadState("load");
    await expect(island.getAttribute("ssr")).resolves.toBe("");
    await page.locator("input[name=theta_deg]").tap();
    await expect.poll(() => island.getAttribute("ssr")).toBeNull();
    await page.locator("input[name=theta_deg]").fill("150");
    await expect.poll(() => page.locator("output[name=regime]").textContent()).toMatch(/sodiophobic|non-wetting/i);
  });

  it("hydrate at once when the link carries a state", async () => {
    await page.goto(`${origin()}/calculators/contact-angle/?theta_deg=150`);
    await expect.poll(() => page.locator("output[name=theta_deg]").textContent()).toBe("150");
  });
});
