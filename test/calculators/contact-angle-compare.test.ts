import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { compute, defaults } from "../../src/calculators/contact-angle";
import {
  compareFields,
  compareOutputNames,
  compareStates,
  frozenState,
  presetState,
} from "../../src/calculators/contact-angle-compare";
import { presets } from "../../src/calculators/contact-angle-presets";
import { readNumber } from "../../src/calculators/fields";
import { expectClose } from "../helpers/close";

const annealed = compute(defaults, "angle"); // 72.5° at 250 °C

describe("compareFields", () => {
  it("are keyed by their URL names and default to NZSP as received, 122.5°", () => {
    for (const [key, field] of Object.entries(compareFields)) expect(field.name).toBe(key);
    expect(compareFields.compare_theta_deg.default).toBe(122.5);
  });

  it("name state A in their messages", () => {
    expect([
      readNumber("200", compareFields.compare_theta_deg),
      readNumber("abc", compareFields.compare_theta_deg),
      readNumber("0", compareFields.compare_gammaLV_mN_m),
    ]).toMatchInlineSnapshot(`
      [
        {
          "error": "Contact angle θ of state A must be at most 180°.",
          "ok": false,
        },
        {
          "error": "Contact angle θ of state A must be a number in °.",
          "ok": false,
        },
        {
          "error": "Surface tension γ_LV of state A must be greater than 0 mN m⁻¹.",
          "ok": false,
        },
      ]
    `);
  });
});

describe("compareStates", () => {
  it("gives the NZSP anneal at 250 °C: θ falls by 50°, W_a rises from 85.5 to 240.3 mJ m⁻²", () => {
    const c = compareStates(annealed, { compare_theta_deg: 122.5 });
    expect(c.aSharesGamma).toBe(true);
    expect(c.deltaGammaLV_mN_m).toBe(0);
    expectClose(c.a.workOfAdhesion_mJ_m2!, 85.4658, 1e-4);
    expectClose(c.b.workOfAdhesion_mJ_m2!, 240.2544, 1e-4);
    expect(c.a.regime).toBe("sodiophobic (θ > 90°)");
    expectClose(c.outputs.deltaTheta_deg!, -50);
    expectClose(c.outputs.deltaWorkOfAdhesion_mJ_m2!, 154.7887, 1e-4);
    // With one γ_LV, S = W_a − 2γ_LV, so S changes exactly as W_a does.
    expectClose(c.outputs.deltaSpreadingCoefficient_mJ_m2!, c.outputs.deltaWorkOfAdhesion_mJ_m2!, 1e-9);
    expect(c.unavailable).toEqual({});
  });

  it("uses state A's own γ_LV when given, e.g. an alloy at 0° against pure Na", () => {
    const c = compareStates(annealed, { compare_theta_deg: 0, compare_gammaLV_mN_m: 70 });
    expect(c.aSharesGamma).toBe(false);
    expect(c.a.workOfAdhesion_mJ_m2).toBe(140);
    expectClose(c.deltaGammaLV_mN_m!, 114.7108, 1e-4);
    expect(c.a.spreadingCoefficient_mJ_m2).toBe(0);
    expectClose(c.outputs.deltaWorkOfAdhesion_mJ_m2!, 100.2544, 1e-4);
  });

  it("explains each missing change instead of computing with a bad state", () => {
    const noReference = compareStates(annealed, {});
    expect(noReference.unavailable).toMatchInlineSnapshot(`
      {
        "deltaSpreadingCoefficient_mJ_m2": "Needs a valid contact angle θ for state A.",
        "deltaTheta_deg": "Needs a valid contact angle θ for state A.",
        "deltaWorkOfAdhesion_mJ_m2": "Needs a valid contact angle θ for state A.",
      }
    `);
    const solid = compute({ theta_deg: 72.5, temperature_C: 20 }, "angle");
    const noGamma = compareStates(solid, { compare_theta_deg: 122.5 });
    expectClose(noGamma.outputs.deltaTheta_deg!, -50);
    expect(noGamma.unavailable.deltaWorkOfAdhesion_mJ_m2).toBe(
      "Needs γ_LV: a temperature from 97.8 °C to 1326.85 °C, or a measured value.",
    );
    const noAngle = compareStates(compute({ temperature_C: 250 }, "angle"), { compare_theta_deg: 122.5 });
    expect(noReference.unavailable.deltaTheta_deg).not.toBe(noAngle.unavailable.deltaTheta_deg);
    expect(noAngle.unavailable.deltaTheta_deg).toBe("Needs a contact angle for state B, the calculator's.");
  });

  it("flags state A's values that are out of range, and leaves them out", () => {
    const c = compareStates(annealed, { compare_theta_deg: 200, compare_gammaLV_mN_m: -1 });
    expect(c.errors).toEqual({
      compare_theta_deg: "Contact angle θ of state A must be at most 180°.",
      compare_gammaLV_mN_m: "Surface tension γ_LV of state A must be greater than 0 mN m⁻¹.",
    });
    expect(c.outputs).toEqual({});
  });

  it("gives finite changes, and none at all for a state compared with itself", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 180, noNaN: true }), fc.double({ min: 0, max: 180, noNaN: true }), (ta, tb) => {
        const b = compute({ theta_deg: tb, temperature_C: 250 }, "angle");
        const c = compareStates(b, { compare_theta_deg: ta });
        for (const name of compareOutputNames) expect(Number.isFinite(c.outputs[name])).toBe(true);
        const self = compareStates(b, { compare_theta_deg: b.outputs.theta_deg as number });
        for (const name of compareOutputNames) expectClose(self.outputs[name]!, 0, 1e-9);
      }),
    );
  });
});

describe("frozenState and presetState", () => {
  it("freeze the calculator's angle and surface tension as state A's URL values", () => {
    expect(frozenState(annealed)).toEqual({ compare_theta_deg: "72.5", compare_gammaLV_mN_m: "184.711" });
    expect(frozenState(compute({ temperature_C: 250 }, "angle"))).toBeUndefined();
  });

  it("turn a preset with an angle into state A, its γ_LV following the calculator's", () => {
    expect(presets.map(presetState)).toEqual([
      { compare_theta_deg: "122.5", compare_gammaLV_mN_m: "" },
      { compare_theta_deg: "72.5", compare_gammaLV_mN_m: "" },
      { compare_theta_deg: "0", compare_gammaLV_mN_m: "" },
    ]);
  });
});
