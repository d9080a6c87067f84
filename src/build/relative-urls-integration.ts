import { readdir, readFile, writeFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { hoistIslandStyle } from "./hoist-island-style.ts";
import { relativizeCss, relativizeHtml } from "./relative-urls.ts";

/**
 * After the build, rewrites internal URLs in every HTML and CSS file of dist/ to relative ones, and moves
 * Astro's island style into <head> so every page is valid HTML.
 * 404.html keeps root-based URLs: servers send it at any path, where relative URLs would point nowhere.
 */
export default function relativeUrls(): AstroIntegration {
  let base = "/";
  return {
    name: "sodiophilic:relative-urls",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base.endsWith("/") ? config.base : `${config.base}/`;
      },
      "astro:build:done": async ({ dir }) => {
        const root = fileURLToPath(dir);
        for (const file of await walk(root)) {
          const path = relative(root, file).split(sep).join("/");
          if (path.endsWith(".html")) {
            await rewrite(file, (text) => {
              const valid = hoistIslandStyle(text);
              return path === "404.html" ? valid : relativizeHtml(valid, path, base);
            });
          } else if (path.endsWith(".css")) {
            await rewrite(file, (text) => relativizeCss(text, base));
          }
        }
      },
    },
  };
}

async function rewrite(file: string, change: (text: string) => string): Promise<void> {
  const before = await readFile(file, "utf8");
  const after = change(before);
  if (after !== before) await writeFile(file, after);
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files = await Promise.all(
    entries.map((e) => (e.isDirectory() ? walk(join(dir, e.name)) : Promise.resolve([join(dir, e.name)]))),
  );
  return files.flat();
}
