import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import raw from "../../src/content/data/problems.json";
import { problemSchema } from "../../src/schemas/problem.ts";
import { validateRows } from "../../src/schemas/validate-rows.ts";
import { workProblem } from "../../src/teach/answers.ts";
import { calculators } from "../../src/teach/calculators.ts";
import { launch, origin } from "./browser.ts";

const worked = validateRows("src/content/data/problems.json", raw, problemSchema).map(workProblem);
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
});
afterAll(async () => {
  await browser?.close();
});

/** Everything a reader can read on the page: its text, and the text of its drawings and charts. */
const pageText = (page: Page) =>
  page.evaluate(() =>
    [document.body.innerText, ...[...document.querySelectorAll("svg text, svg title")].map((t) => t.textContent ?? "")]
      .join("\n")
      .replace(/−/g, "-"),
  );

/** Scrolls through the page so every island (they start when visible) runs. */
async function startIslands(page: Page): Promise<void> {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y < height; y += 700) await page.mouse.wheel(0, 700);
  await page.waitForFunction(() => document.querySelectorAll("astro-island[ssr]").length === 0, undefined, { timeout: 15_000 });
}

/**
 * Where `number` is printed in `text` as a whole number (not part of 1240.35); numbers of one or two digits
 * count only with their unit after them ("12 h"), as a bare "12." is usually a row number.
 */
const findNumber = (text: string, number: string, unit: string) => {
  const digits = number.replace(/\D/g, "").length;
  const after = digits >= 3 || !unit ? "(?![\\d])" : `(?=\\s*${unit.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")})`;
  return text.search(new RegExp(`(?<![\\d.,])${number.replace(/[.+-]/g, "\\$&")}${after}`));
};

describe.each(worked.map((w) => [w.problem.id, w] as const))("the teacher link of problem %s", (_id, w) => {
  it("keeps every hidden result off the page (text, drawings, charts) until Reveal all is pressed", async () => {
    const page = await context.newPage();
    await page.goto(`${origin()}/${calculators[w.problem.calculator].path}${w.teacherQuery}`);
    await startIslands(page);
    const reveal = page.getByRole("button", { name: "Reveal all" }).first();
    await reveal.waitFor();
    const before = await pageText(page);
    await reveal.click();
    await page.locator(`output[name="${w.hide[0]}"]`).first().waitFor();
    const shown: { number: string; unit: string }[] = [];
    for (const name of w.hide) {
      const { number, unit } = await page
        .locator(`output[name="${name}"]`)
        .first()
        .evaluate((o) => ({
          number: (o.textContent ?? "").replace(/−/g, "-").trim(),
          unit: (o.parentElement?.querySelector(".calc-unit")?.textContent ?? "").trim(),
        }));
      if (/\d/.test(number)) shown.push({ number, unit });
    }
    expect(shown.length).toBeGreaterThan(0);
    const answer = { number: w.answerText.replace(/−/g, "-"), unit: w.problem.unit };
    // Each value found, with the words around it, so a failure says where it was printed.
    const where = [...shown, answer].flatMap(({ number, unit }) => {
      const at = findNumber(before, number, unit);
      return at < 0 ? [] : [before.slice(Math.max(0, at - 80), at + 40).replace(/\s+/g, " ")];
    });
    expect(where, "hidden values printed on the page before Reveal").toEqual([]);
    // Revealed, the page reads in full again.
    expect(await pageText(page)).not.toContain("[hidden]");
    await page.close();
  });
});
