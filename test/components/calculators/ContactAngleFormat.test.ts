import { describe, expect, it } from "vitest";
import { difference, fixed, measured, measuredText } from "../../../src/components/calculators/ContactAngleFormat";

describe("fixed", () => {
  it.each([
    [240.2544, 1, "240.3"],
    [-129.1672, 1, "-129.2"],
    [-0.028, 1, "0.0"],
    [-0.004, 2, "0.00"],
    [-0.06, 1, "-0.1"],
    [0, 1, "0.0"],
  ])("writes %d with %d decimals as %s, never as a negative zero", (value, decimals, text) => {
    expect(fixed(value, decimals)).toBe(text);
  });
});

describe("measured", () => {
  it.each([
    [240.2544, undefined, { value: "240.3" }, "240.3"],
    [-11.1161, undefined, { value: "-11.12" }, "-11.12"],
    [72.5, 2, { value: "72.5", uncertainty: "2.0" }, "72.5 ± 2.0"],
    [240.2544, 6.285, { value: "240", uncertainty: "6" }, "240 ± 6"],
  ])("shows %s (± %s) as %j", (value, uncertainty, expected, text) => {
    expect(measured(value, uncertainty)).toEqual(expected);
    expect(measuredText(value, uncertainty)).toBe(text);
  });
});

describe("difference", () => {
  it.each([
    [-0.0001011, 240.25, "0.0"], // B frozen from itself: a rounding residue, not a change
    [50, 122.5, "50.0"],
    [-154.8, 240.25, "-154.8"],
    [57.31, 129.8, "57.3"],
    [0.0123, 0.5, "0.0123"],
  ])("writes the change %s between values up to %s as %s", (value, scale, text) => {
    expect(difference(value, scale)).toBe(text);
  });
});
