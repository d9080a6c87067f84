/**
 * The words a search result was found for, marked on the page it opens. Pure string functions for the site
 * script; kept apart from the search page's modules so the site script stays one small inline file that also
 * runs from disk.
 */

/** URL parameter with the searched words (search-links.ts writes it). */
export const HIGHLIGHT_PARAM = "highlight";

/** The words to mark for a highlight parameter: distinct, at least two characters, longest first, ten at most. */
export function highlightWords(param: string | null): string[] {
  if (!param) return [];
  const words = param
    .toLowerCase()
    .split(/[\s"“”]+/)
    .filter((w) => w.length >= 2);
  return [...new Set(words)].sort((a, b) => b.length - a.length).slice(0, 10);
}

/** A case-insensitive pattern matching any of `words` where a word starts ("wet" marks "wetting", not "sweet"). */
export function highlightPattern(words: string[]): RegExp | undefined {
  if (words.length === 0) return undefined;
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join("|")})`, "giu");
}
