import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import table1 from "../../src/content/data/table1.json";
import table2 from "../../src/content/data/table2.json";
import { parseCsv } from "../helpers/parse-csv.ts";
import { axeViolations, launch, origin, watchedPage } from "./browser.ts";

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens the data page and scrolls to a table, which hydrates when it comes into view. */
async function openTable(page: Page, id: "table-1" | "table-2", path = "/data/"): Promise<Locator> {
  await page.goto(`${origin()}${path}#${id}`);
  const table = page.locator(`#${id}`);
  await table.locator("table").scrollIntoViewIfNeeded();
  await table.getByRole("status").waitFor();
  return table;
}

/** The strategies of the rows shown, top to bottom (each row's header cell, without its note links). */
const strategies = (table: Locator) =>
  table.locator("tbody > tr:first-child > th").evaluateAll((ths) =>
    ths.map((th) => th.firstChild?.textContent?.trim() ?? ""),
  );

describe("the tables on /data/", () => {
  it("sort by a column when its heading is clicked, with aria-sort, and reverse on the next click", async () => {
    const page = await context.newPage();
    const table = await openTable(page, "table-1");
    expect((await strategies(table))[0]).toBe("450 °C heat-treated NZSP");
    const ccd = table.getByRole("button", { name: /CCD/ });
    await ccd.click();
    expect((await strategies(table))[0]).toBe("Na-SiO₂ composite");
    await expect(table.locator("th[aria-sort]").getAttribute("aria-sort")).resolves.toBe("ascending");
    await ccd.click();
    const descending = await strategies(table);
    expect(descending[0]).toBe("yttria-stabilized zirconia (YSZ)-BASE composite");
    // Rows without a CCD stay last: the last one is the last of them in printed order.
    expect(descending.at(-1)).toBe("NaₓMoS₂-carbon-BASE triple junction");
    await page.close();
  });

  it("sort from the keyboard", async () => {
    const page = await context.newPage();
    const table = await openTable(page, "table-2");
    await table.getByRole("button", { name: /Cycle life/ }).focus();
    await page.keyboard.press("Enter");
    await page.keyboard.press("Enter");
    expect((await strategies(table))[0]).toBe("NaK-Na");
    await expect(table.locator("th[aria-sort]").textContent()).resolves.toMatch(/^Cycle life/);
    await page.close();
  });

  it("filter by family and by a word of the strategy, with a live count", async () => {
    const page = await context.newPage();
    const table = await openTable(page, "table-2");
    const count = table.getByRole("status");
    await expect(count.textContent()).resolves.toBe("34 of 34 rows");
    await table.getByRole("checkbox", { name: "carbon" }).uncheck();
    await expect(count.textContent()).resolves.toBe("14 of 34 rows");
    expect(await table.locator("tbody").count()).toBe(14);
    await table.getByRole("searchbox", { name: "Strategy contains" }).fill("ti3c2");
    await expect(count.textContent()).resolves.toBe("2 of 34 rows");
    expect(await strategies(table)).toEqual(["Na-Ti₃C₂Tₓ-carbon cloth", "Na-Ti₃C₂Tₓ-reduced graphene oxide"]);
    await table.getByRole("button", { name: "Reset order and filters" }).click();
    await expect(count.textContent()).resolves.toBe("34 of 34 rows");
    await page.close();
  });

  it("keep the sort and the filters in the page's address, and a link with them opens the same view", async () => {
    const page = await context.newPage();
    const table = await openTable(page, "table-1");
    const ccd = table.getByRole("button", { name: /CCD/ });
    await ccd.click();
    await ccd.click();
    await table.getByRole("checkbox", { name: /BASE/ }).uncheck();
    await table.getByRole("searchbox", { name: "Strategy contains" }).fill("nzsp");
    await expect.poll(() => new URL(page.url()).search).toBe("?table-1-sort=-ccd&table-1-family=NZSP&table-1-q=nzsp");
    const shown = await strategies(table);
    const count = await table.getByRole("status").textContent();

    const again = await context.newPage();
    const reopened = await openTable(again, "table-1", `/data/${new URL(page.url()).search}`);
    await expect.poll(() => reopened.getByRole("status").textContent()).toBe(count);
    expect(await strategies(reopened)).toEqual(shown);
    await expect(reopened.getByRole("checkbox", { name: /BASE/ }).isChecked()).resolves.toBe(false);
    await expect(reopened.locator("th[aria-sort]").getAttribute("aria-sort")).resolves.toBe("descending");
    await reopened.getByRole("button", { name: "Reset order and filters" }).click();
    await expect.poll(() => new URL(again.url()).search).toBe("");
    await page.close();
    await again.close();
  });

  it("download only the rows shown, in their order, as CSV and JSON", async () => {
    const page = await context.newPage();
    const table = await openTable(page, "table-2");
    await table.getByRole("searchbox", { name: "Strategy contains" }).fill("ti3c2");
    await expect(table.getByRole("status").textContent()).resolves.toBe("2 of 34 rows");
    const save = async (name: string) => {
      const [download] = await Promise.all([page.waitForEvent("download"), table.getByRole("button", { name, exact: true }).click()]);
      const path = await download.path();
      const { readFile } = await import("node:fs/promises");
      return { file: download.suggestedFilename(), text: await readFile(path, "utf8") };
    };
    const csv = await save("CSV");
    expect(csv.file).toBe("table2-view.csv");
    const records = parseCsv(csv.text);
    const idAt = records[0]!.indexOf("id");
    // The rows on screen, top to bottom, as ids of the data file.
    const shownIds = (await strategies(table)).map((name) => table2.find((r) => r.strategy === name)!.id);
    expect(shownIds).toHaveLength(2);
    expect([...new Set(records.slice(1).map((r) => r[idAt]))]).toEqual(shownIds);
    const conditions = shownIds.reduce((n, id) => n + table2.find((r) => r.id === id)!.conditions.length, 0);
    expect(records.length - 1).toBe(conditions);
    const json = await save("JSON");
    expect(json.file).toBe("table2-view.json");
    expect((JSON.parse(json.text) as { rows: { id: string }[] }).rows.map((r) => r.id)).toEqual(shownIds);
    await page.close();
  });

  it("link every row to its reference, and every reference link lands on that entry", async () => {
    const page = await context.newPage();
    const refs = await context.newPage();
    await refs.goto(`${origin()}/references/`);
    for (const [id, count] of [["table-1", 18], ["table-2", 34]] as const) {
      const table = await openTable(page, id);
      // Sorted, so the links checked are the ones the island rendered, not only the prerendered ones.
      await table.getByRole("button", { name: /^Ref\./ }).click();
      const links = await table.locator("tbody a[href*='references/']").evaluateAll((as) =>
        as.map((a) => [(a as HTMLAnchorElement).href, a.textContent ?? ""] as const),
      );
      expect(links).toHaveLength(count);
      for (const [href, text] of links) {
        const url = new URL(href);
        const n = /\[(\d+)\]/.exec(text)?.[1];
        expect(url.pathname).toBe("/references/");
        expect(url.hash).toBe(`#ref-${n}`);
        await expect(refs.locator(`li${url.hash}`).getAttribute("value")).resolves.toBe(n);
      }
    }
    await refs.close();
    await page.close();
  });

  it("show a dash read as 'not reported' for missing values, never 0", async () => {
    const page = await context.newPage();
    const table = await openTable(page, "table-1");
    const alf3 = table.locator("tbody", { hasText: "AlF₃@NZSP" });
    await expect(alf3.locator("td").nth(2).textContent()).resolves.toBe("—not reported");
    await expect(alf3.locator("td .nr [aria-hidden='true']").first().textContent()).resolves.toBe("—");
    await page.close();
  });

  it("link each row's data notes to the list under the table", async () => {
    const page = await context.newPage();
    const table = await openTable(page, "table-1");
    const note = table.getByRole("link", { name: "data note 6" });
    await note.click();
    await expect(page.locator(":target").getAttribute("id")).resolves.toBe("table-1-note-6");
    await expect(page.locator(":target").textContent()).resolves.toMatch(/without Si₂/);
    await page.close();
  });

  it.each(["light", "dark"] as const)("have no axe violation once hydrated and sorted, in %s mode", async (colorScheme) => {
    const ctx = await browser.newContext({ colorScheme });
    const { page, problems } = await watchedPage(ctx);
    await openTable(page, "table-1");
    // Both tables sorted on the one page: sorting writes the view into the URL, so navigating again would be a reload.
    for (const id of ["table-1", "table-2"] as const) {
      const table = page.locator(`#${id}`);
      await table.locator("table").scrollIntoViewIfNeeded();
      await table.getByRole("status").waitFor();
      await table.getByRole("button", { name: /Strategy/ }).click();
      await expect.poll(() => new URL(page.url()).searchParams.get(`${id}-sort`)).toBeTruthy();
    }
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await ctx.close();
  });

  it("keep reference links right when the site is served from a sub-path", async () => {
    const page = await context.newPage();
    const table = await openTable(page, "table-1", "/teaching/na/data/");
    await table.getByRole("button", { name: /CCD/ }).click();
    const href = await table.locator("tbody a[href*='references/']").first().evaluate((a) => (a as HTMLAnchorElement).href);
    expect(new URL(href).pathname).toBe("/teaching/na/references/");
    await page.close();
  });
});

describe("without JavaScript", () => {
  it("the data page and the chapters show every row of both tables", async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(`${origin()}/data/`);
    expect(await page.locator("#table-1 tbody").count()).toBe(table1.length);
    expect(await page.locator("#table-2 tbody").count()).toBe(table2.length);
    expect(await page.locator("#table-2 tbody tr").count()).toBe(table2.reduce((n, r) => n + r.conditions.length, 0));
    expect(await page.getByRole("checkbox").count()).toBe(0);
    for (const [slug, id, rows] of [["all-solid-state", "table-1", table1.length], ["conventional", "table-2", table2.length]] as const) {
      await page.goto(`${origin()}/review/${slug}/`);
      const block = page.locator(`#${id}`);
      await expect(block.locator("figcaption .table-label").textContent()).resolves.toBe(id === "table-1" ? "Table 1." : "Table 2.");
      expect(await block.locator("tbody").count()).toBe(rows);
    }
    await ctx.close();
  });
});

describe("the chapters' tables", () => {
  it("load no script, and link to the same table on the data page", async () => {
    const page = await context.newPage();
    for (const [slug, id] of [["all-solid-state", "table-1"], ["conventional", "table-2"]] as const) {
      await page.goto(`${origin()}/review/${slug}/`);
      const block = page.locator(`#${id}`);
      expect(await block.locator("astro-island").count()).toBe(0);
      await block.getByRole("link", { name: "the data page" }).click();
      await page.waitForURL(new RegExp(`/data/#${id}$`));
      await expect(page.locator(":target").locator("h2").textContent()).resolves.toMatch(new RegExp(`^Table ${id.at(-1)}:`));
    }
    await page.close();
  });
});

describe("downloads", () => {
  const lines1 = table1.reduce((n, r) => n + (r.lifespans?.length ?? 1), 0);
  const lines2 = table2.reduce((n, r) => n + r.conditions.length, 0);

  it.each([
    ["table1.csv", "text/csv", lines1, "lifespan_h"],
    ["table2.csv", "text/csv", lines2, "cycleLife_h"],
  ])("/data/%s is served as %s with a header and one line per test (%i)", async (file, type, lines, hours) => {
    const response = await fetch(`${origin()}/data/${file}`);
    expect(response.headers.get("content-type")).toMatch(new RegExp(`^${type}`));
    const text = await response.text();
    expect(text.split("\r\n").filter((line) => line !== "")).toHaveLength(lines + 1);
    const records = parseCsv(text);
    expect(records[0]).toContain(hours);
    expect(records.slice(1).every((r) => r.length === records[0]!.length)).toBe(true);
  });

  it.each([
    ["table1.json", table1.length],
    ["table2.json", table2.length],
  ])("/data/%s is served as JSON with every row (%i)", async (file, rows) => {
    const response = await fetch(`${origin()}/data/${file}`);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const json = (await response.json()) as { rows: unknown[]; source: { licence: string } };
    expect(json.rows).toHaveLength(rows);
    expect(json.source.licence).toMatch(/^CC BY 4\.0/);
  });

  it("are linked from the data page with their sizes", async () => {
    const page = await context.newPage();
    await page.goto(`${origin()}/data/#downloads`);
    for (const file of ["table1.csv", "table1.json", "table2.csv", "table2.json"]) {
      const link = page.locator("#downloads").getByRole("link", { name: file });
      const href = await link.evaluate((a) => (a as HTMLAnchorElement).href);
      const size = (await fetch(href).then((r) => r.arrayBuffer())).byteLength;
      const item = await link.locator("xpath=..").textContent();
      expect(item).toContain(`${file} (${size < 1000 ? `${size} B` : `${(size / 1000).toFixed(1)} kB`})`);
    }
    await page.close();
  });
});
