import { appendFile, writeFile } from "node:fs/promises";
import type { AstroIntegration } from "astro";
import { sitemapXml } from "./sitemap.ts";

/**
 * Writes dist/sitemap.xml and names it in robots.txt when the build knows the site's address (SITE_URL);
 * a sitemap needs absolute URLs, so a build for "wherever it is copied" has none.
 */
export default function sitemap(): AstroIntegration {
  let site: URL | undefined;
  let base = "/";
  return {
    name: "sodiophilic:sitemap",
    hooks: {
      "astro:config:done": ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
        base = config.base.endsWith("/") ? config.base : `${config.base}/`;
      },
      "astro:build:done": async ({ dir, pages, logger }) => {
        if (!site) return;
        const xml = sitemapXml(site.href, base, pages.map((p) => p.pathname));
        await writeFile(new URL("sitemap.xml", dir), xml);
        await appendFile(new URL("robots.txt", dir), `Sitemap: ${new URL(`${base}sitemap.xml`, site).href}\n`);
        logger.info(`sitemap.xml lists ${pages.length} pages`);
      },
    },
  };
}
