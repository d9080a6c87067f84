import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sandFields, sandTime_s } from "../../src/calculators/sand";
import { expectClose } from "../helpers/close";

describe("sandTime_s(j, D, c₀, t₊)", () => {
  it("gives about 40 620 s for 1 mA cm⁻², D = 2×10⁻⁶ cm² s⁻¹, 1 M and t₊ = 0.4", () => {
    // π · 2e-6 · (96.48533212 C cm⁻³)² / (4 · (6e-4 A cm⁻²)²)
    expectClose(sandTime_s(1, 2e-6, 1, 0.4), 40620.0046, 1e-3);
  });

  it.each([
    // j, D, c₀, t₊, τ (s) — each a factor from the worked example
    [2, 2e-6, 1, 0.4, 40620.0046 / 4],
    [1, 4e-6, 1, 0.4, 40620.0046 * 2],
    [1, 2e-6, 2, 0.4, 40620.0046 * 4],
    [1, 2e-6, 1, 0.7, 40620.0046 * 4],
  ])("j = %s, D = %s, c₀ = %s M, t₊ = %s gives %s s", (j, d, c, t, tau) => {
    expectClose(sandTime_s(j, d, c, t), tau, 1e-3);
  });

  it("falls as 1/j²", () => {
    const positive = fc.double({ min: 1e-3, max: 100, noNaN: true });
    fc.assert(
      fc.property(positive, positive, (j, k) => {
        const tau = sandTime_s(j, 2e-6, 1, 0.4);
        expectClose(sandTime_s(k * j, 2e-6, 1, 0.4) * k * k, tau, 1e-9 * tau);
      }),
    );
  });

  it("declares t₊ below 1, where the anions would carry no current", () => {
    expect(sandFields.transferenceNumber).toMatchObject({ min: 0, max: 1, maxExclusive: true });
  });
});
