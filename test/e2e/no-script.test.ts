import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch, origin } from "./browser.ts";

const CALCULATOR = "/calculators/contact-angle/";
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The visible note of the calculator that the page opens with, or "" when there is none. */
const visibleNote = async (page: Page) => {
  const note = page.locator(".calc.ca .needs-script");
  return (await note.count()) && (await note.isVisible()) ? ((await note.innerText()) ?? "") : "";
};

describe("with JavaScript off", () => {
  it("a calculator says its values cannot change, its fields are read-only and its default results stay visible", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(origin() + CALCULATOR);
    expect(await visibleNote(page)).toMatch(/^To change the values, this needs JavaScript, which is off/);
    await expect(page.locator('input[name="theta_deg"]').getAttribute("readonly")).resolves.toBe("");
    await expect(page.locator('.calc.ca fieldset.calc-choice input[type="radio"]').first().isDisabled()).resolves.toBe(true);
    await expect(page.locator('output[name="theta_deg"]').innerText()).resolves.toBe("72.5");
    await expect(page.getByRole("button", { name: "Dark mode" }).isVisible()).resolves.toBe(false);
    await context.close();
  });
});

describe("opened from disk (file://)", () => {
  it("a calculator says it needs a web server, and its fields are read-only", async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(resolve(`dist${CALCULATOR}index.html`)).href);
    expect(await visibleNote(page)).toMatch(/^To change the values, serve the site from a web server/);
    await expect(page.locator('input[name="theta_deg"]').getAttribute("readonly")).resolves.toBe("");
    await page.close();
  });
});

describe("served, with JavaScript", () => {
  it("the calculator starts without the note and its fields answer", async () => {
    const page = await browser.newPage();
    await page.goto(origin() + CALCULATOR);
    const input = page.locator('input[name="theta_deg"]');
    await input.scrollIntoViewIfNeeded();
    // On its own page a calculator starts when the reader first reaches for it (client:interaction).
    await input.hover();
    await page.waitForFunction(() => !document.querySelector('input[name="theta_deg"]')?.hasAttribute("readonly"));
    expect(await visibleNote(page)).toBe("");
    await input.fill("150");
    await page.waitForFunction(() => Number(document.querySelector('output[name="theta_deg"]')?.textContent) === 150);
    await page.close();
  });
});
