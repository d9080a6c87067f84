/**
 * Astro writes the rule that makes island wrappers layout-neutral as a <style> element inside <body>,
 * right before the first island; HTML allows <style> only in <head>. This moves it there.
 */
const ISLAND_STYLE = /<style>astro-island,astro-slot,astro-static-slot\{display:contents\}<\/style>/;

export function hoistIslandStyle(html: string): string {
  const match = html.match(ISLAND_STYLE);
  if (!match || !html.includes("</head>")) return html;
  const [style] = match;
  const head = html.indexOf("</head>");
  if (html.indexOf(style) < head) return html;
  return html.replace(style, "").replace("</head>", `${style}</head>`);
}
