// Measures what each built page makes a browser download: its HTML, the stylesheets it links, and the
// JavaScript it runs (module scripts, island components and renderers, and everything they import
// statically). Raw and gzip bytes. Used by `npm run bench` and by the byte-budget tests.
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { gzipSync } from "node:zlib";

const gz = (buf) => gzipSync(buf, { level: 9 }).length;

/** Every HTML file of a build, as paths relative to `dir`. */
export function htmlFiles(dir) {
  const walk = (d) =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(d, e.name)) : e.name.endsWith(".html") ? [join(d, e.name)] : [],
    );
  return walk(dir).map((f) => relative(dir, f).split(sep).join("/")).sort();
}

function attrValues(html, pattern) {
  return [...html.matchAll(pattern)].map((m) => m[1]);
}

/** JS files a module imports statically (import … from "./x.js", import "./x.js"), resolved to paths. */
function staticImports(file) {
  const code = readFileSync(file, "utf8");
  const specs = [
    ...code.matchAll(/\bimport\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g),
    ...code.matchAll(/\bexport\s*[\w*{}\s,$]+from\s*["']([^"']+\.js)["']/g),
  ].map((m) => m[1]);
  return specs.filter((s) => s.startsWith(".")).map((s) => resolve(dirname(file), s));
}

/** Bytes a page costs: { page, html, css, js } each { raw, gzip }, with the file lists. */
export function pageBytes(dir, page) {
  const file = join(dir, page);
  const html = readFileSync(file, "utf8");
  const local = (u) => !/^[a-z]+:|^\/\//i.test(u);
  // 404.html keeps root-absolute URLs (servers send it at any path); the rest are relative to the page.
  const toPath = (u) => {
    const path = u.split(/[?#]/)[0];
    return path.startsWith("/") ? resolve(dir, `.${path}`) : resolve(dirname(file), path);
  };
  const css = attrValues(html, /<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g).filter(local).map(toPath);
  const roots = [
    ...attrValues(html, /<script[^>]+src="([^"]+)"/g),
    ...attrValues(html, /component-url="([^"]+)"/g),
    ...attrValues(html, /renderer-url="([^"]+)"/g),
  ]
    .filter(local)
    .map(toPath);
  const js = new Set();
  const queue = [...roots];
  while (queue.length) {
    const f = queue.pop();
    if (js.has(f)) continue;
    js.add(f);
    queue.push(...staticImports(f));
  }
  // Inline scripts count too (the island loader, the theme script).
  const inline = attrValues(html, /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g).join("");
  const sum = (files, extra = "") => {
    const buf = Buffer.concat([...files.map((f) => readFileSync(f)), Buffer.from(extra)]);
    return { raw: buf.length, gzip: buf.length ? gz(buf) : 0 };
  };
  return {
    page: `/${page.replace(/index\.html$/, "")}`,
    html: { raw: Buffer.byteLength(html), gzip: gz(Buffer.from(html)) },
    css: sum([...new Set(css)]),
    js: sum([...js], inline),
    files: { css: [...new Set(css)], js: [...js] },
  };
}
