import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, launch, origin, reachIslands, watchedPage } from "../browser.ts";

const PAGE = "/calculators/energy-density/";
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens `path`, brings the calculator into view and waits until its island has hydrated. */
async function open(path: string, on: BrowserContext = context): Promise<Page> {
  const page = await on.newPage();
  await page.goto(origin() + path);
  await page.locator("section.ed").scrollIntoViewIfNeeded();
  await reachIslands(page);
  await page.waitForSelector("astro-island:not([ssr])");
  return page;
}

const output = (page: Page, name: string) => page.locator(`output[name="${name}"]`);
const field = (page: Page, label: string) => page.getByRole("textbox", { name: label, exact: true });
const bodyText = (page: Page) => page.evaluate(() => document.body.innerText);

describe("the energy-density page", () => {
  it("shows the default design's results, computed at build time", async () => {
    const page = await open(PAGE);
    await expect(output(page, "specificEnergy_Wh_kg").textContent()).resolves.toBe("193.2");
    await expect(output(page, "energyDensity_Wh_L").textContent()).resolves.toBe("411");
    await expect(output(page, "chargedEnergyDensity_Wh_L").textContent()).resolves.toBe("367.3");
    await expect(output(page, "naUtilization_pct").textContent()).resolves.toBe("50");
    await expect(output(page, "stackMass_mg_cm2").textContent()).resolves.toBe("47.52");
    await expect(page.locator("[data-limiting]").textContent()).resolves.toBe(
      "The largest inactive mass is the electrolyte: 9 mg cm⁻², 17 % of the cell. Halving it would raise the specific energy from 193.2 to 211.2 Wh kg⁻¹.",
    );
    await page.close();
  });

  it("has one named input per URL parameter and one output per result, grouped in five fieldsets", async () => {
    const page = await open(PAGE);
    const inputs = await page.locator("section.ed input[type=text]").evaluateAll((els) => els.map((e) => e.getAttribute("name")));
    // 32 numeric inputs, of which the 4 of the real pouch are shown only when the pouch is chosen.
    expect(inputs).toHaveLength(28);
    expect(inputs).toContain("wettingAgentDensity_g_cm3");
    expect(inputs).toContain("hostThickness_um");
    expect(inputs).not.toContain("pouchMass_g");
    await expect(page.locator("section.ed input[data-param=packaging]").count()).resolves.toBe(2);
    await expect(page.locator("section.ed fieldset legend").allTextContents()).resolves.toEqual([
      "Cathode", "Na anode", "Foils, separator and electrolyte", "Packaging", "Count the packaging",
      "Na-ion reference: hard-carbon anode",
    ]);
    await expect(page.locator("section.ed output").count()).resolves.toBe(15);
    await page.close();
  });

  it("shows the charged energy density before the discharged one, both labelled, and both Na utilizations named", async () => {
    const page = await open(PAGE);
    const labels = await page.locator(".ed-result-group").first().locator("dt").allTextContents();
    expect(labels).toEqual([
      "Cell specific energy", "Cell energy density, charged (thickest)", "Cell energy density, discharged",
      "Na utilization of the whole inventory, 1/(1 + N/P)", "Anode depth of discharge, 1/(N/P)",
    ]);
    await expect(output(page, "anodeDepthOfDischarge_pct").textContent()).resolves.toBe("100");
    await field(page, "N/P ratio").fill("0");
    await expect.poll(() => output(page, "anodeDepthOfDischarge_pct").textContent()).toBe("—");
    await expect(page.locator(".calc-result", { has: output(page, "anodeDepthOfDischarge_pct") }).locator(".calc-reason").textContent())
      .resolves.toContain("no Na metal at assembly");
    await field(page, "First-cycle loss").fill("10");
    await expect.poll(() => page.locator(".calc-warnings").textContent()).toContain("keeps 90 % of the cathode's capacity");
    await expect(output(page, "naUtilization_pct").textContent()).resolves.toBe("90");
    await page.close();
  });

  it("puts Na in a host envelope: a 100 µm carbon paper costs Wh/L, not Wh/kg, and the thin electrolyte is flagged", async () => {
    const page = await open(PAGE);
    const before = await output(page, "specificEnergy_Wh_kg").textContent();
    await field(page, "Host envelope thickness").fill("100");
    await expect.poll(() => output(page, "chargedEnergyDensity_Wh_L").textContent()).toBe("314.9");
    await expect(output(page, "specificEnergy_Wh_kg").textContent()).resolves.toBe(before);
    await expect(output(page, "chargedStackThickness_um").textContent()).resolves.toBe(await output(page, "stackThickness_um").textContent());
    await expect(page.locator(".calc-warnings").textContent()).resolves.toContain("cannot fill the separator's pores");
    await expect(page.locator(".ed-legend").textContent()).resolves.toContain("Empty host pores");
    await expect.poll(() => page.url()).toContain("hostThickness_um=100");
    await page.close();
  });

  it("shows x ± δx for a voltage typed as 3.4 ± 0.1 V, draws bands on both curves, and keeps the ± in the link", async () => {
    const page = await open(PAGE);
    await field(page, "Average voltage").fill("3.4 ± 0.1");
    // By hand: u(e)/e = u(V)/V, so 193.2 × 0.1 / 3.4 = 5.7 Wh kg⁻¹, one figure: 193 ± 6.
    await expect.poll(() => output(page, "specificEnergy_Wh_kg").textContent()).toBe("193");
    const result = page.locator(".calc-result", { has: output(page, "specificEnergy_Wh_kg") });
    await expect(result.locator(".calc-uncertainty").textContent()).resolves.toBe(" ±plus or minus 6");
    // The mass does not depend on the voltage: exact, no ±.
    await expect(page.locator(".calc-result", { has: output(page, "stackMass_mg_cm2") }).locator(".calc-uncertainty").count()).resolves.toBe(0);
    await expect(page.locator(".ed-versus .calc-uncertainty").count()).resolves.toBe(6);
    await expect(page.locator("[data-uncertainty-note]").textContent()).resolves.toContain("one standard uncertainty, propagated to first order");
    await expect(page.locator("path.ed-band").count()).resolves.toBe(2);
    await expect.poll(() => new URL(page.url()).searchParams.get("cathodeVoltage_V")).toBe("3.4 ± 0.1");
    const again = await open(`${PAGE}?cathodeVoltage_V=3.4%2B/-0.1&hostThickness_um=abc±1`);
    await expect(output(again, "specificEnergy_Wh_kg").textContent()).resolves.toBe("193");
    await expect(field(again, "Host envelope thickness").getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(output(again, "chargedEnergyDensity_Wh_L").textContent()).resolves.toBe("—");
    expect(await bodyText(again)).not.toMatch(/NaN|Infinity|undefined/);
    await Promise.all([page.close(), again.close()]);
  });

  it("counts the packaging as a real pouch when asked, and a link keeps that choice", async () => {
    const page = await open(PAGE);
    await page.getByRole("radio", { name: "as a real pouch (mass and thickness)" }).check();
    await expect.poll(() => output(page, "specificEnergy_Wh_kg").textContent()).toBe("194.2");
    await expect(output(page, "chargedEnergyDensity_Wh_L").textContent()).resolves.toBe("388.7");
    await expect(field(page, "Packaging mass fraction").count()).resolves.toBe(0);
    await field(page, "Repeat units in the pouch").fill("2");
    await expect.poll(() => output(page, "specificEnergy_Wh_kg").textContent()).not.toBe("194.2");
    await expect.poll(() => page.url()).toMatch(/layerCount=2(&|$)/);
    expect(page.url()).toContain("packaging=pouch");
    const again = await open(`${PAGE}${new URL(page.url()).search}`);
    await expect(again.getByRole("radio", { name: "as a real pouch (mass and thickness)" }).isChecked()).resolves.toBe(true);
    await expect(field(again, "Repeat units in the pouch").inputValue()).resolves.toBe("2");
    await Promise.all([page.close(), again.close()]);
  });

  it("sets the Na-ion cell beside the design, and shows on the N/P curve where it catches up", async () => {
    const page = await open(PAGE);
    await expect(output(page, "naIonSpecificEnergy_Wh_kg").textContent()).resolves.toBe("126.7");
    await expect(output(page, "naIonEnergyDensity_Wh_L").textContent()).resolves.toBe("226.9");
    await expect(output(page, "specificEnergyGain_pct").textContent()).resolves.toBe("+52.44");
    await expect(page.locator(".ed-chart-note").first().textContent()).resolves.toContain("Na metal stays above the Na-ion cell");
    await field(page, "Hard-carbon first-cycle loss").fill("0");
    await field(page, "Separator thickness").fill("200");
    await expect.poll(() => page.locator(".ed-chart-note").first().textContent()).toMatch(/Na metal falls below the Na-ion cell \(\d+ Wh kg⁻¹\) at N\/P ratio \d/);
    await field(page, "N/P ratio").fill("60");
    await expect.poll(() => output(page, "specificEnergyGain_pct").textContent()).toMatch(/^-\d/);
    await page.close();
  });

  it("updates the results, the curves and the URL as the reader types", async () => {
    const page = await open(PAGE);
    await field(page, "N/P ratio").fill("3.8");
    await expect.poll(() => output(page, "specificEnergy_Wh_kg").textContent()).toBe("167.8");
    await expect(output(page, "naUtilization_pct").textContent()).resolves.toBe("20.83");
    await expect.poll(() => page.url()).toContain("npRatio=3.8");
    await expect(page.locator(".ed-chart-note").first().textContent()).resolves.toContain("N/P ratio = 3.8");
    await expect.poll(() => page.locator(".calc-formulas").textContent(), { timeout: 10_000 }).toContain("3.8+1");
    await page.close();
  });

  it("restores a whole design from its URL, and the share link reproduces it", async () => {
    const page = await open(PAGE);
    await field(page, "Host areal mass").fill("4");
    await field(page, "Electrolyte amount").fill("2.5");
    await field(page, "Average voltage").fill("3,7");
    await expect.poll(() => page.url()).toContain("cathodeVoltage_V=3%2C7");
    expect(page.url()).toContain("electrolyte_g_Ah=2.5");
    const result = await output(page, "specificEnergy_Wh_kg").textContent();
    const shared = await page.getByRole("link", { name: "Link to this calculation" }).getAttribute("href");
    const again = await open(`${PAGE}${new URL(page.url()).search}`);
    await expect(field(again, "Host areal mass").inputValue()).resolves.toBe("4");
    await expect(field(again, "Average voltage").inputValue()).resolves.toBe("3,7");
    await expect(output(again, "specificEnergy_Wh_kg").textContent()).resolves.toBe(result);
    const viaLink = await open(`${PAGE}${shared!.replace(/^\.\//, "")}`);
    await expect(output(viaLink, "specificEnergy_Wh_kg").textContent()).resolves.toBe(result);
    await Promise.all([page.close(), again.close(), viaLink.close()]);
  });

  it.each([
    ["npRatio=3.8", "20.83"],
    ["npRatio=1", "50"],
  ])("opens the chapter's link ?%s with that N/P ratio", async (query, utilization) => {
    const page = await open(`${PAGE}?${query}`);
    await expect(field(page, "N/P ratio").inputValue()).resolves.toBe(query.split("=")[1]);
    await expect(output(page, "naUtilization_pct").textContent()).resolves.toBe(utilization);
    await page.close();
  });

  it.each([
    ["activeFraction=1.5", "Active-material fraction", "Active-material fraction must be at most 1.", "stackMass_mg_cm2"],
    ["npRatio=-1", "N/P ratio", "N/P ratio must be at least 0.", "naUtilization_pct"],
    ["packagingMassFraction=1", "Packaging mass fraction", "Packaging mass fraction must be less than 1.", "specificEnergy_Wh_kg"],
    ["cathodeCapacity_mAh_g=0", "Cathode specific capacity", "Cathode specific capacity must be greater than 0 mAh g⁻¹.", "stackMass_mg_cm2"],
    ["hostMass_mg_cm2=heavy", "Host areal mass", "Host areal mass must be a number in mg cm⁻².", "stackThickness_um"],
    ["separatorThickness_um=", "Separator thickness", "Enter a value for Separator thickness.", "stackThickness_um"],
    ["hostThickness_um=-5", "Host envelope thickness", "Host envelope thickness must be at least 0 µm.", "chargedStackThickness_um"],
    ["firstCycleLoss_pct=100", "First-cycle loss", "First-cycle loss must be less than 100 %.", "naUtilization_pct"],
    ["hardCarbonCapacity_mAh_g=0", "Hard-carbon capacity", "Hard-carbon capacity must be greater than 0 mAh g⁻¹.", "naIonSpecificEnergy_Wh_kg"],
  ])("flags ?%s next to its field, dashes what depends on it, and shows no NaN", async (query, label, message, affected) => {
    const page = await open(`${PAGE}?${query}`);
    const input = field(page, label);
    await expect(input.getAttribute("aria-invalid")).resolves.toBe("true");
    const describedBy = (await input.getAttribute("aria-describedby"))!.split(" ");
    await expect(page.locator(`[id="${describedBy[0]}"]`).textContent()).resolves.toBe(message);
    await expect(output(page, affected).textContent()).resolves.toBe("—");
    // The Na-ion results sit in a table, with one reason under it.
    const reason = affected.startsWith("naIon")
      ? page.locator(".ed-versus > .calc-reason")
      : page.locator(".calc-result", { has: output(page, affected) }).locator(".calc-reason");
    await expect(reason.textContent()).resolves.toMatch(/^ ?Needs a valid /);
    const text = await bodyText(page);
    expect(text).not.toMatch(/NaN|Infinity|undefined/);
    expect(text).toContain("Once every input is valid");
    await page.close();
  });

  it("flags a value typed into a field the same way, and clears it once corrected", async () => {
    const page = await open(PAGE);
    const input = field(page, "Areal capacity");
    await input.fill("lots");
    await expect.poll(() => input.getAttribute("aria-invalid")).toBe("true");
    await expect(output(page, "specificEnergy_Wh_kg").textContent()).resolves.toBe("—");
    expect(await bodyText(page)).not.toMatch(/NaN|Infinity|undefined/);
    await input.fill("4");
    await expect.poll(() => input.getAttribute("aria-invalid")).toBe(null);
    await expect(output(page, "specificEnergy_Wh_kg").textContent()).resolves.not.toBe("—");
    await page.close();
  });

  it("treats hostile links as text: nothing runs, nothing is injected, and the reader is told", async () => {
    const dialogs: string[] = [];
    const script = "<script>alert(1)</script>";
    const img = '"><img src=x onerror=alert(1)>';
    const query = new URLSearchParams([
      ["npRatio", script],
      ["hostMass_mg_cm2", img],
      ["electrolyte_g_Ah", "9".repeat(10_000)],
      ["activeFraction", "0.8"],
      ["activeFraction", "0.5"],
      ["packaging", script],
      ["layerCount", "2.5"],
      ["cathodeVoltage_V", "2"],
      ["hardCarbonPotential_V", "2.5"],
      [img, "1"],
      ["colour", "red"],
    ]).toString();
    const page = await context.newPage();
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${origin()}${PAGE}?${query}`);
    await page.locator("section.ed").scrollIntoViewIfNeeded();
    await reachIslands(page);
    await page.waitForSelector("astro-island:not([ssr])");
    await expect(field(page, "N/P ratio").inputValue()).resolves.toBe(script);
    await expect(field(page, "N/P ratio").getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(field(page, "Host areal mass").getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(field(page, "Electrolyte amount").getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(field(page, "Active-material fraction").inputValue()).resolves.toBe("0.8");
    const notes = await page.locator(".calc-notes").textContent();
    expect(notes).toContain("“activeFraction” was given 2 times; the first value is used.");
    expect(notes).toContain("Ignored “colour”: this calculator has no such setting.");
    expect(notes).toContain("Ignored packaging=“<script>alert(1)</script>”: it must be one of fractions, pouch.");
    expect(notes).toContain("Repeat units in the pouch is not used with this packaging, and the value the link gave it was not valid: Repeat units in the pouch must be a whole number.");
    await expect(page.getByRole("radio", { name: "as shares of the finished cell" }).isChecked()).resolves.toBe(true);
    await expect(field(page, "Hard-carbon average potential").getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(output(page, "naIonSpecificEnergy_Wh_kg").textContent()).resolves.toBe("—");
    expect(notes).toContain("Ignored “\"><img src=x onerror=alert(1)>”");
    await expect(page.locator("section.ed img").count()).resolves.toBe(0);
    await expect(page.locator("section.ed script").count()).resolves.toBe(0);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    expect(await bodyText(page)).not.toMatch(/NaN|Infinity|undefined/);
    await page.close();
  });

  it("loads a cathode preset over the reader's cell, and a cell preset over everything else", async () => {
    const page = await open(PAGE);
    await field(page, "N/P ratio").fill("2");
    await page.getByRole("button", { name: "Na₃V₂(PO₄)₂F₃ (NVPF)" }).click();
    await expect(field(page, "Cathode specific capacity").inputValue()).resolves.toBe("120");
    await expect(field(page, "Average voltage").inputValue()).resolves.toBe("3.9");
    await expect(field(page, "N/P ratio").inputValue()).resolves.toBe("2");
    await expect(page.locator(".ed-preset-status").textContent()).resolves.toContain("Loaded: Na₃V₂(PO₄)₂F₃ (NVPF).");

    await page.getByRole("button", { name: "Lab coin cell" }).click();
    await expect(field(page, "N/P ratio").inputValue()).resolves.toBe("60");
    await expect(field(page, "Cathode specific capacity").inputValue()).resolves.toBe("120");
    await expect(output(page, "naUtilization_pct").textContent()).resolves.toBe("1.639");
    await expect(page.locator(".ed-chart-note").first().textContent()).resolves.toContain("lies beyond the axis, which runs from 0 to 10");
    await expect(page.locator(".ed-preset-status").textContent()).resolves.toContain("estimate");
    await page.close();
  });

  it("loads ref. 84's design with its NVP cathode and links the reference", async () => {
    const page = await open(PAGE);
    await page.getByRole("button", { name: "Na₃V₂(PO₄)₂F₃ (NVPF)" }).click();
    await page.getByRole("button", { name: "Ref. 84: rGO/MXene host, NVP, N/P = 3.8" }).click();
    await expect(field(page, "N/P ratio").inputValue()).resolves.toBe("3.8");
    await expect(field(page, "Cathode specific capacity").inputValue()).resolves.toBe("110");
    await expect(field(page, "Host areal mass").inputValue()).resolves.toBe("1.5");
    await expect(output(page, "specificEnergy_Wh_kg").textContent()).resolves.toBe("166.8");
    const link = page.locator(".ed-preset-status a");
    await expect(link.textContent()).resolves.toBe("[84]");
    expect(new URL((await link.getAttribute("href"))!, page.url()).pathname + new URL((await link.getAttribute("href"))!, page.url()).hash).toBe("/references/#ref-84");
    await page.getByRole("button", { name: "Default design" }).click();
    await expect(output(page, "specificEnergy_Wh_kg").textContent()).resolves.toBe("193.2");
    await page.close();
  });

  it("compares two designs: the example first, then a pinned design against the edited one", async () => {
    const page = await open(PAGE);
    const row = (name: string) => page.locator(`.ed-compare tr[data-output="${name}"] td`);
    await expect(row("specificEnergy_Wh_kg").allTextContents()).resolves.toEqual(["198.2", "193.2", "-5.01 (-2.53 %)"]);
    await expect(page.locator(".ed-compare-inputs").textContent()).resolves.toContain("Host areal mass, 0 mg cm⁻² → 1 mg cm⁻²");

    await page.getByRole("button", { name: "Pin this design as A" }).click();
    await expect(page.locator(".ed-compare-inputs").textContent()).resolves.toBe("A and B have the same inputs.");
    await field(page, "N/P ratio").fill("3.8");
    await expect.poll(() => row("specificEnergy_Wh_kg").allTextContents()).toEqual(["193.2", "167.8", "-25.4 (-13.2 %)"]);
    await expect(row("naUtilization_pct").allTextContents()).resolves.toEqual(["50", "20.83", "-29.2 (-58.3 %)"]);

    await page.getByRole("button", { name: /^Example: bare Na foil/ }).click();
    await expect(field(page, "N/P ratio").inputValue()).resolves.toBe("1");
    await expect(row("specificEnergy_Wh_kg").allTextContents()).resolves.toEqual(["198.2", "193.2", "-5.01 (-2.53 %)"]);
    await page.close();
  });

  it("works from the keyboard: Tab to a field, type, and the result changes", async () => {
    const page = await open(PAGE);
    await page.getByRole("button", { name: "Default design" }).focus();
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name === "npRatio")) break;
    }
    await expect(page.evaluate(() => (document.activeElement as HTMLInputElement).name)).resolves.toBe("npRatio");
    await page.keyboard.press("Control+A");
    await page.keyboard.type("0");
    await expect.poll(() => output(page, "naUtilization_pct").textContent()).toBe("100");
    await expect(page.locator(".calc-warnings").textContent()).resolves.toContain("Anode-free (N/P = 0)");
    await page.getByRole("button", { name: "Lab coin cell" }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => field(page, "N/P ratio").inputValue()).toBe("60");
    await page.close();
  });

  it("hides the results a teacher names in ?hide= until the reader reveals them", async () => {
    const page = await open(`${PAGE}?hide=specificEnergy_Wh_kg,energyDensity_Wh_L,bogus`);
    await expect(output(page, "specificEnergy_Wh_kg").count()).resolves.toBe(0);
    await expect(output(page, "energyDensity_Wh_L").count()).resolves.toBe(0);
    await expect(output(page, "naUtilization_pct").textContent()).resolves.toBe("50");
    await expect(page.locator("[data-limiting]").count()).resolves.toBe(0);
    await expect(page.locator(".calc-notes").textContent()).resolves.toContain("Ignored “bogus” in hide");
    await field(page, "N/P ratio").fill("2");
    await expect.poll(() => page.url()).toContain("hide=specificEnergy_Wh_kg");
    await page.getByRole("button", { name: "Reveal Cell specific energy" }).click();
    await expect(output(page, "specificEnergy_Wh_kg").textContent()).resolves.toBe("183.3");
    await expect(page.locator("[data-limiting]").count()).resolves.toBe(0);
    await page.getByRole("button", { name: "Reveal all" }).click();
    await expect(output(page, "energyDensity_Wh_L").count()).resolves.toBe(1);
    await expect(page.locator("[data-limiting]").count()).resolves.toBe(1);
    await page.close();
  });

  it("shows the default results, formulas and drawings with JavaScript off", async () => {
    const off = await browser.newContext({ javaScriptEnabled: false });
    const page = await off.newPage();
    await page.goto(origin() + PAGE);
    await expect(output(page, "specificEnergy_Wh_kg").textContent()).resolves.toBe("193.2");
    await expect(output(page, "energyDensity_Wh_L").textContent()).resolves.toBe("411");
    await expect(page.locator("[data-limiting]").textContent()).resolves.toContain("electrolyte");
    await expect(page.locator(".calc-formulas .katex").count()).resolves.toBe(7);
    await expect(output(page, "chargedEnergyDensity_Wh_L").textContent()).resolves.toBe("367.3");
    await expect(output(page, "naIonSpecificEnergy_Wh_kg").textContent()).resolves.toBe("126.7");
    await expect(page.getByRole("img", { name: /^Where the cell's mass and volume go/ }).count()).resolves.toBe(1);
    await expect(page.getByRole("img", { name: /^Cell specific energy against the N\/P ratio/ }).count()).resolves.toBe(1);
    await expect(page.locator(".ed-chart circle.ed-marker").count()).resolves.toBe(2);
    await off.close();
  });

  it("puts the results right after the inputs on a 390 px phone, without sideways scrolling", async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await open(PAGE, phone);
    const inputs = await page.locator(".ed-inputs").boundingBox();
    const results = await page.locator(".ed-results").boundingBox();
    expect(results!.y).toBeGreaterThanOrEqual(inputs!.y + inputs!.height);
    expect(results!.y - (inputs!.y + inputs!.height)).toBeLessThan(40);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390);
    await phone.close();
  });

  it("puts the results beside the inputs on a wide screen", async () => {
    const wide = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await open(PAGE, wide);
    const inputs = await page.locator(".ed-inputs").boundingBox();
    const results = await page.locator(".ed-results").boundingBox();
    expect(results!.x).toBeGreaterThan(inputs!.x + inputs!.width);
    await wide.close();
  });

  it.each(["light", "dark"] as const)("has no axe violation in %s mode, also with a field in error", async (colorScheme) => {
    const themed = await browser.newContext({ colorScheme });
    const { page, problems } = await watchedPage(themed);
    await page.goto(`${origin()}${PAGE}?npRatio=-1&hide=stackMass_mg_cm2`);
    await page.locator("section.ed").scrollIntoViewIfNeeded();
    await reachIslands(page);
    await page.waitForSelector("astro-island:not([ssr])");
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Reveal all" }).click();
    await page.locator(".ed-data").first().evaluate((d) => ((d as HTMLDetailsElement).open = true));
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await themed.close();
  });
});

describe("the calculator embedded in chapter 5", () => {
  it("calculates in place, leaves the chapter's URL alone and links to the calculator's page", async () => {
    const page = await open("/review/outlook/?highlight=sodium");
    await expect(page.locator(".calc-notes").count()).resolves.toBe(0);
    await field(page, "N/P ratio").fill("3.8");
    await expect.poll(() => output(page, "specificEnergy_Wh_kg").textContent()).toBe("167.8");
    expect(new URL(page.url()).search).toBe("?highlight=sodium");
    const share = page.locator("section.ed").getByRole("link", { name: "Link to this calculation" });
    const target = new URL((await share.getAttribute("href"))!, page.url());
    expect(target.pathname).toBe(PAGE);
    expect(target.searchParams.get("npRatio")).toBe("3.8");
    await page.close();
  });

  it.each(["3.8", "1"])("keeps the chapter's link to the calculator at N/P = %s working", async (np) => {
    const page = await open("/review/outlook/");
    const link = page.locator(`a[href$="calculators/energy-density/?npRatio=${np}"]`).first();
    await link.click();
    await page.waitForURL(`**${PAGE}?npRatio=${np}`);
    await page.locator("section.ed").scrollIntoViewIfNeeded();
    await reachIslands(page);
    await page.waitForSelector("astro-island:not([ssr])");
    await expect(field(page, "N/P ratio").inputValue()).resolves.toBe(np);
    await page.close();
  });
});
