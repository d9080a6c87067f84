import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { htmlFiles, pageBytes } from "../../scripts/page-bytes.mjs";

const KB = 1024;

/**
 * The JavaScript a page may ship (gzip), by what it shows: the review's data charts (the data page, and the
 * chapters that carry them) 60 KB, or 70 KB where a chapter embeds calculators beside them (chapter 3 carries
 * Table 1's charts and two calculators; each island loads only as it comes into view); a calculator, on its own
 * page or embedded in a chapter, 40 KB; a page without islands 10 KB.
 */
function jsBudget(html: string): number {
  const charts = /component-url="[^"]*(ScatterChart|BarChart)[^"]*"/.test(html);
  if (charts && /component-url="[^"]*Calculator[^"]*"/.test(html)) return 70 * KB;
  if (charts) return 60 * KB;
  if (html.includes("<astro-island")) return 40 * KB;
  return 10 * KB;
}

const rows = htmlFiles("dist").map((f) => {
  const html = readFileSync(`dist/${f}`, "utf8");
  return { ...pageBytes("dist", f), budget: jsBudget(html), hasIslands: html.includes("<astro-island") };
});

describe("byte budgets of every built page (gzip)", () => {
  it.each(rows.map((r) => [r.page, r] as const))("%s stays within its JavaScript, CSS and HTML budgets", (page, r) => {
    expect({ page, js: r.js.gzip <= r.budget, css: r.css.gzip <= 20 * KB, html: r.html.gzip <= 100 * KB }).toEqual({
      page,
      js: true,
      css: true,
      html: true,
    });
  });

  it("measures real bytes: a chapter without islands ships its stylesheet and the site script, and nothing big", () => {
    const chapter = rows.find((r) => r.page === "/review/introduction/")!;
    expect(chapter.hasIslands).toBe(false);
    expect(chapter.css.gzip).toBeGreaterThan(2 * KB);
    expect(chapter.js.gzip).toBeGreaterThan(300);
    expect(chapter.js.gzip).toBeLessThan(10 * KB);
  });
});
