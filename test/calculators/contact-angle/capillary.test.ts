import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { capillaryPressure_kPa } from "../../../src/calculators/contact-angle/capillary";
import { expectClose } from "../../helpers/close";

describe("capillaryPressure_kPa", () => {
  it.each([
    // γ (mN m⁻¹), θ (°), r (µm), Δp (kPa): hand calculations of 2γ cos θ / r
    [72, 0, 1, 144], // water in a 1 µm capillary: the textbook 1.44 bar
    [184.71078157, 72.5, 10, 11.108721], // 2 × 184.711 × 0.300706 / 10
    [184.71078157, 122.5, 10, -19.849006], // 2 × 184.711 × (−0.537300) / 10
    [200, 60, 50, 4], // 2 × 200 × 0.5 / 50
  ])("gives 2γ cos θ / r for γ = %s mN m⁻¹, θ = %s°, r = %s µm: %s kPa", (gamma, theta, r, expected) => {
    expectClose(capillaryPressure_kPa(gamma, theta, r), expected, 1e-5);
  });

  it("is exactly 0 at 90°", () => {
    expect(capillaryPressure_kPa(200, 90, 1)).toBe(0);
  });

  it("draws the melt in below 90° and holds it out above, for any tension and pore", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 180, noNaN: true }),
        fc.double({ min: 1e-3, max: 5000, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e4, noNaN: true }),
        (theta, gamma, r) => {
          const p = capillaryPressure_kPa(gamma, theta, r);
          expect(Number.isFinite(p)).toBe(true);
          if (theta < 89.999) expect(p).toBeGreaterThan(0);
          if (theta > 90.001) expect(p).toBeLessThan(0);
          // Halving the pore doubles the pressure.
          expectClose(capillaryPressure_kPa(gamma, theta, r / 2), 2 * p, 1e-9 * Math.max(1, Math.abs(p)));
        },
      ),
    );
  });
});
