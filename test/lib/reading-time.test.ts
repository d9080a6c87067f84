import { describe, expect, it } from "vitest";
import { countWords, readingMinutes } from "../../src/lib/reading-time.ts";

describe("reading time", () => {
  it("counts prose words but not front matter, imports or tags", () => {
    const mdx = '---\ntitle: "X"\n---\nimport A from "./a.astro";\n\nSodium wets lead <Cite n="7" /> well.';
    expect(countWords(mdx)).toBe(4);
  });

  it("rounds to whole minutes at 220 words a minute, never below one", () => {
    expect(readingMinutes("word ".repeat(1100))).toBe(5);
    expect(readingMinutes("word")).toBe(1);
  });
});
