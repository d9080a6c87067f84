import { describe, expect, it } from "vitest";
import { fixed } from "../../../src/components/calculators/ContactAngleFormat";

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
