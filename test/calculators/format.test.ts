import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { formatFixed, formatMeasured, formatNumber, formatSignificant } from "../../src/calculators/format.ts";

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

describe("formatSignificant", () => {
  it.each([
    [12.55, 3, "12.6"],
    [12.55, 4, "12.55"],
    [2.5, 3, "2.50"],
    [1234567, 3, "1230000"],
    [40620.4, 3, "40600"],
    [0.000123456, 3, "0.000123"],
    [-0.00001234, 3, "-1.23e-5"],
    [2.5e12, 3, "2.50e+12"],
    [0, 3, "0"],
    [-0, 2, "0"],
  ])("writes %d with %d figures as %s", (value, digits, text) => {
    expect(formatSignificant(value, digits)).toBe(text);
  });

  it("refuses NaN and Infinity", () => {
    expect(() => formatSignificant(Number.NaN, 3)).toThrow("formatSignificant was given NaN");
  });

  it("writes text that reads back within half a unit of its last figure, never -0 or NaN (property)", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }), fc.integer({ min: 1, max: 8 }), (x, d) => {
        const text = formatSignificant(x, d);
        const back = Number(text);
        return !/NaN|^-0(\.0*)?$/.test(text) && Math.abs(back - x) <= Math.abs(x) * 5 * 10 ** -d + 1e-300;
      }),
    );
  });
});

describe("formatMeasured", () => {
  it.each([
    [72.5, 2, "72.5 ± 2.0"],
    [12.5478, 0.0212, "12.548 ± 0.021"],
    [12.5478, 0.0312, "12.55 ± 0.03"],
    [1534, 230, "1530 ± 230"],
    [257.3, 12.6, "257 ± 13"],
    [0.5, 0.96, "0.5 ± 1.0"],
    [-0.0004, 0.02, "0.000 ± 0.020"],
    [1.234e12, 5.6e10, "1.23e+12 ± 0.06e+12"],
    [11.2, 0, "11.2 ± 0"],
  ])("writes %d ± %d as %s", (value, delta, text) => {
    expect(formatMeasured(value, delta).text).toBe(text);
  });

  it("keeps the value and the uncertainty apart for the output and the span beside it", () => {
    expect(formatMeasured(72.5, 2)).toEqual({ value: "72.5", uncertainty: "2.0", text: "72.5 ± 2.0" });
  });

  it("refuses a negative or non-finite uncertainty", () => {
    expect(() => formatMeasured(1, -1)).toThrow("formatMeasured was given 1 ± -1");
    expect(() => formatMeasured(Number.NaN, 1)).toThrow();
  });

  it("rounds the value to the last figure of its uncertainty, which has one or two figures (property)", () => {
    const x = fc.double({ noNaN: true, min: -1e8, max: 1e8 });
    const u = fc.double({ noNaN: true, min: 1e-3, max: 1e7 });
    fc.assert(
      fc.property(x, u, (value, delta) => {
        const m = formatMeasured(value, delta);
        // Figures from the first non-zero digit; a whole number's trailing zeros only hold the place.
        const digits = m.uncertainty.replace(/^[0.]+/, "");
        const figures = (digits.includes(".") ? digits.replace(".", "") : digits.replace(/0+$/, "")).length;
        const decimals = (text: string) => text.split(".")[1]?.length ?? 0;
        return (
          figures >= 1 && figures <= 2 && decimals(m.value) === decimals(m.uncertainty) && !/^-0(\.0*)?$/.test(m.value) &&
          Math.abs(Number(m.uncertainty) - delta) <= 0.15 * delta
        );
      }),
    );
  });
});
