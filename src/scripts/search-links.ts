/**
 * Links from search results to the pages they found. A pure function for the search page; the page it
 * opens marks the searched words (highlight.ts reads the same parameter).
 */

/** URL parameter that carries the searched words to the result page (highlight.ts reads it). */
export const HIGHLIGHT_PARAM = "highlight";

/**
 * The link for a Pagefind result URL ("/teaching/na/review/molten/#wetting"): already rooted at the site's
 * base, so it is resolved against the current page's origin only, and the search words ride along in the
 * query (before the section's #).
 */
export function resultLink(resultUrl: string, term: string, pageHref: string): string {
  const target = new URL(resultUrl, pageHref);
  if (term.trim()) target.searchParams.set(HIGHLIGHT_PARAM, term.trim());
  return target.href;
}
