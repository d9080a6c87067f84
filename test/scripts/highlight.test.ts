import { describe, expect, it } from "vitest";
import { HIGHLIGHT_PARAM, highlightPattern, highlightWords } from "../../src/scripts/highlight.ts";
import { HIGHLIGHT_PARAM as WRITTEN_PARAM, resultLink } from "../../src/scripts/search-links.ts";

describe("search result links", () => {
  it("keep Pagefind's rooted URL under a sub-path and carry the words before the section's #", () => {
    expect(resultLink("/teaching/na/review/molten/#wetting", "molten Na", "http://host/teaching/na/search/?q=molten+Na")).toBe(
      "http://host/teaching/na/review/molten/?highlight=molten+Na#wetting",
    );
  });

  it("are written with the parameter the result page reads", () => {
    expect(WRITTEN_PARAM).toBe(HIGHLIGHT_PARAM);
  });
});

describe("highlightWords", () => {
  it("gives distinct lower-case words of two or more characters, longest first", () => {
    expect(highlightWords("Sand's  time a SAND's")).toEqual(["sand's", "time"]);
    expect(highlightWords(null)).toEqual([]);
  });
});

describe("highlightPattern", () => {
  it("matches the words where a word starts, whatever their case", () => {
    const pattern = highlightPattern(["wet"])!;
    expect("Wetting is wet; sweet is not".match(pattern)).toEqual(["Wet", "wet"]);
  });

  it("treats the reader's words as text, not as a pattern", () => {
    expect("a (b) c".match(highlightPattern(["(b)"])!)).toEqual(["(b)"]);
  });
});
