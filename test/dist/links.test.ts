import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { htmlFiles } from "../../scripts/page-bytes.mjs";

const DIST = resolve("dist");

/** The file a URL on `page` points to inside dist/, or undefined when it leaves the site. */
function target(page: string, url: string): string | undefined {
  const path = decodeURIComponent(url.split(/[?#]/)[0] ?? "");
  const file = path === "" ? join(DIST, page) : resolve(dirname(join(DIST, page)), path);
  if (!file.startsWith(DIST)) return undefined;
  return existsSync(file) && statSync(file).isDirectory() ? join(file, "index.html") : file;
}

const ids = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  if (!ids.has(file)) {
    const html = readFileSync(file, "utf8");
    ids.set(file, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
  }
  return ids.get(file)!;
}

const pages = htmlFiles("dist").filter((f) => f !== "404.html");

describe("links in the built site", () => {
  it.each(pages)("every internal href and src on dist/%s resolves, fragments included", (page) => {
    const html = readFileSync(join(DIST, page), "utf8");
    const broken: string[] = [];
    for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const url = m[1]!.replaceAll("&amp;", "&");
      if (/^(https?:|mailto:|data:|blob:)/.test(url)) continue;
      const file = target(page, url);
      if (!file || !existsSync(file)) {
        broken.push(`${url} (no file)`);
        continue;
      }
      const fragment = url.split("#")[1];
      if (fragment && file.endsWith(".html") && !idsOf(file).has(decodeURIComponent(fragment))) {
        broken.push(`${url} (no #${fragment} in ${relative(DIST, file)})`);
      }
    }
    expect(broken).toEqual([]);
  });

  it.each(pages)("every link to another site on dist/%s opens with rel=noopener", (page) => {
    const html = readFileSync(join(DIST, page), "utf8");
    const bare = [...html.matchAll(/<a\s[^>]*href="https?:[^"]*"[^>]*>/g)]
      .map((m) => m[0])
      .filter((tag) => !/\srel="[^"]*\bnoopener\b/.test(tag));
    expect(bare).toEqual([]);
  });
});

describe("what dist/ contains", () => {
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));

  it("has no source maps", () => {
    expect(walk(DIST).filter((f) => f.endsWith(".map"))).toEqual([]);
  });

  it("has no unused build asset: every file in _astro/ is named by a page, a stylesheet or a script", () => {
    const assets = walk(join(DIST, "_astro"));
    const referrers = walk(DIST)
      .filter((f) => /\.(html|css|js)$/.test(f))
      .map((f) => readFileSync(f, "utf8"))
      .join("\n");
    const unused = assets.map((f) => f.split("/").pop()!).filter((name) => !referrers.includes(name));
    expect(unused).toEqual([]);
  });
});
