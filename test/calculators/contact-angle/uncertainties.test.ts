import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { resultUncertainties } from "../../../src/calculators/contact-angle/uncertainties";
import { compute } from "../../../src/calculators/contact-angle";
import { expectClose } from "../../helpers/close";

const rad = Math.PI / 180;
/** Pure Na at 250 °C (Fink & Leibowitz 1995), typed here. */
const T_K = 523.15;
const gamma = 240.5 * (1 - T_K / 2503.7) ** 1.126; // 184.711 mN m⁻¹
const dGamma_dT = (-240.5 * 1.126 * (1 - T_K / 2503.7) ** 0.126) / 2503.7; // −0.1000 mN m⁻¹ K⁻¹

describe("resultUncertainties", () => {
  it("is empty when every input is exact", () => {
    expect(resultUncertainties({ theta_deg: 72.5, temperature_C: 250, poreRadius_um: 10 }, {}, "angle")).toEqual({});
  });

  it("carries θ = 72.5 ± 2° into W_a, S and the capillary pressure (hand calculation: δW = γ sin θ δθ)", () => {
    const u = resultUncertainties({ theta_deg: 72.5, temperature_C: 250, poreRadius_um: 10 }, { theta_deg: 2 }, "angle");
    const dW = gamma * Math.sin(72.5 * rad) * 2 * rad; // 6.149 mJ m⁻²
    expectClose(u.theta_deg!, 2, 1e-6);
    expectClose(u.workOfAdhesion_mJ_m2!, dW, 1e-5 * dW);
    expectClose(u.spreadingCoefficient_mJ_m2!, dW, 1e-5 * dW);
    expectClose(u.capillaryPressure_kPa!, (2 * dW) / 10, 1e-5 * dW);
    expect(u.gammaLV_mN_m).toBeUndefined();
  });

  it("carries T = 250 ± 10 °C into γ_LV through the slope of the correlation", () => {
    const u = resultUncertainties({ theta_deg: 72.5, temperature_C: 250, poreRadius_um: 10 }, { temperature_C: 10 }, "angle");
    expectClose(u.gammaLV_mN_m!, Math.abs(dGamma_dT) * 10, 1e-6);
    expect(u.theta_deg).toBeUndefined();
  });

  it("adds independent contributions in quadrature: γ_LV ± 3 and θ ± 2° in W_a", () => {
    const u = resultUncertainties(
      { theta_deg: 72.5, temperature_C: 250, gammaLV_mN_m: 180, poreRadius_um: 10 },
      { theta_deg: 2, gammaLV_mN_m: 3 },
      "angle",
    );
    const fromTheta = 180 * Math.sin(72.5 * rad) * 2 * rad;
    const fromGamma = (1 + Math.cos(72.5 * rad)) * 3;
    expectClose(u.workOfAdhesion_mJ_m2!, Math.hypot(fromTheta, fromGamma), 1e-5);
  });

  it("propagates the drop's height through the Young–Laplace fit like a wide finite difference does", () => {
    const values = { height_mm: 2.5, diameter_mm: 4, temperature_C: 150 };
    const u = resultUncertainties(values, { height_mm: 0.05 }, "drop");
    const theta = (h: number) => compute({ ...values, height_mm: h }, "drop").outputs.theta_deg as number;
    const slope = (theta(2.51) - theta(2.49)) / 0.02; // degrees per mm
    expectClose(u.theta_deg!, Math.abs(slope) * 0.05, 0.005 * Math.abs(slope) * 0.05);
    expect(u.thetaCap_deg).toBeGreaterThan(0);
    expect(u.volume_uL).toBeGreaterThan(0);
  });

  it("gives the changes from an exact state A the uncertainty of state B", () => {
    const u = resultUncertainties(
      { theta_deg: 72.5, temperature_C: 250, poreRadius_um: 10, compare_theta_deg: 122.5 },
      { theta_deg: 2 },
      "angle",
    );
    expectClose(u.deltaTheta_deg!, 2, 1e-6);
    expectClose(u.deltaWorkOfAdhesion_mJ_m2!, u.workOfAdhesion_mJ_m2!, 1e-9);
    expect(u["stateA.theta_deg"]).toBeUndefined();
    expectClose(u["stateB.theta_deg"]!, 2, 1e-6);
  });

  it("is finite and never negative, whatever the uncertain angle", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 180, noNaN: true }), fc.double({ min: 1e-6, max: 20, noNaN: true }), (theta, d) => {
        const u = resultUncertainties({ theta_deg: theta, temperature_C: 250, poreRadius_um: 10, roughness: 1.5 }, { theta_deg: d }, "angle", "wenzel");
        for (const v of Object.values(u)) {
          expect(Number.isFinite(v)).toBe(true);
          expect(v).toBeGreaterThan(0);
        }
      }),
      { numRuns: 200 },
    );
  }, 30_000);
});
