import { describe, expect, it } from "vitest";
import { expectClose } from "../helpers/close";
import { areaScale, chartWidth, CHART_MIN_WIDTH, CHART_WIDTH, niceDown, R_MAX, R_MIN, sizeKeyValues } from "../../src/charts/size";
import { MARK_AREA } from "../../src/charts/symbols";

describe("size", () => {
  it.each([
    [140, 100],
    [700, 500],
    [2800, 2000],
    [1000, 1000],
    [0.3, 0.2],
  ])("niceDown rounds %s down to %s", (v, expected) => {
    expectClose(niceDown(v), expected, 1e-12);
  });

  it("draws the largest value at the largest radius and areas in proportion to the values", () => {
    const area = areaScale(2800);
    expectClose(area(2800), Math.PI * R_MAX ** 2);
    expectClose(area(1400) / area(2800), 0.5);
  });

  it("keeps tiny and missing values visible at the smallest radius", () => {
    const area = areaScale(2800);
    expectClose(area(1), Math.PI * R_MIN ** 2);
    expectClose(area(null), Math.PI * R_MIN ** 2);
  });

  it("gives every mark the same area when nothing sizes them", () => {
    expect(areaScale(undefined)(500)).toBe(MARK_AREA);
    expect(areaScale(0)(500)).toBe(MARK_AREA);
  });

  it("keys sizes with round values from a twentieth of the maximum to the maximum", () => {
    expect(sizeKeyValues(2800)).toEqual([100, 500, 2000]);
    expect(sizeKeyValues(1)).toEqual([0.05, 0.2, 1]);
  });
});

describe("chartWidth", () => {
  it.each([
    [358, 358],
    [358.4, 358],
    [720, CHART_WIDTH],
    [240, CHART_MIN_WIDTH],
    [0, CHART_WIDTH],
    [Number.NaN, CHART_WIDTH],
  ])("gives a %s px column a viewBox %s units wide", (column, width) => {
    expect(chartWidth(column)).toBe(width);
  });
});
