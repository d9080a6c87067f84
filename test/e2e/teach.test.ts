import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import raw from "../../src/content/data/problems.json";
import { problemSchema } from "../../src/schemas/problem.ts";
import { validateRows } from "../../src/schemas/validate-rows.ts";
import { workProblem } from "../../src/teach/answers.ts";
import { calculators } from "../../src/teach/calculators.ts";
import { axeViolations, launch, origin, watchedPage } from "./browser.ts";

const worked = validateRows("src/content/data/problems.json", raw, problemSchema).map(workProblem);
const PAGE = "/teach/";
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext();
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string, on: BrowserContext = context): Promise<Page> {
  const page = await on.newPage();
  await page.goto(origin() + path);
  return page;
}

/** The number an <output> shows ("411.6", "-154.8"), or NaN. */
const outputNumber = async (page: Page, name: string) =>
  Number((await page.locator(`output[name="${name}"]`).textContent())?.replace("−", "-").trim());

/** |a − b| within 1 % of b, or 0.05 when b is near 0 (outputs are rounded for display). */
const near = (a: number, b: number) => Math.abs(a - b) <= Math.max(0.01 * Math.abs(b), 0.05);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

describe("the /teach/ page", () => {
  it("lists at least 12 problems, grouped under a heading per chapter with a link to it", async () => {
    const page = await open(PAGE);
    expect(await page.locator("article.problem").count()).toBeGreaterThanOrEqual(12);
    for (const n of [1, 2, 3, 4, 5]) {
      const section = page.locator("section.teach-chapter", { has: page.locator(`h2#chapter-${n}`) });
      expect(await section.locator("article.problem").count(), `chapter ${n}`).toBeGreaterThan(0);
      await expect(section.getByRole("link", { name: `Read chapter ${n}` }).getAttribute("href")).resolves.toMatch(/^\.\.\/review\/[a-z-]+\/$/);
      await expect(page.getByRole("navigation", { name: "Problems by chapter" }).locator(`a[href="#chapter-${n}"]`).count()).resolves.toBe(1);
    }
    const numbers = await page.locator("article.problem .problem-number").allTextContents();
    expect(numbers.slice(0, 2)).toEqual(["Problem 1.1.", "Problem 1.2."]);
    await expect(page.getByRole("link", { name: "Teach", exact: true }).getAttribute("aria-current")).resolves.toBe("page");
    await page.close();
  });

  it("prints each answer the calculators compute, inside a folded solution", async () => {
    const page = await open(PAGE);
    for (const w of worked) {
      const solution = page.locator(`article#${w.problem.id} details.solution`);
      await expect(solution.getAttribute("open")).resolves.toBeNull();
      await expect(solution.locator(".solution-answer strong").textContent()).resolves.toContain(w.answerText);
    }
    await page.close();
  });

  it("checks an answer typed with the keyboard, and says right or wrong without giving it away", async () => {
    const page = await open(PAGE);
    const w = worked.find((x) => x.problem.id === "plated-na-thickness")!;
    const article = page.locator(`article#${w.problem.id}`);
    const input = article.getByRole("textbox", { name: /Your answer to problem/ });
    const status = article.getByRole("status");
    await input.focus();
    await page.keyboard.type("0.0266 mm");
    await page.keyboard.press("Enter");
    await expect.poll(() => status.textContent()).toBe("Right: that is within ±2 % of the answer.");
    await input.fill("");
    await page.keyboard.type("30 um");
    await page.keyboard.press("Tab");
    await expect(article.getByRole("button", { name: /^Check/ }).evaluate((b) => b === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press("Enter");
    await expect.poll(() => status.textContent()).toMatch(/^Not yet: that is too high/);
    expect(await status.textContent()).not.toContain(w.answerText);
    await input.fill("26.6");
    await input.press("Enter");
    await expect.poll(() => status.textContent()).toBe("Missing unit: give the answer in µm, mm or nm.");
    await expect(input.getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(article.locator("details.solution").getAttribute("open")).resolves.toBeNull();
    // The solution opens from the keyboard too.
    await article.locator("details.solution summary").focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => article.locator("details.solution").getAttribute("open")).toBe("");
    await page.close();
  });

  it("reads the typed number by the site's one rule: “16,2 s” is 16.2 s, “1,500 s” is ambiguous", async () => {
    const page = await open(PAGE);
    const article = page.locator("article#sand-time-high-current");
    const input = article.getByRole("textbox", { name: /Your answer to problem/ });
    const status = article.getByRole("status");
    await input.fill("16,2 s");
    await input.press("Enter");
    await expect.poll(() => status.textContent()).toBe("Right: that is within ±3 % of the answer.");
    await input.fill("1,500 s");
    await input.press("Enter");
    await expect.poll(() => status.textContent()).toBe(
      "“1,500” could be 1.5 or 1500: write 1.5 with a decimal point, or 1500 without a separator.",
    );
    await expect(input.getAttribute("aria-invalid")).resolves.toBe("true");
    await page.close();
  });

  // One page per test: axe on these long pages takes a while on a busy machine.
  it.each([
    ["light", PAGE],
    ["dark", PAGE],
    ["light", "/teach/answers/"],
    ["dark", "/teach/answers/"],
  ] as const)("has no axe violation in %s mode on %s, with hints, solutions and a verdict open", async (colorScheme, path) => {
    const ctx = await browser.newContext({ colorScheme });
    const { page, problems } = await watchedPage(ctx);
    await page.goto(origin() + path, { waitUntil: "networkidle" });
    if (path === PAGE) {
      const article = page.locator("article.problem").first();
      await article.locator("details.hint summary").click();
      await article.locator("details.solution summary").click();
      await article.getByRole("textbox").fill("1 furlong");
      await article.getByRole("textbox").press("Enter");
      const second = page.locator("article.problem").nth(1);
      await second.getByRole("textbox").fill(`${worked[1]!.answerText} ${worked[1]!.problem.unit}`);
      await second.getByRole("textbox").press("Enter");
      await page.getByRole("button", { name: "Answer key", exact: true }).click();
    }
    expect(await axeViolations(page), `${path} (${colorScheme})`).toEqual([]);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await ctx.close();
  });

  it("prints a worksheet without solutions, and the key with them once Answer key is pressed", async () => {
    const page = await open(PAGE);
    const solutions = page.locator("details.solution");
    const visible = (selector: string) => page.locator(selector).first().isVisible();
    await page.emulateMedia({ media: "print" });
    expect(await visible("article.problem .problem-statement")).toBe(true);
    expect(await visible(".answer-line")).toBe(true);
    expect(await solutions.first().isVisible()).toBe(false);
    expect(await visible(".self-check")).toBe(false);
    expect(await visible(".problem-links")).toBe(false);
    expect(await visible(".answer-key-title")).toBe(false);

    await page.emulateMedia({ media: "screen" });
    const toggle = page.getByRole("button", { name: "Answer key", exact: true });
    await toggle.click();
    await expect(toggle.getAttribute("aria-pressed")).resolves.toBe("true");
    await page.emulateMedia({ media: "print" });
    expect(await visible(".answer-key-title")).toBe(true);
    for (const i of [0, worked.length - 1]) {
      expect(await solutions.nth(i).locator(".solution-answer").isVisible()).toBe(true);
    }
    expect(await visible(".answer-line")).toBe(false);

    await page.emulateMedia({ media: "screen" });
    await toggle.click();
    await page.emulateMedia({ media: "print" });
    expect(await solutions.first().isVisible()).toBe(false);
    await page.close();

    const key = await open("/teach/answers/");
    await key.emulateMedia({ media: "print" });
    expect(await key.locator("details.solution .solution-answer").last().isVisible()).toBe(true);
    await key.close();
  });

  it("reads without JavaScript: solutions open natively, and no control is left that would do nothing", async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await open(PAGE, noJs);
    expect(await page.locator(".self-check").first().isVisible()).toBe(false);
    expect(await page.getByRole("button", { name: "Answer key", exact: true }).count()).toBe(0);
    await page.locator("details.solution summary").first().click();
    expect(await page.locator("details.solution .solution-tex .katex").first().isVisible()).toBe(true);
    await noJs.close();
  });
});

describe.each(worked.map((w) => [w.problem.id, w] as const))("problem %s", (_id, w) => {
  const calc = calculators[w.problem.calculator];
  const hrefOf = async (page: Page, name: RegExp) => {
    const href = await page.locator(`article#${w.problem.id}`).getByRole("link", { name }).getAttribute("href");
    return new URL(href!, origin() + PAGE).pathname + new URL(href!, origin() + PAGE).search;
  };

  it("opens its calculator in exactly the problem's state", async () => {
    const teach = await open(PAGE);
    const href = await hrefOf(teach, /^Open the /);
    await teach.close();
    expect(href).toBe(`/${calc.path}${w.query}`);
    const page = await open(href);
    for (const [name, value] of Object.entries(w.problem.params)) {
      if (name === calc.choice?.name) {
        // Radio groups carry the URL name in data-param (their name attribute is made unique per page).
        const choice = page.locator(`input[type="radio"][data-param="${name}"][value="${value}"]`);
        await choice.scrollIntoViewIfNeeded();
        await expect.poll(() => choice.isChecked(), { timeout: 15_000 }).toBe(true);
      } else if (calc.moreChoices?.some((c) => c.name === name)) {
        // Further settings with fixed values are drop-downs named as in the URL (e.g. textureModel).
        const select = page.locator(`select[name="${name}"]`);
        await select.scrollIntoViewIfNeeded();
        await expect.poll(() => select.inputValue(), { timeout: 15_000, message: name }).toBe(value);
      } else {
        const input = page.locator(`input[name="${name}"]`);
        await input.scrollIntoViewIfNeeded();
        await expect.poll(() => input.inputValue(), { timeout: 15_000, message: name }).toBe(value);
      }
    }
    for (const name of w.hide.filter((n) => typeof w.run.outputs[n] === "number")) {
      await expect.poll(() => outputNumber(page, name), { timeout: 15_000, message: name }).toSatisfy((x: number) => near(x, w.run.outputs[name]!));
    }
    await page.close();
  });

  it("has a teacher link that hides the asked-for results until Reveal is pressed", async () => {
    const teach = await open(PAGE);
    const href = await hrefOf(teach, /^Teacher link/);
    await teach.close();
    expect(href).toBe(`/${calc.path}${w.teacherQuery}`);
    const page = await open(href);
    const first = w.hide[0]!;
    const reveal = page.getByRole("button", { name: new RegExp(`^Reveal ${escape(calc.outputs[first]!)}`) });
    await reveal.scrollIntoViewIfNeeded();
    await expect.poll(() => reveal.count(), { timeout: 15_000 }).toBe(1);
    for (const name of w.hide) await expect(page.locator(`output[name="${name}"]`).count(), name).resolves.toBe(0);
    await reveal.click();
    await expect.poll(() => page.locator(`output[name="${first}"]`).count()).toBe(1);
    const expected = w.run.outputs[first];
    if (typeof expected === "number") expect(near(await outputNumber(page, first), expected)).toBe(true);
    await page.close();
  });
});
