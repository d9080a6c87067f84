/** sitemap.xml for a site whose absolute URL is known: one <url> per page, in path order. */
export function sitemapXml(site: string, base: string, pathnames: readonly string[]): string {
  const root = new URL(base, site);
  const urls = [...new Set(pathnames)]
    .filter((p) => p === "" || p.endsWith("/"))
    .sort()
    .map((p) => `  <url><loc>${escapeXml(new URL(p, root).href)}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join("\n")}\n</urlset>\n`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
