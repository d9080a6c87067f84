import { describe, expect, it } from "vitest";
import { citationSegments, citedNumbers } from "../../src/teach/citations.ts";

describe("citationSegments", () => {
  it("splits a statement into text and the citations written in brackets", () => {
    expect(citationSegments("fails above 0.5 mA cm⁻² [42], while cells need 2 mA cm⁻² [9, 90].")).toEqual([
      { text: "fails above 0.5 mA cm⁻² " },
      { cite: "42" },
      { text: ", while cells need 2 mA cm⁻² " },
      { cite: "9, 90" },
      { text: "." },
    ]);
  });

  it("leaves brackets that hold no reference numbers as text", () => {
    expect(citationSegments("[cite] and [a, b]")).toEqual([{ text: "[cite] and [a, b]" }]);
  });
});

describe("citedNumbers", () => {
  it("lists every reference once, in order, ranges expanded", () => {
    expect(citedNumbers("A [84, 92] and B [5–7] and C [84]")).toEqual([5, 6, 7, 84, 92]);
    expect(citedNumbers("no citation")).toEqual([]);
  });

  it("refuses a reference the review does not have", () => {
    expect(() => citedNumbers("[93]")).toThrowErrorMatchingInlineSnapshot(
      `[Error: Citation "93": reference 93 does not exist (the review has 1–92).]`,
    );
  });
});
