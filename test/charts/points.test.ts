import { describe, expect, it } from "vitest";
import { describePoint, describeValues, formatCell, midSentence, numberOf, seriesLabel, type ChartDataset } from "../../src/charts/points";

const dataset: ChartDataset = {
  columns: [
    { key: "ccd_mA_cm2", label: "CCD", unit: "mA cm⁻²" },
    { key: "cycleLife_h", label: "Cycle life", unit: "h" },
    { key: "electrolyte", label: "Electrolyte" },
  ],
  series: [{ key: "carbon", label: "Carbon hosts" }],
  points: [
    { id: "a", ref: 53, strategy: "Na-In-C composite", series: "carbon", values: { ccd_mA_cm2: 1.5, cycleLife_h: null, electrolyte: "1 M NaPF₆ in DME" } },
  ],
};

describe("points", () => {
  it("reads a column as a number only when it holds a finite one (and a positive one when asked)", () => {
    expect(numberOf({ a: 2 }, "a")).toBe(2);
    expect(numberOf({ a: 0 }, "a", true)).toBeNull();
    expect(numberOf({ a: "2" }, "a")).toBeNull();
    expect(numberOf({ a: null }, "a")).toBeNull();
    expect(numberOf(null, "a")).toBeNull();
  });

  it.each([
    [2, "mA cm⁻²", "2 mA cm⁻²"],
    [null, "h", "not reported"],
    [true, undefined, "yes"],
    [false, undefined, "no"],
    ["EC/DMC", undefined, "EC/DMC"],
  ] as const)("shows the cell %s (%s) as %s", (value, unit, text) => {
    expect(formatCell(value, unit)).toBe(text);
  });

  it("lowers a label's capital mid-sentence but keeps an acronym's", () => {
    expect(midSentence("Cycle life")).toBe("cycle life");
    expect(midSentence("CCD")).toBe("CCD");
  });

  it("names a point by strategy, reference and series, then the values asked for, missing ones included", () => {
    const point = dataset.points[0];
    expect(describePoint(dataset, point, ["ccd_mA_cm2", "cycleLife_h"])).toBe(
      "Na-In-C composite, ref. 53, Carbon hosts: CCD 1.5 mA cm⁻², cycle life not reported",
    );
    expect(describePoint(dataset, { ...point, note: "the best of 3 tests" }, ["electrolyte"])).toBe(
      "Na-In-C composite, ref. 53, Carbon hosts: electrolyte 1 M NaPF₆ in DME (the best of 3 tests)",
    );
    expect(describeValues(dataset, { unknown_key: 4 }, ["unknown_key"])).toBe("unknown_key 4");
    expect(seriesLabel(dataset, "other")).toBe("other");
  });
});
