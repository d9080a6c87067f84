import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exampleModel, syntheticTrace, traceToCsv } from "../../../src/calculators/synthetic-trace.ts";
import type { Trace } from "../../../src/calculators/trace/trace.ts";
import { cycling, generate, realisticCell } from "../../helpers/symmetric-cell-generator.ts";
import { axeViolations, launch, origin, reachIslands, watchedPage } from "../browser.ts";

const PAGE = "/calculators/ccd/";
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext();
});
afterAll(async () => {
  await browser?.close();
});

/** Brings an island into view and waits until it has hydrated. */
async function hydrate(page: Page, selector: string): Promise<void> {
  await page.locator(selector).first().scrollIntoViewIfNeeded();
  await reachIslands(page);
  await page.locator(`astro-island:not([ssr]) ${selector}`).first().waitFor();
}

/** Opens `path` with the planner hydrated (and the analyser, when asked). */
async function open(path: string, { analyser = false, on = context } = {}): Promise<Page> {
  const page = await on.newPage();
  await page.goto(origin() + path);
  await hydrate(page, "section.ccd:not(.ccd-analyser)");
  if (analyser) await hydrate(page, "section.ccd-analyser");
  return page;
}

const output = (page: Page, name: string) => page.locator(`output[name="${name}"]`).first();
const input = (page: Page, name: string) => page.locator(`input[name="${name}"]`).first();
const bodyText = (page: Page) => page.evaluate(() => document.body.innerText);
const alertText = (page: Page) => page.locator("section.ccd-analyser [role=alert]").textContent();

/** A CSV file for the file input, from text. */
const csvFile = (name: string, text: string) => ({ name, mimeType: "text/csv", buffer: Buffer.from(text) });

/** A generated trace as CSV with its current column. */
function traceCsv(trace: Trace): string {
  const lines = ["time_s,voltage_V,current_mA_cm2"];
  for (let i = 0; i < trace.time_s.length; i++)
    lines.push(`${trace.time_s[i]},${trace.voltage_V[i]!.toFixed(6)},${trace.current_mA_cm2![i]!.toFixed(5)}`);
  return lines.join("\n") + "\n";
}

/** The example model sampled every `period_s`, as CSV; without the current column when `current` is false. */
function exampleText(period_s: number, current = true): string {
  const model = { ...exampleModel, samplePeriod_s: period_s };
  const trace = syntheticTrace(model);
  return traceToCsv(current ? trace : { ...trace, current_mA_cm2: null }, model);
}

describe("the CCD planner", () => {
  it("shows the default staircase, polarization, limiting current and why Sand's time is not reached, computed at build time", async () => {
    const page = await open(PAGE);
    await expect(output(page, "steps").textContent()).resolves.toBe("10");
    await expect(output(page, "totalTime_h").textContent()).resolves.toBe("29.29");
    await expect(output(page, "cumulativeCapacity_mAh_cm2").textContent()).resolves.toBe("10");
    await expect(output(page, "polarizationAtMax_mV").textContent()).resolves.toBe("398");
    // Issue 14: across the default 25 µm gap the limiting current is 257.3 mA cm⁻², so at 1 mA cm⁻² there is no Sand's time.
    await expect(output(page, "limitingCurrent_mA_cm2").textContent()).resolves.toBe("257.3");
    await expect(output(page, "diffusionTime_s").textContent()).resolves.toBe("3.125");
    await expect(output(page, "sandTime_s").textContent()).resolves.toBe("—");
    await expect(page.locator('output[name="sandTime_s"] + .calc-reason').textContent()).resolves.toContain(
      "Never reached: 1 mA cm⁻² is at or below the limiting current, 257.3 mA cm⁻²",
    );
    await expect(page.locator("section.ccd .ccd-steps tbody tr").count()).resolves.toBe(10);
    await page.close();
  });

  it("has an input for every URL parameter of the issue", async () => {
    const page = await open(PAGE);
    const names = await page
      .locator("section.ccd:not(.ccd-analyser) input[name]:not([type=radio])")
      .evaluateAll((els) => els.map((e) => e.getAttribute("name")));
    expect(names.sort()).toEqual(
      [
        "startCurrent_mA_cm2", "stepCurrent_mA_cm2", "maxCurrent_mA_cm2", "capacityPerHalfCycle_mAh_cm2", "cyclesPerStep", "rest_min",
        "interfacialResistance_ohm_cm2", "electrolyteThickness_um", "ionicConductivity_mS_cm",
        "sandCurrent_mA_cm2", "diffusivity_cm2_s", "concentration_M", "transferenceNumber", "sandGap_um",
      ].sort(),
    );
    await page.getByRole("radio", { name: "Fixed time per half-cycle" }).check();
    await expect(input(page, "halfCycle_h").inputValue()).resolves.toBe("1");
    await expect(page.locator('input[name="capacityPerHalfCycle_mAh_cm2"]').count()).resolves.toBe(0);
    await page.close();
  });

  it("updates the results and the URL as the reader types, and a URL restores the state", async () => {
    const page = await open(PAGE);
    await page.getByRole("radio", { name: "Fixed time per half-cycle" }).check();
    await input(page, "halfCycle_h").fill("2");
    await input(page, "maxCurrent_mA_cm2").fill("2");
    await expect.poll(() => output(page, "steps").textContent()).toBe("20");
    await expect(output(page, "totalTime_h").textContent()).resolves.toBe("80");
    await expect.poll(() => page.url()).toContain("protocol=time");
    expect(page.url()).toContain("maxCurrent_mA_cm2=2");
    expect(page.url()).toContain("halfCycle_h=2");
    await expect.poll(() => page.locator(".calc-formulas").first().textContent(), { timeout: 10_000 }).toContain("80");

    const again = await open(`${PAGE}${new URL(page.url()).search}`);
    await expect(again.getByRole("radio", { name: "Fixed time per half-cycle" }).isChecked()).resolves.toBe(true);
    await expect(input(again, "halfCycle_h").inputValue()).resolves.toBe("2");
    await expect(output(again, "totalTime_h").textContent()).resolves.toBe("80");
    const shared = await again.getByRole("link", { name: "Link to this calculation" }).getAttribute("href");
    const viaLink = await open(`${PAGE}${shared!.replace(/^\.\//, "")}`);
    await expect(output(viaLink, "totalTime_h").textContent()).resolves.toBe("80");
    await Promise.all([page.close(), again.close(), viaLink.close()]);
  });

  it.each([
    ["?interfacialResistance_ohm_cm2=636&maxCurrent_mA_cm2=0.3", "polarizationAtMax_mV", "411.6"],
    ["?sandGap_um=260&sandCurrent_mA_cm2=50", "sandTime_s", "16.25"],
    ["?maxCurrent_mA_cm2=2", "steps", "20"],
  ])("opens the chapters' link %s with %s = %s", async (query, name, value) => {
    const page = await open(`${PAGE}${query}`);
    await expect.poll(() => output(page, name).textContent()).toBe(value);
    await expect(page.locator(".calc-notes").count()).resolves.toBe(0);
    await page.close();
  });

  it.each([
    ["stepCurrent_mA_cm2", "abc", "Current step must be a number in mA cm⁻².", "steps"],
    ["stepCurrent_mA_cm2", "", "Enter a value for Current step.", "steps"],
    ["stepCurrent_mA_cm2", "0", "Current step must be at least 0.001 mA cm⁻².", "steps"],
    ["maxCurrent_mA_cm2", "0.05", "The maximum current density must be at least the start, 0.1 mA cm⁻².", "totalTime_h"],
    ["cyclesPerStep", "1.5", "Cycles per step must be a whole number.", "totalTime_h"],
    ["ionicConductivity_mS_cm", "-1", "Ionic conductivity σ must be at least 0.000001 mS cm⁻¹.", "polarizationAtMax_mV"],
    ["transferenceNumber", "1", "Transference number t₊ of Na⁺ must be less than 1.", "sandTime_s"],
    ["diffusivity_cm2_s", "1e999", "Salt diffusion coefficient D is too large to compute with.", "sandTime_s"],
    ["interfacialResistance_ohm_cm2", "1,500", "Interfacial resistance R_int: “1,500” could be 1.5 or 1500: write 1.5 with a decimal point, or 1500 without a separator.", "polarizationAtMax_mV"],
    ["interfacialResistance_ohm_cm2", "149 ± -5", "Interfacial resistance R_int: the uncertainty after ± must be zero or positive.", "polarizationAtMax_mV"],
    ["sandGap_um", "25 +/- x", "Electrolyte gap L between the electrodes: after ± give the uncertainty as a number, e.g. 72.5 ± 2.", "limitingCurrent_mA_cm2"],
    ["sandGap_um", "1,5,0", "Electrolyte gap L between the electrodes must be a number in µm.", "limitingCurrent_mA_cm2"],
    ["maxCurrent_mA_cm2", "1 ± 0.1", "Maximum current density is a setting, not a measurement: give it without ±.", "steps"],
    ["cyclesPerStep", "2 ± 1", "Cycles per step is a count: give it without ±.", "totalTime_h"],
  ])("flags %s = %j next to the field and shows — instead of %s", async (name, text, message, affected) => {
    const page = await open(PAGE);
    await input(page, name).fill(text);
    await expect.poll(() => input(page, name).getAttribute("aria-invalid")).toBe("true");
    const describedBy = (await input(page, name).getAttribute("aria-describedby"))!.split(" ")[0]!;
    await expect(page.locator(`[id="${describedBy}"]`).textContent()).resolves.toBe(message);
    await expect(output(page, affected).textContent()).resolves.toBe("—");
    expect(await bodyText(page)).not.toMatch(/NaN|Infinity|undefined/);
    await page.close();
  });

  it("reads value ± δ from the form and the URL, shows x ± δx beside the output, and reads 1,5 as 1.5", async () => {
    const page = await open(`${PAGE}?interfacialResistance_ohm_cm2=${encodeURIComponent("149±10")}`);
    // By hand: ∂η/∂R = 2j = 2 mV per Ω cm², so δη = 20 mV at 1 mA cm⁻².
    await expect.poll(() => output(page, "polarizationAtMax_mV").textContent()).toBe("398");
    const uncertainty = page.locator('output[name="polarizationAtMax_mV"] + .calc-uncertainty');
    await expect(uncertainty.textContent()).resolves.toBe(" ±plus or minus 20");
    await expect(page.locator(".ccd-steps tbody tr").first().locator("td").nth(5).textContent()).resolves.toBe("39.8 ± 2.0");
    await input(page, "sandGap_um").fill("25 +/- 2.5");
    await expect.poll(() => output(page, "limitingCurrent_mA_cm2").textContent()).toBe("257");
    // j_lim ∝ 1/L: a 10 % uncertainty in L gives 25.7 mA cm⁻², written with two figures.
    await expect(page.locator('output[name="limitingCurrent_mA_cm2"] + .calc-uncertainty').textContent()).resolves.toBe(" ±plus or minus 26");
    await expect.poll(() => new URL(page.url()).searchParams.get("sandGap_um")).toBe("25 +/- 2.5");
    await input(page, "ionicConductivity_mS_cm").fill("0,5");
    // L/σ = 200 Ω cm²: η = 1 × (2 × 149 + 200) = 498 mV.
    await expect.poll(() => output(page, "polarizationAtMax_mV").textContent()).toBe("498");
    expect(await bodyText(page)).not.toMatch(/NaN|Infinity|undefined/);
    await page.close();
  });

  it("switches the resistance convention with a select, in the results, the formula, the presets and the URL", async () => {
    const page = await open(PAGE);
    const select = page.locator('select[name="resistanceConvention"]');
    await expect(select.inputValue()).resolves.toBe("perInterface");
    await select.selectOption("wholeCell");
    // By hand: η = 1 × (149 + 100) = 249 mV.
    await expect.poll(() => output(page, "polarizationAtMax_mV").textContent()).toBe("249");
    await expect.poll(() => page.url()).toContain("resistanceConvention=wholeCell");
    const presets = page.getByLabel("Load a row of Table 1").first();
    await presets.selectOption({ label: "7. SnS₂@NZSP (NZSP, 25 °C) [44]" });
    await page.getByRole("button", { name: "Load", exact: true }).first().click();
    // A total of 280 Ω cm² less L/σ = 100 Ω cm², kept whole: 180.
    await expect.poll(() => input(page, "interfacialResistance_ohm_cm2").inputValue()).toBe("180");
    await expect(output(page, "polarizationAtMax_mV").textContent()).resolves.toBe("280");
    const again = await open(`${PAGE}?resistanceConvention=wholeCell`);
    await expect(again.locator('select[name="resistanceConvention"]').inputValue()).resolves.toBe("wholeCell");
    await expect(output(again, "polarizationAtMax_mV").textContent()).resolves.toBe("249");
    await Promise.all([page.close(), again.close()]);
  });

  it("sets Sand's time against the half-cycle at each step above the limiting current", async () => {
    const page = await open(
      `${PAGE}?startCurrent_mA_cm2=10&stepCurrent_mA_cm2=10&maxCurrent_mA_cm2=50&capacityPerHalfCycle_mAh_cm2=1&sandGap_um=260`,
    );
    const cells = page.locator(".ccd-steps tbody tr td:last-child");
    await expect.poll(() => cells.allTextContents()).toEqual([
      "never (below j_lim)",
      "never (below j_lim)",
      "0.0125, within the half-cycle",
      "0.00705, within the half-cycle",
      "0.00451, within the half-cycle",
    ]);
    await expect(page.locator(".calc-warnings").first().textContent()).resolves.toContain("from 30 mA cm⁻² on");
    await page.close();
  });

  it("shows hostile URL values as text and notes, and runs none of them", async () => {
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const query = new URLSearchParams([
      ["startCurrent_mA_cm2", "<script>alert(1)</script>"],
      ["stepCurrent_mA_cm2", '"><img src=x onerror=alert(1)>'],
      ["maxCurrent_mA_cm2", "9".repeat(10_000)],
      ["cyclesPerStep", "2"],
      ["cyclesPerStep", "3"],
      ["protocol", "<b>bold</b>"],
      ["<svg onload=alert(1)>", "1"],
    ]);
    await page.goto(`${origin()}${PAGE}?${query}`);
    await hydrate(page, "section.ccd:not(.ccd-analyser)");
    await expect.poll(() => input(page, "startCurrent_mA_cm2").inputValue()).toBe("<script>alert(1)</script>");
    await expect(input(page, "startCurrent_mA_cm2").getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(input(page, "stepCurrent_mA_cm2").getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(input(page, "maxCurrent_mA_cm2").getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(input(page, "cyclesPerStep").inputValue()).resolves.toBe("2");
    const notes = await page.locator(".calc-notes").first().textContent();
    expect(notes).toContain("“cyclesPerStep” was given 2 times; the first value is used.");
    expect(notes).toContain("Ignored protocol=“<b>bold</b>”: it must be one of capacity, time.");
    expect(notes).toContain("Ignored “<svg onload=alert(1)>”: this calculator has no such setting.");
    await expect(page.locator("section.ccd img, section.ccd script, section.ccd b").count()).resolves.toBe(0);
    expect(await bodyText(page)).not.toMatch(/NaN|Infinity|undefined/);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it("loads a Table 1 row as a preset, citing its reference", async () => {
    const page = await open(PAGE);
    const select = page.getByLabel("Load a row of Table 1").first();
    await expect(select.locator("option").count()).resolves.toBe(18);
    await expect(select.locator("option[disabled]").count()).resolves.toBe(2);
    await select.selectOption({ label: "8. SnOₓ/Sn@NZSP (NZSP, 25 °C) [45]" });
    await page.getByRole("button", { name: "Load", exact: true }).first().click();
    await expect.poll(() => input(page, "interfacialResistance_ohm_cm2").inputValue()).toBe("3");
    await expect(output(page, "polarizationAtMax_mV").textContent()).resolves.toBe("106");
    const status = page.locator(".ccd-preset-status").first();
    await expect(status.textContent()).resolves.toContain("Reported CCD: 1 mA cm⁻².");
    await expect(status.getByRole("link", { name: "[45]" }).getAttribute("href")).resolves.toBe("../../references/#ref-45");

    // A total cell resistance: R_int = (280 − L/σ)/2 with L/σ = 100 Ω cm².
    await select.selectOption({ label: "7. SnS₂@NZSP (NZSP, 25 °C) [44]" });
    await page.getByRole("button", { name: "Load", exact: true }).first().click();
    await expect.poll(() => input(page, "interfacialResistance_ohm_cm2").inputValue()).toBe("90");
    await expect(status.textContent()).resolves.toContain("total resistance of 280 Ω cm²");
    await page.close();
  });

  it("works by keyboard: Tab into a field, type, and the result changes", async () => {
    const page = await open(PAGE);
    await page.getByRole("radio", { name: "Fixed capacity per half-cycle" }).focus();
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => (document.activeElement as HTMLInputElement).name)).resolves.toBe("startCurrent_mA_cm2");
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type("0.5");
    await expect.poll(() => output(page, "steps").textContent()).toBe("6");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type("2");
    await expect.poll(() => output(page, "steps").textContent()).toBe("16");
    await page.close();
  });

  it("hides results in teacher mode until the reader reveals them", async () => {
    const page = await open(`${PAGE}?hide=totalTime_h,polarizationAtMax_mV,nothing`);
    await expect.poll(() => page.locator('output[name="totalTime_h"]').count()).toBe(0);
    await expect(page.locator('output[name="polarizationAtMax_mV"]').count()).resolves.toBe(0);
    await expect(output(page, "steps").textContent()).resolves.toBe("10");
    await expect(page.locator(".calc-notes").first().textContent()).resolves.toContain("Ignored “nothing” in hide");
    await page.getByRole("button", { name: "Reveal Duration of the whole test" }).click();
    await expect(output(page, "totalTime_h").textContent()).resolves.toBe("29.29");
    await page.getByRole("button", { name: "Reveal all" }).click();
    await expect(output(page, "polarizationAtMax_mV").textContent()).resolves.toBe("398");
    await expect.poll(() => page.url()).toContain("hide=");
    await page.close();
  });

  it("is embedded in chapter 3 without Sand's time, leaving the chapter's URL alone", async () => {
    const page = await context.newPage();
    await page.goto(`${origin()}/review/all-solid-state/`);
    await hydrate(page, "section.ccd");
    const section = page.locator("section.ccd");
    await expect(section.locator('output[name="sandTime_s"]').count()).resolves.toBe(0);
    await section.locator('input[name="maxCurrent_mA_cm2"]').fill("2");
    await expect.poll(() => section.locator('output[name="steps"]').textContent()).toBe("20");
    expect(new URL(page.url()).search).toBe("");
    const href = await section.getByRole("link", { name: "Link to this calculation" }).getAttribute("href");
    expect(href).toMatch(/^\.\.\/\.\.\/calculators\/ccd\/\?.*maxCurrent_mA_cm2=2/);
    await expect(page.locator('a[href^="../../calculators/ccd/?interfacialResistance_ohm_cm2=636"]').count()).resolves.toBe(1);
    await page.close();
  });
});

describe("the trace analyser", () => {
  it("finds the CCD of the synthetic example and offers to place it on the Table 1 chart", async () => {
    const page = await open(PAGE, { analyser: true });
    await page.getByRole("button", { name: "Analyse the example" }).click();
    await expect.poll(() => output(page, "ccd_mA_cm2").textContent(), { timeout: 20_000 }).toBe("0.7");
    await expect(output(page, "failureCurrent_mA_cm2").textContent()).resolves.toBe("0.8");
    await expect(output(page, "failureTime_h").textContent()).resolves.toBe("26.18");
    await expect(page.locator(".ccd-failure text").textContent()).resolves.toBe("Short circuit at 0.8 mA cm⁻², 26.18 h");
    await expect(page.locator(".ccd-svg rect[class^=ccd-band]").count()).resolves.toBe(10);
    const link = page.getByRole("link", { name: "Place this result on the Table 1 chart" });
    await expect(link.getAttribute("href")).resolves.toBe(
      "../../data/?my1_resistance_ohm_cm2=149&my1_ccd_mA_cm2=0.7&ccdConvention=passed#charts-table-1",
    );
    await page.close();
  });

  it("names the CCD by the convention chosen, shows both values, says why and marks the evidence on the trace", async () => {
    const page = await open(PAGE, { analyser: true });
    await page.getByRole("button", { name: "Analyse the example" }).click();
    await expect.poll(() => output(page, "ccd_mA_cm2").textContent(), { timeout: 20_000 }).toBe("0.7");
    const results = page.locator("section.ccd-analyser .calc-grid");
    await expect(results.locator("output[name=ccd_mA_cm2] ~ .ccd-convention-note").textContent()).resolves.toBe("last step passed");
    await expect(results.locator(".ccd-both").textContent()).resolves.toBe("Failing step: 0.8 mA cm⁻²; last step passed: 0.7 mA cm⁻².");
    await expect(results.locator(".ccd-verdict-box").textContent()).resolves.toMatch(
      /^Short circuit\. At 0\.8 mA cm⁻² \|V\| fell from the 3\d\d mV plateau .* short circuit\.Evidence: 26\.18 to 26\.\d+ h, shaded on the trace below\.$/,
    );
    await expect(page.locator(".ccd-svg .ccd-evidence rect").count()).resolves.toBe(1);
    await expect(page.locator(".ccd-svg .ccd-evidence text").textContent()).resolves.toBe("Short circuit");
    await page.locator('select[name="ccdConvention"]').selectOption("failing");
    await expect.poll(() => output(page, "ccd_mA_cm2").textContent(), { timeout: 10_000 }).toBe("0.8");
    await expect(results.locator("output[name=ccd_mA_cm2] ~ .ccd-convention-note").textContent()).resolves.toBe("failing step");
    await expect(page.getByRole("link", { name: "Place this result on the Table 1 chart" }).getAttribute("href")).resolves.toBe(
      "../../data/?my1_resistance_ohm_cm2=149&my1_ccd_mA_cm2=0.8&ccdConvention=failing#charts-table-1",
    );
    await page.close();
  });

  it("recognises constant-current cycling, gives the Table 2 metrics and links them to the Table 2 charts", async () => {
    const programme = cycling(1, 1, 60, 0);
    const trace = generate(programme, { ...realisticCell, resistance_ohm_cm2: 30, samplePeriod_s: 20 }, { kind: "hard", at_s: 41.5 * 3600 });
    const page = await open(PAGE, { analyser: true });
    await page.locator('input[type=file][name="voltageData"]').setInputFiles(csvFile("cycling.csv", traceCsv(trace)));
    await expect.poll(() => output(page, "cycleLife_h").textContent(), { timeout: 20_000 }).toBe("41.5");
    await expect(page.locator('select[name="testType"] option:checked').textContent()).resolves.toBe("As detected (cycling)");
    await expect(output(page, "cycles").textContent()).resolves.toBe("20");
    await expect(output(page, "overpotential_mV").textContent()).resolves.toMatch(/^3[01]\.\d+$/);
    await expect(page.locator('section.ccd-analyser output[name="cumulativeCapacity_mAh_cm2"]').textContent()).resolves.toBe("41.5");
    await expect(page.locator("figure.ccd-cycling-chart svg[role=img] circle").count()).resolves.toBe(41);
    const href = await page.getByRole("link", { name: "Place this result on the Table 2 charts" }).getAttribute("href");
    expect(href).toMatch(/^\.\.\/\.\.\/data\/\?my2_current_mA_cm2=1&my2_capacity_mAh_cm2=1&my2_overpotential_mV=3[01]\.\d+&my2_cycle_life_h=41\.5#charts-table-2$/);
    // The reader may read the same file as a staircase instead.
    await page.locator('select[name="testType"]').selectOption("staircase");
    await expect.poll(() => output(page, "failureTime_h").textContent(), { timeout: 10_000 }).toBe("41.5");
    await expect(page.locator('section.ccd-analyser output[name="cycleLife_h"]').count()).resolves.toBe(0);
    await page.close();
  });

  it("re-analyses when a threshold changes, and flags a bad threshold", async () => {
    const page = await open(PAGE, { analyser: true });
    await page.getByRole("button", { name: "Analyse the example" }).click();
    await expect.poll(() => output(page, "ccd_mA_cm2").textContent(), { timeout: 20_000 }).toBe("0.7");
    await input(page, "collapseFraction").fill("2");
    await expect.poll(() => input(page, "collapseFraction").getAttribute("aria-invalid")).toBe("true");
    await expect.poll(() => output(page, "ccd_mA_cm2").textContent()).toBe("—");
    expect(await bodyText(page)).not.toMatch(/NaN|Infinity|undefined/);
    // So low a threshold misses the short: nothing fails, and the CCD is at least the last step.
    await input(page, "collapseFraction").fill("0.001");
    await expect.poll(() => output(page, "ccd_mA_cm2").textContent(), { timeout: 10_000 }).toBe("1");
    await expect(output(page, "failureCurrent_mA_cm2").textContent()).resolves.toBe("—");
    await expect(page.locator("section.ccd-analyser .calc-warnings").textContent()).resolves.toContain(
      "No short circuit in the trace: the CCD is at least 1 mA cm⁻²",
    );
    await page.close();
  });

  it("zooms to the failure and reads samples from the keyboard", async () => {
    const page = await open(PAGE, { analyser: true });
    await page.getByRole("button", { name: "Analyse the example" }).click();
    await expect.poll(() => output(page, "ccd_mA_cm2").textContent(), { timeout: 20_000 }).toBe("0.7");
    const firstTick = () => page.locator(".ccd-svg .ccd-axis text").first().textContent();
    await expect(firstTick()).resolves.toBe("0");
    await page.getByRole("button", { name: "Go to the failure" }).click();
    await expect.poll(firstTick).not.toBe("0");
    await page.getByRole("group", { name: /Voltage trace of example-trace\.csv/ }).focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => page.locator(".ccd-readout").textContent()).toMatch(/^\d+(\.\d+)? h, -?\d/);
    await page.keyboard.press("0");
    await expect.poll(firstTick).toBe("0");
    await page.close();
  });

  it("reads a good file with a current column, and one without (steps from the planner)", async () => {
    const page = await open(PAGE, { analyser: true });
    const file = page.locator('input[type=file][name="voltageData"]');
    await file.setInputFiles(csvFile("cell-7.csv", exampleText(30)));
    await expect.poll(() => output(page, "ccd_mA_cm2").textContent(), { timeout: 20_000 }).toBe("0.7");
    await expect(page.locator(".ccd-source").textContent()).resolves.toContain("from its current column");
    await file.setInputFiles(csvFile("no-current.csv", exampleText(30, false)));
    await expect.poll(() => page.locator(".ccd-source").textContent(), { timeout: 20_000 }).toContain("so the steps are the planner's");
    await expect(output(page, "ccd_mA_cm2").textContent()).resolves.toBe("0.7");
    await expect(alertText(page)).resolves.toBe("");
    await page.close();
  });

  it.each([
    ["no header", "0,0.04\n10,0.04\n", "no-header.csv: Line 1 holds numbers, not column names"],
    ["wrong columns", "t,V\n0,0.04\n", "wrong.csv: Line 1: no time column found (columns: t, V). Choose the time column and its unit below."],
    ["text in numbers", "time_s,voltage_V\n0,0.04\n10,0.04\n20,high\n", 'text.csv: Line 4: "high" in column voltage_V is not a number.'],
    ["empty", "", "empty.csv: The file is empty: it needs a header row and at least one row of data."],
  ])("explains a bad file (%s) in an alert naming the line", async (_kind, text, message) => {
    const page = await open(PAGE, { analyser: true });
    const name = message.split(":")[0]!;
    await page.locator('input[type=file][name="voltageData"]').setInputFiles(csvFile(name, text));
    await expect.poll(() => alertText(page), { timeout: 10_000 }).toContain(message);
    await expect(output(page, "ccd_mA_cm2").textContent()).resolves.toBe("—");
    expect(await bodyText(page)).not.toMatch(/NaN|Infinity|undefined/);
    await page.close();
  });

  it("reads a file of 1 000 000 rows in the background, with a progress bar, without freezing the page", async () => {
    const last = exampleModel.plan.at(-1)!;
    const total_s = (last.start_h + 2 * last.cycles * last.halfCycle_h) * 3600;
    const text = exampleText(total_s / 1_000_000);
    const page = await open(PAGE, { analyser: true });
    await page.evaluate(() => {
      const w = window as unknown as { sawProgress: boolean; longestFrame_ms: number };
      w.sawProgress = false;
      w.longestFrame_ms = 0;
      new MutationObserver(() => {
        if (document.querySelector("section.ccd-analyser progress")) w.sawProgress = true;
      }).observe(document.body, { subtree: true, childList: true });
      let previous = performance.now();
      const tick = (now: number) => {
        w.longestFrame_ms = Math.max(w.longestFrame_ms, now - previous);
        previous = now;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    // From disk, as a reader's file arrives (a buffer would be decoded by Playwright on the page's own thread).
    const path = join(mkdtempSync(join(tmpdir(), "ccd-")), "million.csv");
    writeFileSync(path, text);
    await page.locator('input[type=file][name="voltageData"]').setInputFiles(path);
    await expect.poll(() => output(page, "ccd_mA_cm2").textContent(), { timeout: 45_000 }).toBe("0.7");
    await expect(page.locator(".ccd-source").textContent()).resolves.toContain("1 000 000 rows");
    const seen = await page.evaluate(() => {
      const w = window as unknown as { sawProgress: boolean; longestFrame_ms: number };
      return { sawProgress: w.sawProgress, longestFrame_ms: w.longestFrame_ms };
    });
    console.log(`1 000 000 rows: longest frame ${seen.longestFrame_ms.toFixed(0)} ms`);
    expect(seen.sawProgress).toBe(true);
    expect(seen.longestFrame_ms).toBeLessThan(1000);
    await page.close();
  }, 120_000);

  it("works from a sub-path, where its worker must be found beside the page's scripts", async () => {
    const { page, problems } = await watchedPage(context);
    await page.goto(`${origin()}/teaching/na${PAGE}`);
    await hydrate(page, "section.ccd-analyser");
    await page.getByRole("button", { name: "Analyse the example" }).click();
    await expect.poll(() => output(page, "ccd_mA_cm2").textContent(), { timeout: 20_000 }).toBe("0.7");
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await page.close();
  });
});

describe("the CCD page", () => {
  it("offers the synthetic example trace for download", async () => {
    const response = await fetch(`${origin()}${PAGE}example-trace.csv`);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text.startsWith("# SYNTHETIC example trace")).toBe(true);
    expect(text.split("\n")[2]).toBe("time_s,voltage_V,current_mA_cm2");
    const page = await open(PAGE);
    await expect(page.getByRole("link", { name: "Download the example (synthetic, CSV)" }).getAttribute("href")).resolves.toBe(
      "../../calculators/ccd/example-trace.csv",
    );
    await page.close();
  });

  it("shows the default results with JavaScript off", async () => {
    const off = await browser.newContext({ javaScriptEnabled: false });
    const page = await off.newPage();
    await page.goto(origin() + PAGE);
    await expect(output(page, "steps").textContent()).resolves.toBe("10");
    await expect(output(page, "totalTime_h").textContent()).resolves.toBe("29.29");
    await expect(output(page, "polarizationAtMax_mV").textContent()).resolves.toBe("398");
    await expect(output(page, "sandTime_s").textContent()).resolves.toBe("—");
    await expect(output(page, "limitingCurrent_mA_cm2").textContent()).resolves.toBe("257.3");
    await expect(page.locator(".calc-formula .katex").count()).resolves.toBe(3);
    await expect(page.locator("section.ccd-analyser svg[role=img]").count()).resolves.toBe(1);
    await page.goto(`${origin()}/review/all-solid-state/`);
    await expect(page.locator('section.ccd output[name="polarizationAtMax_mV"]').textContent()).resolves.toBe("398");
    await off.close();
  });

  it.each(["light", "dark"] as const)("has no axe violation in %s mode, before and after an analysis", async (colorScheme) => {
    const themed = await browser.newContext({ colorScheme });
    const page = await open(PAGE, { analyser: true, on: themed });
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Analyse the example" }).click();
    await expect.poll(() => output(page, "ccd_mA_cm2").textContent(), { timeout: 20_000 }).toBe("0.7");
    await page.locator(".ccd-details summary").click();
    expect(await axeViolations(page)).toEqual([]);
    await themed.close();
  }, 120_000);
});
