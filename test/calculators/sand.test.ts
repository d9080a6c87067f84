import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diffusionTime_s, limitingCurrent_mA_cm2, sandFields, sandTime_s } from "../../src/calculators/sand";
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

describe("limitingCurrent_mA_cm2(D, c₀, t₊, L) and diffusionTime_s(L, D)", () => {
  it("gives 257.29 mA cm⁻² and 3.125 s for a 25 µm gap of the default electrolyte", () => {
    // 2 × 96485.33212 × 1e-3 mol cm⁻³ × 2e-6 cm² s⁻¹ / (0.6 × 25e-4 cm) = 0.2572942 A cm⁻² (issue 14: "about 257").
    expectClose(limitingCurrent_mA_cm2(2e-6, 1, 0.4, 25), 257.2942, 1e-3);
    expectClose(diffusionTime_s(25, 2e-6), 3.125, 1e-12);
  });

  it("meets Sand's time where the two models join: τ(j_lim) = (π/16)·L²/D", () => {
    // Substituting j = j_lim into τ: π D (c₀F)² (1 − t₊)² L² / (4 (1 − t₊)² · 4 (c₀F D)²) = π L² / (16 D).
    const jLim = limitingCurrent_mA_cm2(2e-6, 1, 0.4, 25);
    expectClose(sandTime_s(jLim, 2e-6, 1, 0.4), (Math.PI / 16) * diffusionTime_s(25, 2e-6), 1e-9);
  });

  it("falls as 1/L and rises with D, c₀ and t₊ (property)", () => {
    const positive = fc.double({ min: 1e-2, max: 1e4, noNaN: true });
    fc.assert(
      fc.property(positive, positive, fc.double({ min: 0, max: 0.99, noNaN: true }), (l, k, t) => {
        const j = limitingCurrent_mA_cm2(2e-6, 1, t, l);
        expectClose(limitingCurrent_mA_cm2(2e-6, 1, t, k * l) * k, j, 1e-9 * j);
        return Number.isFinite(j) && limitingCurrent_mA_cm2(2e-6, 1, Math.min(0.999, t + 0.001), l) > j;
      }),
    );
  });
});
