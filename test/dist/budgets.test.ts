import { describe, expect, it } from "vitest";
import { htmlFiles, pageBytes } from "../../scripts/page-bytes.mjs";

const KB = 1024;

/** The JavaScript a page may ship (gzip), by kind of page. */
function jsBudget(page: string): number {
  if (page.startsWith("/calculators/") && page !== "/calculators/") return 40 * KB;
  if (page === "/data/") return 60 * KB;
  return 10 * KB;
}

const rows = htmlFiles("dist").map((f) => pageBytes("dist", f));

describe("byte budgets of every built page (gzip)", () => {
  it.each(rows.map((r) => [r.page, r] as const))("%s stays within its JavaScript, CSS and HTML budgets", (page, r) => {
    expect({ page, js: r.js.gzip <= jsBudget(page), css: r.css.gzip <= 20 * KB, html: r.html.gzip <= 100 * KB }).toEqual({
      page,
      js: true,
      css: true,
      html: true,
    });
  });

  it("measures real bytes: a chapter ships its stylesheet and the site script, and nothing big", () => {
    const chapter = rows.find((r) => r.page === "/review/introduction/")!;
    expect(chapter.css.gzip).toBeGreaterThan(2 * KB);
    expect(chapter.js.gzip).toBeGreaterThan(300);
    expect(chapter.js.gzip).toBeLessThan(10 * KB);
  });
});
