import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch, origin } from "./browser.ts";

let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens the search page under `base` for `term` and waits for its answer. */
async function search(base: string, term: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${origin()}${base}search/?q=${encodeURIComponent(term)}`);
  await page.locator("[data-search-status]").filter({ hasText: /found/ }).waitFor();
  return page;
}

/** Result links as paths with their query and hash ("/teaching/na/review/molten/?highlight=x#y"). */
const resultPaths = (page: Page, selector = ".search-results > li > a") =>
  page.$$eval(selector, (links) => (links as HTMLAnchorElement[]).map((a) => a.pathname + a.search + a.hash));

describe("search", () => {
  it.each([
    ["/teaching/na/", "the relative build"],
    ["/some/sub/", "the BASE_PATH=/some/sub/ build"],
  ])("under %s (%s), a section result opens its page at that section, with the word marked", async (base) => {
    const page = await search(base, "wetting");
    const paths = await resultPaths(page, ".search-sections a");
    expect(paths.length).toBeGreaterThan(0);
    for (const p of paths) expect(p.startsWith(base) && !p.startsWith(`${base}${base.slice(1)}`), p).toBe(true);
    const link = page.locator(".search-sections a").first();
    const hash = new URL((await link.getAttribute("href"))!).hash;
    const [response] = await Promise.all([page.waitForNavigation(), link.click()]);
    expect(response?.status()).toBe(200);
    expect(new URL(page.url()).pathname.startsWith(base)).toBe(true);
    await expect(page.locator(`[id="${decodeURIComponent(hash.slice(1))}"]`).count()).resolves.toBe(1);
    await page.locator("mark.search-hit").first().waitFor();
    expect((await page.locator("mark.search-hit").first().textContent())?.toLowerCase()).toBe("wetting");
    await page.close();
  });

  it.each([
    ["Sand", "/calculators/ccd/"],
    ["NZSP", "/data/"],
    ["NZSP", "/teach/"],
    ["electrolyte", "/glossary/"],
    ["Angewandte", "/references/"],
  ])("“%s” finds %s", async (term, path) => {
    const page = await search("/", term);
    expect(await resultPaths(page)).toContain(`${path}?highlight=${term}`);
    await page.close();
  });

  it("leaves citation previews and the answer key out of the index", async () => {
    // "Angewandte" occurs in chapters only inside the previews of their citations; the references page and the
    // About page's list of background sources print it as a journal's name.
    const page = await search("/", "Angewandte");
    expect(await resultPaths(page)).toEqual(["/about/?highlight=Angewandte", "/references/?highlight=Angewandte"]);
    await page.close();
  });

  it("a calculator opened from a result does not report the highlight as an unknown setting", async () => {
    const page = await browser.newPage();
    await page.goto(`${origin()}/calculators/ccd/?highlight=Sand#sands-time-in-a-liquid-electrolyte`);
    await page.locator("mark.search-hit").first().waitFor();
    await page.locator("input[name]").first().scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector("astro-island:not([ssr])"));
    await expect(page.getByText("Some settings in the link were not used").count()).resolves.toBe(0);
    await page.close();
  });
});

describe("the 404 page", () => {
  it("under a sub-path of the relative build, links and styles lead to that sub-path", async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${origin()}/teaching/na/no/such/page/`);
    expect(response?.status()).toBe(404);
    const home = page.getByRole("link", { name: "Go to the home page" });
    await page.waitForFunction(() => document.querySelector<HTMLAnchorElement>("main a")?.getAttribute("href") === "/teaching/na/");
    await expect(home.getAttribute("href")).resolves.toBe("/teaching/na/");
    const sheets = await page.$$eval('link[rel="stylesheet"]', (links) => links.map((l) => l.getAttribute("href")));
    for (const s of sheets) expect(s).toMatch(/^\/teaching\/na\/_astro\//);
    await page.close();
  });
});

describe("search from disk (file://)", () => {
  it("the header's search opens the search page, which says that searching needs a web server", async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(resolve("dist/about/index.html")).href);
    await page.getByRole("searchbox", { name: "Search the site" }).fill("sodium");
    await page.keyboard.press("Enter");
    await page.waitForURL(/search\/index\.html\?q=sodium$/);
    await page.getByText("Search needs the site to be served by a web server").waitFor();
    await page.close();
  });
});
