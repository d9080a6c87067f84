/**
 * Makes a built page's internal URLs relative to the page itself, so one dist/ folder works from any
 * server path (/, /teaching/na/, …) without a rebuild. Pure string functions; the integration in
 * relative-urls-integration.ts applies them to dist/ after the build.
 */

/** Attributes that carry URLs: links, assets, and the module URLs Astro's islands import. */
const URL_ATTRIBUTES = [
  "href",
  "src",
  "action",
  "poster",
  "component-url",
  "renderer-url",
  "before-hydration-url",
  "data-root",
];

/** The prefix that leads from a page at `pagePath` (relative to dist/, e.g. "review/a/index.html") to dist/. */
export function prefixToRoot(pagePath: string): string {
  const depth = pagePath.split("/").length - 1;
  return depth === 0 ? "./" : "../".repeat(depth);
}

/** Rewrites one URL: `base`-absolute ones become relative to `prefix`; others (external, #, relative) stay. */
export function relativizeUrl(url: string, base: string, prefix: string): string {
  if (!url.startsWith(base) || url.startsWith("//")) return url;
  const rest = url.slice(base.length);
  if (rest === "" || rest.startsWith("?") || rest.startsWith("#")) return prefix + rest;
  return prefix + rest;
}

/** Rewrites every URL attribute of an HTML document built for `base`, for the page at `pagePath`. */
export function relativizeHtml(html: string, pagePath: string, base = "/"): string {
  const prefix = prefixToRoot(pagePath);
  const attrs = URL_ATTRIBUTES.join("|");
  const pattern = new RegExp(`(\\s(?:${attrs})=)(["'])(${escapeRegExp(base)}[^"']*)\\2`, "g");
  return html.replace(pattern, (_m, head: string, quote: string, url: string) => {
    return `${head}${quote}${relativizeUrl(url, base, prefix)}${quote}`;
  });
}

/** Rewrites `url(...)` references in a stylesheet that lives in `<base>_astro/`: assets sit beside it. */
export function relativizeCss(css: string, base = "/"): string {
  const assets = `${base}_astro/`;
  return css.replace(/url\((["']?)([^)"']+)\1\)/g, (match, quote: string, url: string) => {
    if (!url.startsWith(assets)) return match;
    return `url(${quote}./${url.slice(assets.length)}${quote})`;
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
