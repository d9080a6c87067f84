/**
 * Internal URLs, written from the site root with the configured base ("/" or "/teaching/na/").
 * After the build they are rewritten relative to each page (src/build/relative-urls.ts).
 */
export function url(path = ""): string {
  const base = import.meta.env.BASE_URL.endsWith("/") ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
  return base + path.replace(/^\//, "");
}
