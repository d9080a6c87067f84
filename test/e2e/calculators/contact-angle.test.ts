import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, launch, origin, reachIslands, watchedPage } from "../browser.ts";

const PAGE = "/calculators/contact-angle/";
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens the calculator's page (or `path`) with `query` and waits until the island has hydrated. */
async function open(query = "", path = PAGE): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${origin()}${path}${query}`);
  await page.locator("section.ca").scrollIntoViewIfNeeded();
  await reachIslands(page);
  await page.locator("astro-island:not([ssr]) section.ca").waitFor();
  return page;
}

const output = (page: Page, name: string) => page.locator(`output[name="${name}"]`).first();
const field = (page: Page, label: string) => page.getByRole("textbox", { name: label, exact: true });
const text = (page: Page, name: string) => output(page, name).textContent();
const query = (page: Page) => new URL(page.url()).searchParams;

/** The page's visible text, for checking that nothing like "NaN" reached it. */
const pageText = (page: Page) => page.locator("body").innerText();

describe("the contact-angle calculator", () => {
  it("updates its outputs, the drawing and the URL as the reader types", async () => {
    const page = await open();
    await expect.poll(() => text(page, "workOfAdhesion_mJ_m2")).toBe("240.3");
    const drawing = page.getByRole("img", { name: /A 5 µL drop of molten Na/ });
    const before = await drawing.locator("path.ca-na").getAttribute("d");
    await field(page, "Contact angle θ").fill("122.5");
    await expect.poll(() => text(page, "workOfAdhesion_mJ_m2")).toBe("85.47");
    expect(await text(page, "spreadingCoefficient_mJ_m2")).toBe("-284");
    expect(await text(page, "regime")).toBe("sodiophobic (θ > 90°)");
    expect(await text(page, "deltaTheta_deg")).toBe("0.0");
    // Sodiophobic pore walls hold the melt out: the capillary pressure is negative.
    expect(await text(page, "capillaryPressure_kPa")).toBe("-19.85");
    await expect.poll(() => query(page).get("theta_deg")).toBe("122.5");
    expect(await drawing.locator("path.ca-na").getAttribute("d")).not.toBe(before);
    await expect(page.getByRole("img", { name: /contact angle of 122\.5°/ }).count()).resolves.toBe(1);

    await field(page, "Temperature T").fill("350");
    await expect.poll(() => text(page, "gammaLV_mN_m")).toBe("174.2");
    await expect(page.getByRole("img", { name: /Marked: 350 °C, 174\.2 mN m⁻¹/ }).count()).resolves.toBe(1);
    expect(query(page).get("temperature_C")).toBe("350");
    await page.close();
  });

  it("restores the state a link carries, state A included", async () => {
    const page = await open("?mode=drop&height_mm=2&diameter_mm=2&temperature_C=300&compare_theta_deg=72.5");
    await expect.poll(() => text(page, "theta_deg")).toBe("129.8");
    expect(await text(page, "thetaCap_deg")).toBe("126.9");
    await expect(page.getByRole("radio", { name: "Drop height and base diameter" }).isChecked()).resolves.toBe(true);
    await expect(field(page, "Drop height h").inputValue()).resolves.toBe("2");
    expect(await text(page, "gammaLV_mN_m")).toBe("179.5");
    expect(await text(page, "radius_mm")).toBe("1.286");
    expect(await text(page, "volume_uL")).toBe("7.536");
    expect(await text(page, "deltaTheta_deg")).toBe("+57.3");
    await expect(field(page, "Contact angle θ of state A").inputValue()).resolves.toBe("72.5");
    await page.close();
  });

  it("reads a link that sets a drop's size without a mode as drop mode", async () => {
    const page = await open("?height_mm=1&diameter_mm=4");
    await expect.poll(() => text(page, "theta_deg")).toBe("53.96");
    expect(await text(page, "thetaCap_deg")).toBe("53.13");
    await expect(page.getByRole("radio", { name: "Drop height and base diameter" }).isChecked()).resolves.toBe(true);
    await page.close();
  });

  it.each([
    ["theta_deg=200", "Contact angle θ", "Contact angle θ must be at most 180°.", "theta_deg"],
    ["height_mm=-1", "Drop height h", "Drop height h must be greater than 0 mm.", "theta_deg"],
    [
      "temperature_C=20",
      "Temperature T",
      "Na is solid below 97.8 °C, its melting point, so it has no liquid surface tension: enter a temperature from " +
        "97.8 °C to 1326.85 °C.",
      "gammaLV_mN_m",
    ],
    ["theta_deg=abc", "Contact angle θ", "Contact angle θ must be a number in °.", "theta_deg"],
    ["compare_theta_deg=-5", "Contact angle θ of state A", "Contact angle θ of state A must be at least 0°.", "deltaTheta_deg"],
    ["textureModel=wenzel&roughness=0.5", "Roughness ratio r", "Roughness ratio r must be at least 1.", "apparentTheta_deg"],
    ["textureModel=cassie&solidFraction=1.5", "Solid fraction f", "Solid fraction f must be at most 1.", "apparentTheta_deg"],
    ["poreRadius_um=-1", "Pore radius r_p", "Pore radius r_p must be greater than 0 µm.", "capillaryPressure_kPa"],
    [
      "mode=drop&height_mm=20&diameter_mm=40",
      "Drop height h",
      "No sessile drop of this liquid stands taller than about 9.68 mm (2.1 times its capillary length, 4.60 mm): check the height.",
      "theta_deg",
    ],
  ])("?%s flags its field with a clear message, and shows no NaN", async (q, label, message, affected) => {
    const page = await open(`?${q}`);
    const input = field(page, label);
    await expect.poll(() => input.getAttribute("aria-invalid")).toBe("true");
    const describedBy = (await input.getAttribute("aria-describedby")) ?? "";
    const errorId = describedBy.split(" ").find((id) => id.endsWith("-error"));
    await expect(page.locator(`#${errorId}`).textContent()).resolves.toBe(message);
    await expect(text(page, affected)).resolves.toBe("—");
    expect(await pageText(page)).not.toMatch(/NaN|Infinity|undefined/);
    await page.close();
  });

  it("shows hostile link values as text, never runs them, and notes what it ignored", async () => {
    const long = "9".repeat(10_000);
    const hostile = [
      ["theta_deg", "<script>alert(1)</script>"],
      ["temperature_C", '"><img src=x onerror=alert(1)>'],
      ["height_mm", long],
      ["theta_deg", "5"],
      ["mode", "<b>drop</b>"],
      ["textureModel", "<img src=x onerror=alert(2)>"],
      ["poreRadius_um", "1e999"],
      ["foo", "1"],
    ];
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${origin()}${PAGE}?${new URLSearchParams(hostile)}`);
    await page.locator("section.ca").scrollIntoViewIfNeeded();
    await reachIslands(page);
    await page.locator("astro-island:not([ssr]) section.ca").waitFor();
    await expect.poll(() => field(page, "Contact angle θ").inputValue()).toBe("<script>alert(1)</script>");
    await expect(field(page, "Temperature T").inputValue()).resolves.toBe('"><img src=x onerror=alert(1)>');
    await expect(page.locator('img[src="x"]').count()).resolves.toBe(0);
    const notes = await page.locator(".calc-notes").innerText();
    expect(notes).toContain("Ignored mode=“<b>drop</b>”: it must be one of angle, drop, young.");
    expect(notes).toContain("Ignored textureModel=“<img src=x onerror=alert(2)>”: it must be one of none, wenzel, cassie.");
    await expect(field(page, "Pore radius r_p").getAttribute("aria-invalid")).resolves.toBe("true");
    expect(notes).toContain("Ignored “foo”: this calculator has no such setting.");
    expect(notes).toContain("“theta_deg” was given 2 times; the first value is used.");
    expect(notes).toContain("Drop height h is not used in this mode, and the value the link gave it was not valid");
    const body = await pageText(page);
    expect(body).not.toContain(long);
    expect(body).not.toMatch(/NaN|Infinity|undefined/);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it("loads the review's measurements with their references, as state B or as state A", async () => {
    const page = await open();
    await page.getByRole("button", { name: "Molten Na on NZSP, as received (122.5°)" }).first().click();
    await expect.poll(() => field(page, "Contact angle θ").inputValue()).toBe("122.5");
    expect(await text(page, "workOfAdhesion_mJ_m2")).toBe("85.47");
    const status = page.locator(".ca-preset-status");
    await expect(status.innerText()).resolves.toContain("Loaded: Molten Na on NZSP, as received (122.5°).");
    await expect(status.getByRole("link", { name: "[15]" }).getAttribute("href")).resolves.toBe("../../references/#ref-15");
    expect(query(page).get("theta_deg")).toBe("122.5");

    const setA = page.getByRole("group", { name: "Set state A to:" });
    await setA.getByRole("button", { name: "Molten Na on NZSP after annealing at 450 °C (72.5°)" }).click();
    await expect.poll(() => text(page, "deltaTheta_deg")).toBe("+50.0");
    expect(await text(page, "deltaWorkOfAdhesion_mJ_m2")).toBe("-154.8");
    await setA.getByRole("button", { name: "State B as it is now" }).click();
    await expect.poll(() => text(page, "deltaWorkOfAdhesion_mJ_m2")).toBe("0.00");
    expect(query(page).get("compare_theta_deg")).toBe("122.5");

    await page.getByRole("button", { name: "Na–Cs alloy on BASE at 250 °C (near 0°)" }).first().click();
    await expect.poll(() => text(page, "regime")).toBe("complete wetting (θ = 0°): Na spreads into a film");
    expect(await text(page, "spreadingCoefficient_mJ_m2")).toBe("0");
    await expect(page.getByRole("img", { name: /spread into a film/ }).count()).resolves.toBe(1);
    await page.close();
  });

  it("works by keyboard: Tab to a field, type, and the result changes; arrows switch the mode", async () => {
    const page = await open();
    await page.locator("body").focus();
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name === "theta_deg")) break;
    }
    await expect(page.evaluate(() => (document.activeElement as HTMLInputElement).name)).resolves.toBe("theta_deg");
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type("90");
    await expect.poll(() => text(page, "regime")).toBe("on the line between sodiophilic and sodiophobic (θ = 90°)");

    await page.getByRole("radio", { name: "Measured contact angle" }).focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => page.getByRole("radio", { name: "Drop height and base diameter" }).isChecked()).toBe(true);
    await expect(field(page, "Drop height h").isVisible()).resolves.toBe(true);
    await page.close();
  });

  it("hides results in teacher mode until they are revealed", async () => {
    const page = await open("?theta_deg=122.5&hide=workOfAdhesion_mJ_m2,deltaTheta_deg,nothing");
    const reveal = page.getByRole("button", { name: "Reveal Work of adhesion W_a" });
    await reveal.waitFor();
    await expect(output(page, "workOfAdhesion_mJ_m2").count()).resolves.toBe(0);
    await expect(page.locator(".calc-notes").innerText()).resolves.toContain("Ignored “nothing” in hide");
    await expect(page.locator(".calc-formula").count()).resolves.toBe(0);
    await expect(page.getByRole("img", { name: /contact angle θ/ }).count()).resolves.toBe(1);
    await reveal.click();
    await expect.poll(() => text(page, "workOfAdhesion_mJ_m2")).toBe("85.47");
    await page.getByRole("button", { name: "Reveal Δθ (B − A)" }).click();
    await expect.poll(() => text(page, "deltaTheta_deg")).toBe("0.0");
    await expect.poll(() => page.locator(".calc-formula").count()).toBeGreaterThan(0);
    expect(query(page).get("hide")).toBe("workOfAdhesion_mJ_m2,deltaTheta_deg,nothing");
    await page.close();
  });

  it("re-renders the formulas with the reader's numbers", async () => {
    const page = await open();
    await field(page, "Contact angle θ").fill("60");
    const tex = () => page.locator(".calc-formulas annotation").allTextContents().then((t) => t.join("\n"));
    await expect.poll(tex).toContain("\\cos 60^\\circ");
    expect(await tex()).toContain("= 277.07");
    await page.close();
  });

  it("corrects a large drop for gravity, 106.5° where the cap says 102.7°, and draws the fitted outline", async () => {
    const page = await open("?mode=drop&height_mm=2.5&diameter_mm=4&temperature_C=150");
    await expect.poll(() => text(page, "theta_deg")).toBe("106.5");
    expect(await text(page, "thetaCap_deg")).toBe("102.7");
    expect(await text(page, "radius_mm")).toBe("2.142");
    expect(await text(page, "volume_uL")).toBe("24.61");
    await expect(page.getByRole("img", { name: /base 4 mm wide and 2\.5 mm high, drawn to scale as gravity shapes it \(Young–Laplace\)/ }).count()).resolves.toBe(1);
    await page.close();
  });

  it("gives the apparent angle on a rough or composite surface chosen in the texture select, and the pore pressure", async () => {
    const page = await open();
    await expect.poll(() => text(page, "apparentTheta_deg")).toBe("72.5");
    expect(await text(page, "capillaryPressure_kPa")).toBe("11.11");
    const select = page.getByRole("combobox", { name: "Surface texture" });
    await select.selectOption("wenzel");
    await expect.poll(() => text(page, "apparentTheta_deg")).toBe("63.19");
    await field(page, "Roughness ratio r").fill("4");
    await expect.poll(() => text(page, "apparentTheta_deg")).toBe("0");
    await expect(page.locator(".calc-warnings").innerText()).resolves.toContain("wicks into the texture");
    await expect.poll(() => query(page).get("roughness")).toBe("4");
    expect(query(page).get("textureModel")).toBe("wenzel");
    await select.selectOption("cassie");
    await expect.poll(() => text(page, "apparentTheta_deg")).toBe("110.5");
    await expect(field(page, "Roughness ratio r").count()).resolves.toBe(0);
    await field(page, "Pore radius r_p").fill("1");
    await expect.poll(() => text(page, "capillaryPressure_kPa")).toBe("111.1");
    await page.close();
  });

  it("reads value ± δ from a link and shows each result that depends on it with its uncertainty, and bands on the plot", async () => {
    const page = await open(`?${new URLSearchParams({ theta_deg: "72.5±2", temperature_C: "250 +/- 10" })}`);
    // What a reader sees: the number, its uncertainty and unit ("plus or minus" is for screen readers).
    const result = (name: string) =>
      output(page, name).locator("xpath=..").evaluate((dd) => dd.textContent!.replace("plus or minus", "").replace(/\s+/g, " ").trim());
    await expect.poll(() => result("workOfAdhesion_mJ_m2")).toBe("240 ± 6 mJ m⁻²");
    expect(await text(page, "workOfAdhesion_mJ_m2")).toBe("240");
    expect(await result("theta_deg")).toBe("72.5 ± 2.0 °");
    expect(await result("gammaLV_mN_m")).toBe("184.7 ± 1.1 mN m⁻¹");
    expect(await result("capillaryPressure_kPa")).toBe("11.1 ± 1.2 kPa");
    expect(await result("regime")).toBe("sodiophilic (θ < 90°)");
    const plot = page.getByRole("img", { name: /Surface tension of pure liquid Na against temperature/ });
    await expect(plot.getAttribute("aria-labelledby").then((id) => page.locator(`#${id}`).textContent())).resolves.toMatch(
      /A vertical band shows T = 250 ± 10 °C \(one standard uncertainty\)\. A horizontal band shows γ_LV = 184\.7 ± 1\.1 mN m⁻¹/,
    );
    expect(query(page).get("theta_deg")).toBe("72.5±2");
    await page.close();
  });

  // One page per test: axe on this long page takes a while on a busy machine.
  it.each([
    ["light", ""],
    ["dark", ""],
    ["light", "?theta_deg=abc&hide=regime&textureModel=wenzel&roughness=0&temperature_C=250±5"],
    ["dark", "?theta_deg=abc&hide=regime&textureModel=wenzel&roughness=0&temperature_C=250±5"],
  ] as const)("has no axe violation in %s mode at %j (an error, hidden results, ± and texture)", async (colorScheme, q) => {
    const ctx = await browser.newContext({ colorScheme });
    const { page, problems } = await watchedPage(ctx);
    await page.goto(`${origin()}${PAGE}${q}`);
    await page.locator("section.ca").scrollIntoViewIfNeeded();
    await reachIslands(page);
    await page.locator("astro-island:not([ssr]) section.ca").waitFor();
    await page.waitForLoadState("networkidle");
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await ctx.close();
  });

  it("with JavaScript off, shows the default results, drawings and formulas", async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(`${origin()}${PAGE}`);
    await expect(text(page, "theta_deg")).resolves.toBe("72.5");
    await expect(text(page, "gammaLV_mN_m")).resolves.toBe("184.7");
    await expect(text(page, "workOfAdhesion_mJ_m2")).resolves.toBe("240.3");
    await expect(text(page, "spreadingCoefficient_mJ_m2")).resolves.toBe("-129.2");
    await expect(text(page, "deltaWorkOfAdhesion_mJ_m2")).resolves.toBe("+154.8");
    await expect(text(page, "apparentTheta_deg")).resolves.toBe("72.5");
    await expect(text(page, "capillaryPressure_kPa")).resolves.toBe("11.11");
    await expect(page.getByRole("combobox", { name: "Surface texture" }).inputValue()).resolves.toBe("none");
    await expect(page.getByRole("img", { name: /contact angle of 72\.5°/ }).count()).resolves.toBe(1);
    await expect(page.getByRole("img", { name: /Surface tension of pure liquid Na/ }).count()).resolves.toBe(1);
    await expect(page.locator(".calc-formula .katex").count()).resolves.toBeGreaterThan(0);
    await ctx.close();
  });
});

describe("the contact-angle calculator in a chapter", () => {
  it.each(["/review/molten/", "/review/all-solid-state/"])("%s embeds it; it leaves the chapter's URL alone and links to its page", async (path) => {
    const page = await open("", path);
    await field(page, "Contact angle θ").fill("100");
    await expect.poll(() => text(page, "regime")).toBe("sodiophobic (θ > 90°)");
    expect(new URL(page.url()).search).toBe("");
    const link = page.locator("section.ca").getByRole("link", { name: "Link to this calculation" });
    await expect(link.getAttribute("href")).resolves.toMatch(
      /^\.\.\/\.\.\/calculators\/contact-angle\/\?mode=angle&textureModel=none&theta_deg=100&/,
    );
    await link.click();
    await reachIslands(page);
    await page.locator("astro-island:not([ssr]) section.ca").waitFor();
    await expect.poll(() => text(page, "theta_deg")).toBe("100");
    await page.close();
  });

  it("ignores the chapter's own query", async () => {
    const page = await open("?theta_deg=5&foo=1", "/review/molten/");
    await page.waitForTimeout(200);
    await expect(text(page, "theta_deg")).resolves.toBe("72.5");
    await expect(page.locator("section.ca .calc-notes").count()).resolves.toBe(0);
    await page.close();
  });

  it("keeps the chapters' links to the calculator working", async () => {
    const page = await open("?mode=angle&theta_deg=72.5&compare_theta_deg=122.5");
    await expect.poll(() => text(page, "deltaWorkOfAdhesion_mJ_m2")).toBe("+154.8");
    await page.close();
  });
});
