import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDecimal } from "../../src/calculators/decimal";

const whole = (text: string) => parseDecimal(text, 0, text.length);

describe("parseDecimal", () => {
  it.each([
    ["0", 0],
    ["12", 12],
    ["-0.5", -0.5],
    ["+3.25", 3.25],
    [".5", 0.5],
    ["5.", 5],
    ["1e3", 1000],
    ["2.5E-4", 2.5e-4],
    ["0.000123456789012345678", 0.000123456789012345678],
    ["12345678901234567890", 12345678901234567890],
    ["1e-30", 1e-30],
    ["0.1", 0.1],
  ])("reads %j as %s", (text, value) => {
    expect(whole(text)).toBe(value);
  });

  it.each([
    "",
    "-",
    ".",
    "e5",
    "1e",
    "1e+",
    "1.2.3",
    "0x10",
    "Infinity",
    "NaN",
    "1,5",
    " 1",
    "1 ",
    "--1",
    "1_000",
    "abc",
  ])("refuses %j", (text) => {
    expect(whole(text)).toBeNaN();
  });

  it("reads a slice of a longer string without copying it", () => {
    expect(parseDecimal("12.5,0.25,7", 5, 9)).toBe(0.25);
  });

  it("agrees exactly with Number() on any double written by JavaScript", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const text = String(x);
        expect(Object.is(whole(text), Number(text))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("agrees exactly with Number() on fixed-point text such as cyclers write", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e4, max: 1e4, noNaN: true }), fc.integer({ min: 0, max: 12 }), (x, digits) => {
        const text = x.toFixed(digits);
        expect(whole(text)).toBe(Number(text));
      }),
      { numRuns: 2000 },
    );
  });
});
