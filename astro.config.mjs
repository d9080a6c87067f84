// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import preact from "@astrojs/preact";
import pagefind from "astro-pagefind";
import { rehypeHeadingIds, unified } from "@astrojs/markdown-remark";
import remarkMath from "remark-math";
import rehypeKatex from "rehype-katex";
import relativeUrls from "./src/build/relative-urls-integration.ts";
import sitemap from "./src/build/sitemap-integration.ts";
import interactionDirective from "./src/build/interaction-integration.ts";
import rehypeHeadingAnchors from "./src/build/rehype-heading-anchors.ts";
import remarkCiteIds from "./src/build/remark-cite-ids.ts";
import { themeScript } from "./src/build/theme-script.mjs";
import { notFoundScript } from "./src/build/not-found-script.mjs";
import { createHash } from "node:crypto";

// BASE_PATH builds for a known sub-path (e.g. /teaching/na/); without it every internal URL is made
// relative after the build, so the same dist/ works at any path.
const base = process.env.BASE_PATH || "/";

export default defineConfig({
  base,
  site: process.env.SITE_URL || undefined,
  trailingSlash: "always",
  build: { format: "directory" },
  integrations: [mdx(), preact(), pagefind({
      // Search reads the prose: calculators' live widgets, citation previews, contents and pagers would only
      // repeat text or fill excerpts with numbers (each calculator's documentation is indexed).
      indexConfig: {
        excludeSelectors: [".calc", ".cite-preview", ".toc", ".pager", ".heading-anchor", ".katex-mathml", ".page-tools"],
      },
    }), relativeUrls(), sitemap(), interactionDirective()],
  markdown: {
    processor: unified({ remarkPlugins: [remarkMath, remarkCiteIds], rehypePlugins: [rehypeKatex, rehypeHeadingIds, rehypeHeadingAnchors] }),
  },
  devToolbar: { enabled: false },
  // Scripts run only from this site's files or from inline scripts whose hashes Astro lists; styles may be
  // inline because KaTeX positions glyphs with style attributes. No other origin is allowed anywhere.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: [
          `sha256-${createHash("sha256").update(themeScript).digest("base64")}`,
          `sha256-${createHash("sha256").update(notFoundScript).digest("base64")}`,
        ],
      },
      styleDirective: { resources: ["'self'", "'unsafe-inline'"] },
    },
  },
  vite: {
    build: {
      sourcemap: false,
      // The site script (Base.astro) must stay inline at any size: opened from disk, Chromium refuses a module
      // script file, and the chapters' links and search rely on it there. Other assets keep the 4 KB default.
      assetsInlineLimit: (path) => (path.includes("Base.astro_astro_type_script") ? true : undefined),
    },
  },
});
