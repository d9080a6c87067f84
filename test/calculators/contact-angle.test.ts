import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  compute,
  defaults,
  fields,
  type InputName,
  type Mode,
  modes,
  outputNames,
} from "../../src/calculators/contact-angle";
import { expectClose } from "../helpers/close";

const GAMMA_250C = 184.71078157;

function num(value: number | string | undefined): number {
  if (typeof value !== "number") throw new Error(`expected a number, got ${String(value)}`);
  return value;
}

describe("compute in angle mode", () => {
  it("gives the default state: 72.5° at 250 °C", () => {
    const outcome = compute(defaults, "angle");
    expect(outcome.errors).toEqual({});
    expect(outcome.warnings).toEqual([]);
    expectClose(num(outcome.outputs.theta_deg), 72.5);
    expectClose(num(outcome.outputs.gammaLV_mN_m), GAMMA_250C, 1e-6);
    expectClose(num(outcome.outputs.workOfAdhesion_mJ_m2), 240.2544, 1e-4);
    expectClose(num(outcome.outputs.spreadingCoefficient_mJ_m2), -129.1672, 1e-4);
    expect(outcome.outputs.regime).toBe("sodiophilic (θ < 90°)");
    expect(outcome.unavailable).toMatchInlineSnapshot(`
      {
        "radius_mm": "Computed only from a drop's height and base diameter (drop mode).",
        "volume_uL": "Computed only from a drop's height and base diameter (drop mode).",
      }
    `);
  });

  it.each([
    // θ (°), γ_LV (mN m⁻¹), W_a, S (mJ m⁻²), regime contains
    [60, 200.77, 301.155, -100.385, "sodiophilic"],
    [122.5, 200.77, 92.8964, -308.6436, "sodiophobic"],
    [0, 200.77, 401.54, 0, "complete wetting"],
    [180, 200.77, 0, -401.54, "no wetting"],
    [90, 150, 150, -150, "between sodiophilic and sodiophobic"],
  ])("θ = %s° with a measured γ_LV = %s gives W_a = %s and S = %s (%s)", (theta, gamma, wa, s, regime) => {
    const outcome = compute({ theta_deg: theta, gammaLV_mN_m: gamma, temperature_C: 250 }, "angle");
    expectClose(num(outcome.outputs.gammaLV_mN_m), gamma);
    expectClose(num(outcome.outputs.workOfAdhesion_mJ_m2), wa, 1e-4);
    expectClose(num(outcome.outputs.spreadingCoefficient_mJ_m2), s, 1e-4);
    expect(outcome.outputs.regime).toContain(regime);
  });

  it("uses the correlation at the melting point: 200.77 mN m⁻¹", () => {
    const outcome = compute({ theta_deg: 60, temperature_C: 97.8 }, "angle");
    expectClose(num(outcome.outputs.gammaLV_mN_m), 200.7695, 1e-4);
    expectClose(num(outcome.outputs.workOfAdhesion_mJ_m2), 301.1543, 1e-4);
  });

  it("says Na is solid below 97.8 °C and leaves out what needs γ_LV, but still classifies θ", () => {
    const outcome = compute({ theta_deg: 60, temperature_C: 25 }, "angle");
    expect(outcome.errors).toMatchInlineSnapshot(`
      {
        "temperature_C": "Na is solid below 97.8 °C, its melting point, so it has no liquid surface tension: enter a temperature from 97.8 °C to 1326.85 °C.",
      }
    `);
    expect(outcome.unavailable).toMatchInlineSnapshot(`
      {
        "gammaLV_mN_m": "Needs γ_LV: a temperature from 97.8 °C to 1326.85 °C, or a measured value.",
        "radius_mm": "Computed only from a drop's height and base diameter (drop mode).",
        "spreadingCoefficient_mJ_m2": "Needs γ_LV: a temperature from 97.8 °C to 1326.85 °C, or a measured value.",
        "volume_uL": "Computed only from a drop's height and base diameter (drop mode).",
        "workOfAdhesion_mJ_m2": "Needs γ_LV: a temperature from 97.8 °C to 1326.85 °C, or a measured value.",
      }
    `);
    expect(outcome.outputs.regime).toBe("sodiophilic (θ < 90°)");
  });

  it("still uses a measured γ_LV when the temperature is below Na's melting point", () => {
    const outcome = compute({ theta_deg: 60, temperature_C: 25, gammaLV_mN_m: 110 }, "angle");
    expect(Object.keys(outcome.errors)).toEqual(["temperature_C"]);
    expectClose(num(outcome.outputs.workOfAdhesion_mJ_m2), 165, 1e-9);
  });

  it("checks ranges itself when called with unchecked numbers", () => {
    const outcome = compute({ theta_deg: 200, temperature_C: 1400, gammaLV_mN_m: -3 }, "angle");
    expect(outcome.errors).toMatchInlineSnapshot(`
      {
        "gammaLV_mN_m": "Measured surface tension γ_LV must be greater than 0 mN m⁻¹.",
        "temperature_C": "Temperature T must be at most 1326.85 °C.",
        "theta_deg": "Contact angle θ must be at most 180°.",
      }
    `);
    expect(outcome.unavailable.theta_deg).toBe("Needs a valid contact angle θ.");
  });

  it("gives 0, not −0, for θ = −0", () => {
    expect(Object.is(compute({ theta_deg: -0, temperature_C: 250 }).outputs.theta_deg, 0)).toBe(true);
  });
});

describe("compute in drop mode", () => {
  it.each([
    // h, d (mm), θ (°), R (mm), V (µL)
    [1, 2, 90, 1, 2.094395102],
    [0.25, 1, 53.130102354, 0.625, 0.106356001],
    [0.6, 0.6, 126.869897646, 0.375, 0.197920337],
  ])("h = %s mm, d = %s mm gives θ = %s°, R = %s mm, V = %s µL", (h, d, theta, r, v) => {
    const outcome = compute({ height_mm: h, diameter_mm: d, temperature_C: 250 }, "drop");
    expectClose(num(outcome.outputs.theta_deg), theta, 1e-8);
    expectClose(num(outcome.outputs.radius_mm), r, 1e-9);
    expectClose(num(outcome.outputs.volume_uL), v, 1e-9);
    expect(outcome.warnings).toEqual([]);
  });

  it("warns that the default 1 mm × 4 mm drop is not small against the capillary length", () => {
    const outcome = compute(defaults, "drop");
    expectClose(num(outcome.outputs.theta_deg), 53.130102354, 1e-8);
    expect(outcome.warnings).toMatchInlineSnapshot(`
      [
        "The drop is not small against the capillary length √(γ_LV/ρg), 4.60 mm here: its base radius is 2.00 mm (0.44 of that length). Gravity flattens such a drop, so θ from the spherical cap reads low: by up to about a degree at a quarter of that length (more near 180°), and more for larger drops.",
      ]
    `);
  });

  it("measures a drop above 90° by its height", () => {
    const outcome = compute({ height_mm: 2, diameter_mm: 2, temperature_C: 97.8 }, "drop");
    expect(outcome.warnings).toMatchInlineSnapshot(`
      [
        "The drop is not small against the capillary length √(γ_LV/ρg), 4.70 mm here: its height is 2.00 mm (0.43 of that length). Gravity flattens such a drop, so θ from the spherical cap reads low: by up to about a degree at a quarter of that length (more near 180°), and more for larger drops.",
      ]
    `);
  });

  it("says what it needs when a length is missing", () => {
    const outcome = compute({ height_mm: 1, temperature_C: 250 }, "drop");
    expect(outcome.unavailable).toMatchInlineSnapshot(`
      {
        "radius_mm": "Needs a valid drop height h and base diameter d.",
        "regime": "Needs a valid drop height h and base diameter d.",
        "spreadingCoefficient_mJ_m2": "Needs a valid drop height h and base diameter d.",
        "theta_deg": "Needs a valid drop height h and base diameter d.",
        "volume_uL": "Needs a valid drop height h and base diameter d.",
        "workOfAdhesion_mJ_m2": "Needs a valid drop height h and base diameter d.",
      }
    `);
  });

  it("reports a radius too large to represent instead of Infinity", () => {
    const outcome = compute({ height_mm: 5e-324, diameter_mm: 100, temperature_C: 250 }, "drop");
    expect(outcome.unavailable.radius_mm).toBe("Out of the range this calculator can represent; check the inputs.");
    expectClose(num(outcome.outputs.theta_deg), 0, 1e-9);
  });

  it("ignores the inputs of other modes", () => {
    const outcome = compute({ height_mm: 1, diameter_mm: 2, theta_deg: -5, temperature_C: 250 }, "drop");
    expect(outcome.errors).toEqual({});
  });
});

describe("compute in young mode", () => {
  it("gives about 72.5° with the default surface energies at 250 °C", () => {
    const outcome = compute(defaults, "young");
    expectClose(num(outcome.outputs.theta_deg), 72.5142, 1e-4);
    expect(outcome.warnings).toEqual([]);
  });

  it("reports complete wetting instead of failing when γ_SV − γ_SL ≥ γ_LV", () => {
    const outcome = compute({ gammaSV_mN_m: 500, gammaSL_mN_m: 100, gammaLV_mN_m: 200 }, "young");
    expect(outcome.outputs.theta_deg).toBe(0);
    expect(outcome.outputs.regime).toContain("complete wetting");
    expectClose(num(outcome.outputs.workOfAdhesion_mJ_m2), 400);
    expectClose(num(outcome.outputs.spreadingCoefficient_mJ_m2), 0);
    expect(outcome.warnings).toMatchInlineSnapshot(`
      [
        "γ_SV − γ_SL (400.0 mN m⁻¹) is at least γ_LV (200.0 mN m⁻¹): no angle balances Young's equation and Na spreads over the surface (θ = 0°). Its spreading coefficient γ_SV − γ_SL − γ_LV is 200.0 mJ m⁻² (≥ 0); W_a and S shown are the Young–Dupré values at 0°.",
      ]
    `);
  });

  it("reports no wetting instead of failing when γ_SL − γ_SV ≥ γ_LV", () => {
    const outcome = compute({ gammaSV_mN_m: 100, gammaSL_mN_m: 400, gammaLV_mN_m: 200 }, "young");
    expect(outcome.outputs.theta_deg).toBe(180);
    expect(outcome.outputs.regime).toContain("sodiophobic");
    expectClose(num(outcome.outputs.workOfAdhesion_mJ_m2), 0);
    expect(outcome.warnings).toMatchInlineSnapshot(`
      [
        "γ_SL − γ_SV (300.0 mN m⁻¹) is at least γ_LV (200.0 mN m⁻¹): no angle balances Young's equation and Na does not wet the surface at all (θ = 180°).",
      ]
    `);
  });

  it("needs γ_LV before it can solve Young's equation", () => {
    const outcome = compute({ gammaSV_mN_m: 500, gammaSL_mN_m: 100, temperature_C: 20 }, "young");
    expect(outcome.unavailable).toMatchInlineSnapshot(`
      {
        "gammaLV_mN_m": "Needs γ_LV: a temperature from 97.8 °C to 1326.85 °C, or a measured value.",
        "radius_mm": "Computed only from a drop's height and base diameter (drop mode).",
        "regime": "Needs γ_LV: a temperature from 97.8 °C to 1326.85 °C, or a measured value.",
        "spreadingCoefficient_mJ_m2": "Needs γ_LV: a temperature from 97.8 °C to 1326.85 °C, or a measured value.",
        "theta_deg": "Needs γ_LV: a temperature from 97.8 °C to 1326.85 °C, or a measured value.",
        "volume_uL": "Computed only from a drop's height and base diameter (drop mode).",
        "workOfAdhesion_mJ_m2": "Needs γ_LV: a temperature from 97.8 °C to 1326.85 °C, or a measured value.",
      }
    `);
  });
});

const anyDouble = fc.oneof(
  fc.double(),
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, 0, 1e308, -1e308, 5e-324),
  fc.double({ min: -300, max: 1400, noNaN: true }),
);

describe("compute never fails", () => {
  it("falls back to angle mode for an unknown mode", () => {
    expect(compute(defaults, "sideways" as Mode)).toEqual(compute(defaults, "angle"));
  });


  it("never throws, gives only finite numbers, and accounts for every output", () => {
    const names = Object.keys(fields) as InputName[];
    fc.assert(
      fc.property(
        fc.constantFrom(...modes),
        fc.record(Object.fromEntries(names.map((n) => [n, anyDouble])) as Record<InputName, fc.Arbitrary<number>>, {
          requiredKeys: [],
        }),
        (mode, values) => {
          const outcome = compute(values, mode);
          for (const name of outputNames) {
            const value = outcome.outputs[name];
            if (typeof value === "number") expect(Number.isFinite(value)).toBe(true);
            expect((value === undefined) !== (outcome.unavailable[name] === undefined)).toBe(true);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("keeps W_a between 0 and 2γ_LV in every mode", () => {
    fc.assert(
      fc.property(fc.constantFrom(...modes), fc.record({
        theta_deg: fc.double({ min: 0, max: 180, noNaN: true }),
        height_mm: fc.double({ min: 1e-3, max: 100, noNaN: true }),
        diameter_mm: fc.double({ min: 1e-3, max: 100, noNaN: true }),
        gammaSV_mN_m: fc.double({ min: 1e-3, max: 5000, noNaN: true }),
        gammaSL_mN_m: fc.double({ min: 1e-3, max: 5000, noNaN: true }),
        temperature_C: fc.double({ min: 97.8, max: 1326.85, noNaN: true }),
      }), (mode, values) => {
        const o = compute(values, mode).outputs;
        const gamma = num(o.gammaLV_mN_m);
        expect(num(o.workOfAdhesion_mJ_m2)).toBeGreaterThanOrEqual(0);
        expect(num(o.workOfAdhesion_mJ_m2)).toBeLessThanOrEqual(2 * gamma * (1 + 1e-15));
      }),
    );
  });
});
