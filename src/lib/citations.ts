/**
 * Citation lists as written in the chapters ("5-8,25,26", "5–8, 25") → reference numbers, and back to
 * the compact form readers expect ("5–8, 25, 26"). A malformed list throws, so a typo fails the build.
 */

/** Highest reference number in the review. */
export const REFERENCE_COUNT = 92;

/** Expands a citation list into reference numbers, in the order written, without duplicates. */
export function parseCitationList(list: string | number): number[] {
  const text = String(list).trim();
  if (text === "") throw new Error("Empty citation: give at least one reference number.");
  const numbers: number[] = [];
  for (const part of text.split(",")) {
    const range = part.trim().split(/\s*[-–]\s*/);
    if (range.length > 2 || range.some((r) => !/^\d+$/.test(r))) {
      throw new Error(`Citation "${text}": "${part.trim()}" is not a number or a range like 5–8.`);
    }
    const [from, to = from] = range.map(Number) as [number, number?];
    if (to < from) throw new Error(`Citation "${text}": range ${from}–${to} runs backwards.`);
    for (let n = from; n <= to; n++) {
      if (n < 1 || n > REFERENCE_COUNT) {
        throw new Error(`Citation "${text}": reference ${n} does not exist (the review has 1–${REFERENCE_COUNT}).`);
      }
      if (!numbers.includes(n)) numbers.push(n);
    }
  }
  return numbers;
}

/** A run of consecutive reference numbers; `from === to` for a single one. */
export interface CitationRun {
  from: number;
  to: number;
}

/** Groups numbers into runs; only runs of three or more are shown as ranges, as in the review. */
export function citationRuns(numbers: readonly number[]): CitationRun[] {
  const sorted = [...numbers].sort((a, b) => a - b);
  const runs: CitationRun[] = [];
  for (const n of sorted) {
    const last = runs.at(-1);
    if (last && n === last.to + 1) last.to = n;
    else runs.push({ from: n, to: n });
  }
  return runs.flatMap((r) =>
    r.to - r.from >= 2 ? [r] : Array.from({ length: r.to - r.from + 1 }, (_, i) => ({ from: r.from + i, to: r.from + i })),
  );
}

/** Every reference number cited in an MDX body through `<Cite n="…" />`. */
export function citedInText(body: string): number[] {
  const found = new Set<number>();
  for (const m of body.matchAll(/<Cite\s+n=(?:"([^"]*)"|\{(\d+)\})/g)) {
    for (const n of parseCitationList(m[1] ?? m[2] ?? "")) found.add(n);
  }
  return [...found].sort((a, b) => a - b);
}

/** One <Cite> of an MDX body: its place in document order (1, 2, …; its id is cite-<at>) and what it cites. */
export interface CiteOccurrence {
  at: number;
  numbers: number[];
  /** Index of the last heading (##…######) above it, or -1 before the first. */
  heading: number;
}

/**
 * Every <Cite> of an MDX body in document order, numbered as src/build/remark-cite-ids.ts numbers them, with
 * the heading it sits under. A <Cite> whose list cannot be read here throws, so the two never disagree.
 */
export function citeOccurrences(body: string): CiteOccurrence[] {
  const out: CiteOccurrence[] = [];
  let heading = -1;
  for (const m of body.matchAll(/^#{2,6}\s.*$|<Cite\b[^>]*>/gm)) {
    if (m[0].startsWith("#")) {
      heading++;
      continue;
    }
    const list = /\bn=(?:"([^"]*)"|\{(\d+)\})/.exec(m[0]);
    if (!list) throw new Error(`${m[0]}: write the citation as n="5-8" or n={5}.`);
    out.push({ at: out.length + 1, numbers: parseCitationList(list[1] ?? list[2] ?? ""), heading });
  }
  return out;
}
