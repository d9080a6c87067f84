import { describe, expect, it } from "vitest";
import { formatFixed, formatNumber } from "../../src/calculators/format.ts";

describe("formatNumber", () => {
  it.each([
    [29.2857, "29.29"],
    [40620.4, "40620"],
    [0.5, "0.5"],
    [-100.383, "-100.4"],
    [0, "0"],
    [1.5e-6, "1.5e-6"],
    [2.5e12, "2.5e+12"],
  ])("writes %d as %s, which reads back as a number", (value, text) => {
    expect(formatNumber(value)).toBe(text);
    expect(Number.isFinite(Number(text))).toBe(true);
  });

  it("refuses to format NaN or Infinity, so they can never reach the page", () => {
    expect(() => formatNumber(Number.NaN)).toThrow("formatNumber was given NaN");
    expect(() => formatFixed(Number.POSITIVE_INFINITY, 2)).toThrow("formatFixed was given Infinity");
  });

  it("writes fixed decimals for tables", () => {
    expect(formatFixed(0.1, 2)).toBe("0.10");
    expect(formatFixed(-0.04, 1)).toBe("0.0");
    expect(formatFixed(-0.05, 1)).toBe("-0.1");
  });
});
