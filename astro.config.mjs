// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import preact from "@astrojs/preact";
import pagefind from "astro-pagefind";
import { rehypeHeadingIds, unified } from "@astrojs/markdown-remark";
import remarkMath from "remark-math";
import rehypeKatex from "rehype-katex";
import relativeUrls from "./src/build/relative-urls-integration.ts";
import rehypeHeadingAnchors from "./src/build/rehype-heading-anchors.ts";

// BASE_PATH builds for a known sub-path (e.g. /teaching/na/); without it every internal URL is made
// relative after the build, so the same dist/ works at any path.
const base = process.env.BASE_PATH || "/";

export default defineConfig({
  base,
  site: process.env.SITE_URL || undefined,
  trailingSlash: "always",
  build: { format: "directory" },
  integrations: [mdx(), preact(), pagefind(), relativeUrls()],
  markdown: {
    processor: unified({ remarkPlugins: [remarkMath], rehypePlugins: [rehypeKatex, rehypeHeadingIds, rehypeHeadingAnchors] }),
  },
  devToolbar: { enabled: false },
  vite: {
    build: { sourcemap: false },
  },
});
