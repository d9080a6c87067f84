import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, launch, origin, watchedPage, type PageProblems } from "../browser.ts";

// One page reads every fixture of test/fixtures/cyclers/ in turn (see SOURCES.md), with a 2 cm² area in its URL.
const PAGE = "/calculators/ccd/?electrodeArea_cm2=2";
const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/cyclers/${name}`, import.meta.url));

let browser: Browser;
let page: Page;
let problems: PageProblems;

beforeAll(async () => {
  browser = await launch();
  ({ page, problems } = await watchedPage(await browser.newContext()));
  await page.goto(origin() + PAGE);
  await page.locator("section.ccd-analyser").scrollIntoViewIfNeeded();
  await page.locator("astro-island:not([ssr]) section.ccd-analyser").waitFor();
});
afterAll(async () => {
  await browser?.close();
});

const output = (name: string) => page.locator(`section.ccd-analyser output[name="${name}"]`);
const alert = () => page.locator("section.ccd-analyser [role=alert]").textContent();
const choose = (name: string) => page.locator('input[type=file][name="voltageData"]').setInputFiles(fixture(name));

/** Chooses a fixture and waits until the analyser shows its name as read. */
async function read(name: string): Promise<{ rows: string | null; duration: string | null }> {
  await choose(name);
  await page.locator("section.ccd-analyser .ccd-source", { hasText: `${name}:` }).waitFor({ timeout: 20_000 });
  return { rows: await output("traceRows").textContent(), duration: await output("traceDuration_h").textContent() };
}

describe("the trace analyser reading cycler exports", () => {
  it("keeps the electrode area of its URL in electrodeArea_cm2", async () => {
    await expect(page.locator('input[name="electrodeArea_cm2"]').inputValue()).resolves.toBe("2");
  });

  it.each([
    ["eclab-synthetic.mpt", "500", "4.158"],
    ["biologic-bcs.csv", "400", "28.34"],
    ["arbin.csv", "248", "0.4972"],
    ["arbin-mits.xlsx", "400", "3.579"],
    ["maccor.052", "333", "0.000925"],
    ["maccor-testtime.041", "74", "0.002778"],
    ["neware.csv", "605", "144"],
    ["neware-nested.csv", "589", "1.654"],
    ["novonix.csv", "400", "3.958"],
    ["pec.csv", "407", "89.65"],
    ["bdf.csv", "213", "391.9"],
    ["semicolon-preamble.csv", "240", "7.967"],
  ])("reads %s: traceRows %s, traceDuration_h %s", async (name, rows, duration) => {
    await expect(read(name)).resolves.toEqual({ rows, duration });
    await expect(alert()).resolves.toBe("");
  });

  it("says what it detected in a sentence, and shows the preamble's EC-Lab area without using it", async () => {
    await read("eclab-synthetic.mpt");
    await expect(page.locator(".ccd-mapping").textContent()).resolves.toBe(
      "BioLogic EC-Lab text export, decimal comma: time from time/s (s), voltage from <Ewe>/V (V), current from <I>/mA (mA), sign and rests from mode.",
    );
    await expect(page.locator(".ccd-area").textContent()).resolves.toContain("electrode area of 0.001 cm²");
  });

  it("reads the file again when a unit is changed in the menus, and remembers the choice for that format", async () => {
    await read("semicolon-preamble.csv");
    await page.locator(".ccd-columns summary").click();
    await expect(axeViolations(page)).resolves.toEqual([]);
    await page.getByLabel("Time unit").selectOption("min");
    await expect.poll(() => output("traceDuration_h").textContent(), { timeout: 20_000 }).toBe("0.1328");
    await page.reload();
    await page.locator("section.ccd-analyser").scrollIntoViewIfNeeded();
    await page.locator("astro-island:not([ssr]) section.ccd-analyser").waitFor();
    await choose("semicolon-preamble.csv");
    await expect.poll(() => output("traceDuration_h").textContent(), { timeout: 20_000 }).toBe("0.1328");
    await page.evaluate(() => localStorage.clear());
  });

  it("refuses a binary .mpr in an alert naming the file and what to export instead", async () => {
    await choose("biologic-binary.mpr");
    await expect.poll(alert, { timeout: 20_000 }).toBe(
      "biologic-binary.mpr: This is a BioLogic EC-Lab binary file (.mpr): open it in EC-Lab and use Export as Text to save an .mpt file, then choose that.",
    );
    await expect(output("traceRows").textContent()).resolves.toBe("—");
  });

  it("offers every format's extension in the file picker, and made no request elsewhere nor logged an error", async () => {
    const accept = (await page.locator('input[name="voltageData"]').getAttribute("accept")) ?? "";
    for (const e of [".mpt", ".xlsx", ".052", ".001", ".csv", ".txt", ".mpr", ".nda", ".ndax", ".res", ".cex", ".xls"]) expect(accept.split(",")).toContain(e);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
  });
});
