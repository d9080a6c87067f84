import { readFile } from "node:fs/promises";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, launch, origin, watchedPage } from "./browser.ts";

/** The page that shows the five charts of Tables 1 and 2. */
const PAGE = "/data/";

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext({ acceptDownloads: true });
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
});

const chart = (id: string): Locator => page.locator(`#chart-${id}`);

/** Scrolls a chart into view and waits until its island has hydrated (its download buttons appear then). */
async function ready(id: string): Promise<Locator> {
  const figure = chart(id);
  await figure.scrollIntoViewIfNeeded();
  await figure.locator(".chart-downloads").waitFor();
  return figure;
}

/** The "compare your result" form of Table `n`, once hydrated (its fieldset is enabled then). */
async function compareForm(n: 1 | 2): Promise<Locator> {
  const form = page.getByRole("region", { name: `Compare your result with Table ${n}` });
  await form.scrollIntoViewIfNeeded();
  await form.locator("fieldset:not([disabled])").waitFor();
  return form;
}

/** Text of every tick label of a chart, in document order. */
const tickLabels = (figure: Locator) => figure.locator(".axis text:not(.axis-label)").allTextContents();

describe("the charts without JavaScript", () => {
  it("are in the HTML as SVG, one mark per test condition, each a link to its reference", async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const p = await noJs.newPage();
    await p.goto(origin() + PAGE);
    await expect(p.locator("#chart-resistance-vs-ccd a.mark").count()).resolves.toBe(17);
    await expect(p.locator("#chart-lifespan-vs-current a.mark").count()).resolves.toBe(20);
    await expect(p.locator("#chart-current-vs-capacity a.mark").count()).resolves.toBe(69);
    await expect(p.locator("#chart-overpotential-vs-current a.mark").count()).resolves.toBe(69);
    await expect(p.locator("#chart-cumulative-capacity a.bar").count()).resolves.toBe(32);
    const first = p.locator("#chart-current-vs-capacity a.mark").first();
    await expect(first.getAttribute("href")).resolves.toMatch(/references\/#ref-\d+$/);
    await expect(first.getAttribute("aria-label")).resolves.toMatch(/mA cm⁻²/);
    const svg = p.locator("#chart-resistance-vs-ccd svg[role=group]");
    await expect(svg.getAttribute("aria-labelledby")).resolves.toBe("resistance-vs-ccd-title");
    await noJs.close();
  });
});

describe("the charts on the data page", () => {
  beforeAll(async () => {
    await page.goto(origin() + PAGE);
  });

  it("show a tooltip with the strategy, its values and a reference link on hover", async () => {
    const figure = await ready("current-vs-capacity");
    await figure.locator("a.mark").first().hover();
    const tip = figure.getByRole("tooltip");
    await tip.waitFor();
    await expect(tip.textContent()).resolves.toMatch(/Current density.*mA cm⁻²/);
    await expect(tip.getByRole("link", { name: /Reference \[\d+\]/ }).getAttribute("href")).resolves.toMatch(/references\/#ref-\d+$/);
    await page.mouse.move(0, 0);
    await tip.waitFor({ state: "detached" });
  });

  it("show the tooltip on keyboard focus, move between marks with the arrow keys and hide it on Escape", async () => {
    const figure = await ready("resistance-vs-ccd");
    await expect(figure.locator('a.mark[tabindex="0"]').count()).resolves.toBe(1);
    await figure.locator('a.mark[tabindex="0"]').focus();
    const tip = figure.getByRole("tooltip");
    await tip.waitFor();
    const before = await tip.textContent();
    await page.keyboard.press("ArrowRight");
    await expect(page.evaluate(() => document.activeElement?.getAttribute("tabindex"))).resolves.toBe("0");
    await expect(tip.textContent()).resolves.not.toBe(before);
    await page.keyboard.press("Escape");
    await tip.waitFor({ state: "detached" });
  });

  it("hide a series' marks when its legend button is pressed, and flip aria-pressed", async () => {
    const figure = await ready("current-vs-capacity");
    const alloy = figure.getByRole("button", { name: /Alloy hosts/ });
    await expect(alloy.getAttribute("aria-pressed")).resolves.toBe("true");
    await alloy.click();
    await expect(alloy.getAttribute("aria-pressed")).resolves.toBe("false");
    await expect(figure.locator("a.mark").count()).resolves.toBe(58);
    await alloy.click();
    await expect(alloy.getAttribute("aria-pressed")).resolves.toBe("true");
    await expect(figure.locator("a.mark").count()).resolves.toBe(69);
  });

  it("change the tick labels when the log switch is turned off", async () => {
    const figure = await ready("overpotential-vs-current");
    const log = figure.getByRole("button", { name: "Log scale" });
    const before = await tickLabels(figure);
    await log.click();
    await expect(log.getAttribute("aria-pressed")).resolves.toBe("false");
    const after = await tickLabels(figure);
    expect(after).not.toEqual(before);
    expect(after).toContain("0");
    await log.click();
    await expect(tickLabels(figure)).resolves.toEqual(before);
  });

  it.each([
    ["Data (CSV)", "cumulative-capacity.csv", /^id,ref,strategy,series,cumulativeCapacity_mAh_cm2/],
    ["Data (JSON)", "cumulative-capacity.json", /"source":/],
    ["Chart (SVG)", "cumulative-capacity.svg", /<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/],
  ])("download %s as a non-empty file", async (name, file, content) => {
    const figure = await ready("cumulative-capacity");
    const [download] = await Promise.all([page.waitForEvent("download"), figure.getByRole("button", { name }).click()]);
    expect(download.suggestedFilename()).toBe(file);
    const text = await readFile((await download.path())!, "utf8");
    expect(text.length).toBeGreaterThan(500);
    expect(text).toMatch(content);
    if (file.endsWith(".svg")) expect(text).not.toContain("var(--");
  });
});

describe("compare your result", () => {
  it("draws the reader's cell as a star, keeps it in the URL and draws it again after a reload", async () => {
    await page.goto(origin() + PAGE);
    const form = await compareForm(1);
    await form.getByLabel("Interfacial resistance").fill("50");
    await form.getByLabel("Critical current density").fill("1.5");
    await form.getByLabel("Electrolyte family").selectOption("BASE");
    expect(new URL(page.url()).search).toBe("?my1_resistance_ohm_cm2=50&my1_ccd_mA_cm2=1.5&my1_family=BASE");
    const figure = await ready("resistance-vs-ccd");
    const star = figure.getByRole("img", { name: /^Your cell:/ });
    await expect(star.getAttribute("aria-label")).resolves.toBe("Your cell: interfacial resistance 50 Ω cm², CCD 1.5 mA cm⁻², electrolyte family BASE");
    await expect(form.getByRole("status").first().textContent()).resolves.toMatch(/falls short of the practical target/);

    await page.reload();
    const again = await ready("resistance-vs-ccd");
    await again.getByRole("img", { name: /^Your cell:/ }).waitFor();
    await expect(again.locator(".reader text").textContent()).resolves.toBe("Your cell");
    await expect((await compareForm(1)).getByLabel("Critical current density").inputValue()).resolves.toBe("1.5");
  });

  it("ranks the reader's Table 2 test among the bars", async () => {
    await page.goto(`${origin()}${PAGE}?my2_current_mA_cm2=3&my2_capacity_mAh_cm2=3&my2_cycle_life_h=1000`);
    const bars = await ready("cumulative-capacity");
    await expect(bars.getByRole("img", { name: /^Your cell: cumulative plated capacity 3,000 mAh cm⁻²/ }).count()).resolves.toBe(1);
    const capacity = await ready("current-vs-capacity");
    await expect(capacity.getByRole("img", { name: /^Your cell:/ }).count()).resolves.toBe(1);
  });

  it("flags a bad value next to its field and keeps the charts whole", async () => {
    await page.goto(`${origin()}${PAGE}?my2_current_mA_cm2=abc&my2_capacity_mAh_cm2=3&my1_family=%3Cscript%3E`);
    const form = await compareForm(2);
    const field = form.getByLabel("Current density");
    await expect(field.getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(form.locator(".compare-error").textContent()).resolves.toBe("Current density must be a number in mA cm⁻².");
    const figure = await ready("current-vs-capacity");
    await expect(figure.locator("a.mark").count()).resolves.toBe(69);
    await expect(figure.locator(".chart-note", { hasText: "Your cell appears" }).count()).resolves.toBe(1);
    const table1 = await compareForm(1);
    await expect(table1.locator(".compare-notes").textContent()).resolves.toContain("Ignored my1_family=“<script>”");
  });

  it("answers “1,500” h of cycle life with the ambiguity, not a rank, and reads “1,5” as 1.5 like every input of the site", async () => {
    await page.goto(`${origin()}${PAGE}?my2_current_mA_cm2=3&my2_capacity_mAh_cm2=3&my2_cycle_life_h=1,500`);
    const form = await compareForm(2);
    await expect(form.getByLabel("Cycle life").getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(form.locator(".compare-error").textContent()).resolves.toBe(
      "Cycle life: “1,500” could be 1.5 or 1500: write 1.5 with a decimal point, or 1500 without a separator.",
    );
    const bars = await ready("cumulative-capacity");
    await expect(bars.getByRole("img", { name: /^Your cell:/ }).count()).resolves.toBe(0);
    await form.getByLabel("Cycle life").fill("1500,5");
    await expect.poll(() => bars.getByRole("img", { name: /^Your cell: cumulative plated capacity 4,50\d/ }).count()).toBe(1);
  });

  it("refuses hostile links: markup, script, huge numbers, very long and repeated values stay text and never run", async () => {
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const hostile = new URLSearchParams([
      ["my1_resistance_ohm_cm2", '"><img src=x onerror=alert(1)>'],
      ["my1_ccd_mA_cm2", "<script>alert(1)</script>"],
      ["my1_ccd_mA_cm2", "2"],
      ["my2_current_mA_cm2", "1e400"],
      ["my2_capacity_mAh_cm2", "9".repeat(10_000)],
      ["my2_<b>x</b>", "1"],
    ]);
    await page.goto(`${origin()}${PAGE}?${hostile}`);
    const table1 = await compareForm(1);
    const table2 = await compareForm(2);
    await expect(table1.getByLabel(/resistance/i).getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(table1.getByLabel(/critical current/i).getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(table2.getByLabel("Current density").getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(table2.getByLabel(/areal capacity/i).getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(page.locator("img[src=x]").count()).resolves.toBe(0);
    await expect(page.locator("main script:not([type]), main script[type=module]").evaluateAll((s) => s.filter((e) => e.textContent?.includes("alert")).length)).resolves.toBe(0);
    expect(await page.evaluate(() => document.body.innerText.includes("NaN"))).toBe(false);
    expect(dialogs).toEqual([]);
  });
});

describe.each(["light", "dark"] as const)("the charts in %s mode", (colorScheme) => {
  it("load cleanly and have no axe violation with a star drawn and a tooltip open", async () => {
    const ctx = await browser.newContext({ colorScheme });
    const { page: p, problems } = await watchedPage(ctx);
    await p.goto(`${origin()}${PAGE}?my1_resistance_ohm_cm2=50&my1_ccd_mA_cm2=1.5&my2_current_mA_cm2=3&my2_capacity_mAh_cm2=3`);
    for (const id of ["resistance-vs-ccd", "lifespan-vs-current", "current-vs-capacity", "overpotential-vs-current", "cumulative-capacity"]) {
      const figure = p.locator(`#chart-${id}`);
      await figure.scrollIntoViewIfNeeded();
      await figure.locator(".chart-downloads").waitFor();
    }
    await p.locator("#chart-current-vs-capacity a.mark").first().hover();
    await p.locator("#chart-current-vs-capacity").getByRole("tooltip").waitFor();
    expect(await axeViolations(p)).toEqual([]);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await ctx.close();
  });
});
