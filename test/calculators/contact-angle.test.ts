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
  textureModels,
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
        "thetaCap_deg": "Computed only from a drop's height and base diameter (drop mode).",
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
        "capillaryPressure_kPa": "Needs γ_LV: a temperature from 97.8 °C to 1326.85 °C, or a measured value.",
        "gammaLV_mN_m": "Needs γ_LV: a temperature from 97.8 °C to 1326.85 °C, or a measured value.",
        "radius_mm": "Computed only from a drop's height and base diameter (drop mode).",
        "spreadingCoefficient_mJ_m2": "Needs γ_LV: a temperature from 97.8 °C to 1326.85 °C, or a measured value.",
        "thetaCap_deg": "Computed only from a drop's height and base diameter (drop mode).",
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
    // h, d (mm), spherical cap's θ (°), R (mm), V (µL): hand calculations with θ = 2 atan(2h/d)
    [1, 2, 90, 1, 2.094395102],
    [0.25, 1, 53.130102354, 0.625, 0.106356001],
    [0.6, 0.6, 126.869897646, 0.375, 0.197920337],
  ])("h = %s mm, d = %s mm: θ_cap = %s°, and the Young–Laplace drop is a little steeper, apex radius ≈ R, V ≈ cap's", (h, d, theta, r, v) => {
    const outcome = compute({ height_mm: h, diameter_mm: d, temperature_C: 250 }, "drop");
    expectClose(num(outcome.outputs.thetaCap_deg), theta, 1e-8);
    const yl = num(outcome.outputs.theta_deg);
    expect(yl).toBeGreaterThan(theta);
    expect(yl - theta).toBeLessThan(1);
    expectClose(num(outcome.outputs.radius_mm), r, 0.02 * r);
    expectClose(num(outcome.outputs.volume_uL), v, 0.02 * v);
    expect(outcome.warnings).toEqual([]);
  });

  it("fits the drop of the issue: h = 2.5 mm, d = 4 mm at 150 °C gives 106.5°, the cap 102.7°", () => {
    const outcome = compute({ height_mm: 2.5, diameter_mm: 4, temperature_C: 150 }, "drop");
    expectClose(num(outcome.outputs.theta_deg), 106.54, 0.005);
    expectClose(num(outcome.outputs.thetaCap_deg), 102.68, 0.005);
    expectClose(num(outcome.outputs.radius_mm), 2.1419, 1e-4);
    expectClose(num(outcome.outputs.volume_uL), 24.613, 1e-3);
    expect(outcome.outputs.regime).toBe("sodiophobic (θ > 90°)");
    expect(outcome.drop?.profile.length).toBeGreaterThan(20);
    expectClose(outcome.capillaryLength_mm!, 4.6669, 1e-4);
  });

  it("fits the default 1 mm × 4 mm drop without the old gravity warning: 53.96° against the cap's 53.13°", () => {
    const outcome = compute(defaults, "drop");
    expectClose(num(outcome.outputs.thetaCap_deg), 53.130102354, 1e-8);
    expectClose(num(outcome.outputs.theta_deg), 53.96, 0.01);
    expect(outcome.warnings).toEqual([]);
  });

  it("says which density it assumes for a measured γ_LV, at T or, without a liquid-Na temperature, at the melting point", () => {
    const atT = compute({ height_mm: 1, diameter_mm: 4, temperature_C: 250, gammaLV_mN_m: 110 }, "drop");
    expect(atT.warnings).toMatchInlineSnapshot(`
      [
        "The drop's shape uses the density of pure liquid Na at 250 °C, 892 kg m⁻³, with the measured γ_LV (110.0 mN m⁻¹). For an alloy of another density θ shifts a little.",
      ]
    `);
    const noT = compute({ height_mm: 1, diameter_mm: 4, temperature_C: 25, gammaLV_mN_m: 110 }, "drop");
    expect(noT.warnings).toMatchInlineSnapshot(`
      [
        "No temperature of liquid Na is given, so the drop's shape assumes the density of pure Na at its melting point, 926 kg m⁻³ (Fink & Leibowitz), with the measured γ_LV.",
      ]
    `);
    expectClose(noT.density_kg_m3!, 925.7, 0.05);
    expect(num(noT.outputs.theta_deg)).toBeGreaterThan(num(noT.outputs.thetaCap_deg));
  });

  it("gives the cap's angle but not the gravity-corrected one when γ_LV is unknown", () => {
    const outcome = compute({ height_mm: 1, diameter_mm: 4, temperature_C: 25 }, "drop");
    expectClose(num(outcome.outputs.thetaCap_deg), 53.130102354, 1e-8);
    expect(outcome.unavailable.theta_deg).toBe(
      "The drop's shape under gravity needs γ_LV: a temperature from 97.8 °C to 1326.85 °C, or a measured value.",
    );
  });

  it.each([
    [{ height_mm: 20, diameter_mm: 40 }, "height_mm", "No sessile drop of this liquid stands taller than about 9.76 mm (2.1 times its capillary length, 4.63 mm): check the height."],
    [{ height_mm: 1, diameter_mm: 0.05 }, "diameter_mm", "A drop 1 mm high needs a base at least 0.0900 mm wide: on this one it would need a contact angle above 180°."],
    [{ height_mm: 9.5, diameter_mm: 10 }, "diameter_mm", "A drop 9.5 mm high needs a base between 25.4 and 119 mm wide: on this one it would need a contact angle above 180°."],
  ])("flags an impossible drop %j on its field", (values, field, message) => {
    const outcome = compute({ ...values, temperature_C: 200 }, "drop");
    expect(outcome.errors).toEqual({ [field]: message });
    expect(outcome.unavailable.theta_deg).toBe(message);
    expect(outcome.outputs.thetaCap_deg).toBeDefined();
  });

  it("says what it needs when a length is missing", () => {
    const outcome = compute({ height_mm: 1, temperature_C: 250 }, "drop");
    expect(outcome.unavailable).toMatchInlineSnapshot(`
      {
        "apparentTheta_deg": "Needs a valid drop height h and base diameter d.",
        "capillaryPressure_kPa": "Needs a valid drop height h and base diameter d.",
        "radius_mm": "Needs a valid drop height h and base diameter d.",
        "regime": "Needs a valid drop height h and base diameter d.",
        "spreadingCoefficient_mJ_m2": "Needs a valid drop height h and base diameter d.",
        "thetaCap_deg": "Needs a valid drop height h and base diameter d.",
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

describe("compute on rough and porous surfaces", () => {
  // Hand calculations at θ = 72.5°, cos θ = 0.300706, γ_LV = 184.711 mN m⁻¹ (250 °C).
  it.each([
    ["none", {}, 72.5],
    ["wenzel", { roughness: 1.5 }, 63.18837], // cos θ* = 1.5 × 0.300706 = 0.451059
    ["cassie", { solidFraction: 0.5 }, 110.46573], // cos θ* = 0.5 × 1.300706 − 1 = −0.349647
  ] as const)("with texture %s %j gives θ* = %s°", (texture, extra, expected) => {
    const outcome = compute({ ...defaults, ...extra }, "angle", texture);
    expectClose(num(outcome.outputs.apparentTheta_deg), expected, 1e-4);
    expectClose(num(outcome.outputs.theta_deg), 72.5, 1e-12);
  });

  it("keeps W_a and S on the intrinsic angle", () => {
    const plain = compute(defaults, "angle");
    const rough = compute({ ...defaults, roughness: 3 }, "angle", "wenzel");
    expect(rough.outputs.workOfAdhesion_mJ_m2).toBe(plain.outputs.workOfAdhesion_mJ_m2);
  });

  it.each([
    [30, 2, 0, "above 1"],
    [150, 2, 180, "below −1"],
  ])("clamps Wenzel's cos θ* at θ = %s°, r = %s to %s° and says why", (theta, r, expected, side) => {
    const outcome = compute({ theta_deg: theta, temperature_C: 250, roughness: r, poreRadius_um: 10 }, "angle", "wenzel");
    expect(outcome.outputs.apparentTheta_deg).toBe(expected);
    expect(outcome.warnings).toHaveLength(1);
    expect(outcome.warnings[0]).toContain(side);
  });

  it("flags a roughness below 1 and a solid fraction of 0 on their fields", () => {
    expect(compute({ ...defaults, roughness: 0.9 }, "angle", "wenzel").errors).toEqual({
      roughness: "Roughness ratio r must be at least 1.",
    });
    const cassie = compute({ ...defaults, solidFraction: 0 }, "angle", "cassie");
    expect(cassie.errors).toEqual({ solidFraction: "Solid fraction f must be greater than 0." });
    expect(cassie.unavailable.apparentTheta_deg).toBe("Needs a valid Solid fraction f.");
  });

  it("ignores the roughness when no texture reads it", () => {
    expect(compute({ ...defaults, roughness: -4 }, "angle", "none").errors).toEqual({});
  });

  it("gives the capillary pressure 2γ cos θ / r: 11.11 kPa into 10 µm pores at the default state", () => {
    const outcome = compute(defaults, "angle");
    expectClose(num(outcome.outputs.capillaryPressure_kPa), (2 * 184.71078157 * 0.30070579950) / 10, 1e-6);
  });

  it("gives a negative capillary pressure on a sodiophobic wall: the melt must be pushed in", () => {
    const outcome = compute({ ...defaults, theta_deg: 122.5 }, "angle");
    expectClose(num(outcome.outputs.capillaryPressure_kPa), (2 * 184.71078157 * -0.53729960834) / 10, 1e-6);
  });

  it("flags a pore radius of 0", () => {
    const outcome = compute({ ...defaults, poreRadius_um: 0 }, "angle");
    expect(outcome.errors).toEqual({ poreRadius_um: "Pore radius r_p must be greater than 0 µm." });
    expect(outcome.unavailable.capillaryPressure_kPa).toBe("Needs a valid pore radius r_p.");
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
        "apparentTheta_deg": "Needs γ_LV: a temperature from 97.8 °C to 1326.85 °C, or a measured value.",
        "capillaryPressure_kPa": "Needs γ_LV: a temperature from 97.8 °C to 1326.85 °C, or a measured value.",
        "gammaLV_mN_m": "Needs γ_LV: a temperature from 97.8 °C to 1326.85 °C, or a measured value.",
        "radius_mm": "Computed only from a drop's height and base diameter (drop mode).",
        "regime": "Needs γ_LV: a temperature from 97.8 °C to 1326.85 °C, or a measured value.",
        "spreadingCoefficient_mJ_m2": "Needs γ_LV: a temperature from 97.8 °C to 1326.85 °C, or a measured value.",
        "thetaCap_deg": "Computed only from a drop's height and base diameter (drop mode).",
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
        fc.constantFrom(...textureModels),
        fc.record(Object.fromEntries(names.map((n) => [n, anyDouble])) as Record<InputName, fc.Arbitrary<number>>, {
          requiredKeys: [],
        }),
        (mode, texture, values) => {
          const outcome = compute(values, mode, texture);
          for (const name of outputNames) {
            const value = outcome.outputs[name];
            if (typeof value === "number") expect(Number.isFinite(value)).toBe(true);
            expect((value === undefined) !== (outcome.unavailable[name] === undefined)).toBe(true);
          }
        },
      ),
      { numRuns: 2000 },
    );
    // Drop mode fits a Young–Laplace profile on every run.
  }, 30_000);

  it("keeps W_a between 0 and 2γ_LV in every mode, for every drop that can exist", () => {
    fc.assert(
      fc.property(fc.constantFrom(...modes), fc.record({
        theta_deg: fc.double({ min: 0, max: 180, noNaN: true }),
        height_mm: fc.double({ min: 1e-3, max: 100, noNaN: true }),
        diameter_mm: fc.double({ min: 1e-3, max: 100, noNaN: true }),
        gammaSV_mN_m: fc.double({ min: 1e-3, max: 5000, noNaN: true }),
        gammaSL_mN_m: fc.double({ min: 1e-3, max: 5000, noNaN: true }),
        temperature_C: fc.double({ min: 97.8, max: 1326.85, noNaN: true }),
      }), (mode, values) => {
        const outcome = compute(values, mode);
        // Drop mode flags heights and bases that no drop can have; no result is then due.
        if (outcome.errors.height_mm || outcome.errors.diameter_mm) return;
        const o = outcome.outputs;
        const gamma = num(o.gammaLV_mN_m);
        expect(num(o.workOfAdhesion_mJ_m2)).toBeGreaterThanOrEqual(0);
        expect(num(o.workOfAdhesion_mJ_m2)).toBeLessThanOrEqual(2 * gamma * (1 + 1e-15));
      }),
    );
  });
});
