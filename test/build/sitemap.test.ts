import { describe, expect, it } from "vitest";
import { sitemapXml } from "../../src/build/sitemap.ts";

describe("sitemapXml", () => {
  it("lists each page once, absolute under the base, without the 404 page or files", () => {
    const xml = sitemapXml("https://example.edu", "/teaching/na/", ["review/molten/", "", "404.html", "references.bib", "review/molten/"]);
    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        "  <url><loc>https://example.edu/teaching/na/</loc></url>\n" +
        "  <url><loc>https://example.edu/teaching/na/review/molten/</loc></url>\n</urlset>\n",
    );
  });
});
