import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  capillaryLength_mm,
  celsiusToKelvin,
  liquidNaTemperature_K,
  NA_CORRELATION_MAX_C,
  naLiquidDensity_kg_m3,
  naSurfaceTension_mN_m,
} from "../../src/calculators/surface-tension";
import { expectClose } from "../helpers/close";

function value(reading: { ok: true; value: number } | { ok: false; error: string }): number {
  if (!reading.ok) throw new Error(reading.error);
  return reading.value;
}

describe("naSurfaceTension_mN_m", () => {
  it.each([
    // T (°C), γ (mN m⁻¹), from γ = 240.5 (1 − T/2503.7)^1.126 with T in K
    [97.8, 200.7695],
    [250, 184.7108],
    [400, 169.0356],
    [NA_CORRELATION_MAX_C, 76.3475],
  ])("gives %s °C → %s mN m⁻¹", (t, gamma) => {
    expectClose(value(naSurfaceTension_mN_m(t)), gamma, 1e-4);
  });

  it("gives about 200.8 mN m⁻¹ at the melting point, as Fink & Leibowitz tabulate", () => {
    expectClose(value(naSurfaceTension_mN_m(97.794)), 200.77, 0.005);
  });

  it("says Na is solid below its melting point", () => {
    const reading = naSurfaceTension_mN_m(25);
    expect(reading.ok).toBe(false);
    expect(!reading.ok && reading.error).toMatchInlineSnapshot(
      `"Na is solid below 97.8 °C, its melting point, so it has no liquid surface tension: enter a temperature from 97.8 °C to 1326.85 °C."`,
    );
  });

  it("refuses temperatures beyond the correlation's 1600 K", () => {
    const reading = naSurfaceTension_mN_m(1400);
    expect(!reading.ok && reading.error).toMatchInlineSnapshot(
      `"The liquid-Na correlations hold only up to 1600 K (1326.85 °C)."`,
    );
  });

  it("refuses a temperature that is not a finite number", () => {
    expect(liquidNaTemperature_K(Number.NaN)).toEqual({ ok: false, error: "Temperature must be a finite number." });
  });

  it("falls as the temperature rises over the whole liquid range", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 97.794, max: NA_CORRELATION_MAX_C, noNaN: true }),
        fc.double({ min: 97.794, max: NA_CORRELATION_MAX_C, noNaN: true }),
        (t1, t2) => {
          const [lo, hi] = t1 < t2 ? [t1, t2] : [t2, t1];
          expect(value(naSurfaceTension_mN_m(hi))).toBeLessThanOrEqual(value(naSurfaceTension_mN_m(lo)));
        },
      ),
    );
  });
});

describe("celsiusToKelvin", () => {
  it("adds 273.15", () => {
    expectClose(celsiusToKelvin(97.8), 370.95, 1e-9);
  });
});

describe("naLiquidDensity_kg_m3", () => {
  it.each([
    [97.794, 925.693],
    [126.85, 919.271], // 400 K
  ])("gives %s °C → %s kg m⁻³", (t, rho) => {
    expectClose(value(naLiquidDensity_kg_m3(t)), rho, 1e-3);
  });

  it("shares the surface tension's validity range", () => {
    expect(naLiquidDensity_kg_m3(50).ok).toBe(false);
  });
});

describe("capillaryLength_mm", () => {
  it("gives about 4.7 mm for liquid Na at its melting point", () => {
    const t = 97.794;
    const length = capillaryLength_mm(value(naSurfaceTension_mN_m(t)), value(naLiquidDensity_kg_m3(t)));
    expectClose(length, 4.7028, 1e-4);
  });

  it("gives 2.73 mm for water (72.8 mN m⁻¹, 998 kg m⁻³)", () => {
    expectClose(capillaryLength_mm(72.8, 998), 2.7274, 1e-4);
  });
});
