/** Words a reader gets through per minute in technical prose (a common estimate, ~200–250 wpm). */
const WORDS_PER_MINUTE = 220;

/** Counts the words of an MDX body, leaving out front matter, import lines, tags and math markup. */
export function countWords(mdx: string): number {
  const prose = mdx
    .replace(/^---[\s\S]*?---/, "")
    .replace(/^import .*$/gm, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/\$[^$]*\$/g, " x ");
  return prose.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Reading time in whole minutes, at least one. */
export function readingMinutes(mdx: string): number {
  return Math.max(1, Math.round(countWords(mdx) / WORDS_PER_MINUTE));
}
