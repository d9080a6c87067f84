import { describe, expect, it } from "vitest";
import { citationRuns, citedInText, citeOccurrences, parseCitationList } from "../../src/lib/citations.ts";

describe("parseCitationList", () => {
  it.each([
    ["15", [15]],
    [51, [51]],
    ["5-8,25,26", [5, 6, 7, 8, 25, 26]],
    ["5–8, 25", [5, 6, 7, 8, 25]],
    ["9,40,9", [9, 40]],
  ])("reads %j as %j", (list, numbers) => {
    expect(parseCitationList(list)).toEqual(numbers);
  });

  it("refuses lists a reader could not resolve, saying why", () => {
    expect(() => parseCitationList("")).toThrowErrorMatchingInlineSnapshot(
      `[Error: Empty citation: give at least one reference number.]`,
    );
    expect(() => parseCitationList("5-x")).toThrowErrorMatchingInlineSnapshot(
      `[Error: Citation "5-x": "5-x" is not a number or a range like 5–8.]`,
    );
    expect(() => parseCitationList("8-5")).toThrowErrorMatchingInlineSnapshot(
      `[Error: Citation "8-5": range 8–5 runs backwards.]`,
    );
    expect(() => parseCitationList("93")).toThrowErrorMatchingInlineSnapshot(
      `[Error: Citation "93": reference 93 does not exist (the review has 1–92).]`,
    );
  });
});

describe("citationRuns", () => {
  it("shows three or more consecutive numbers as a range and pairs as two numbers", () => {
    expect(citationRuns([25, 5, 6, 7, 8, 26])).toEqual([
      { from: 5, to: 8 },
      { from: 25, to: 25 },
      { from: 26, to: 26 },
    ]);
  });
});

describe("citedInText", () => {
  it("collects every number cited in an MDX body, sorted and once each", () => {
    const body = 'Na wets Pb <Cite n="7" /> and Bi <Cite n="8,5-6" />, and again <Cite n={7} />.';
    expect(citedInText(body)).toEqual([5, 6, 7, 8]);
  });
});

describe("citeOccurrences", () => {
  it("numbers each <Cite> in document order with the heading it sits under", () => {
    const body = 'Intro <Cite n="1" />.\n\n## First\n\nText <Cite n="5-7" /> and <Cite n={9} />.\n\n### Deeper\n\n<Cite n="2, 4" />';
    expect(citeOccurrences(body)).toEqual([
      { at: 1, numbers: [1], heading: -1 },
      { at: 2, numbers: [5, 6, 7], heading: 0 },
      { at: 3, numbers: [9], heading: 0 },
      { at: 4, numbers: [2, 4], heading: 1 },
    ]);
  });

  it("refuses a <Cite> it cannot read, so ids and backlinks never disagree", () => {
    expect(() => citeOccurrences("<Cite n={list} />")).toThrow('<Cite n={list} />: write the citation as n="5-8" or n={5}.');
  });
});
