import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  compare,
  regimeKind,
  spreadingCoefficient_mJ_m2,
  wettingRegime,
  workOfAdhesion_mJ_m2,
  youngContactAngle,
} from "../../src/calculators/wetting";
import { expectClose } from "../helpers/close";

const angle = fc.double({ min: 0, max: 180, noNaN: true });
const tension = fc.double({ min: 1e-3, max: 5000, noNaN: true });

describe("Young–Dupré work of adhesion and spreading coefficient", () => {
  it.each([
    // γ_LV (mN m⁻¹), θ (°), W_a, S (mJ m⁻²)
    [200.77, 60, 301.155, -100.385],
    [200.77, 0, 401.54, 0],
    [200.77, 90, 200.77, -200.77],
    [200.77, 180, 0, -401.54],
    [184.7108, 72.5, 240.2544, -129.1672],
  ])("γ_LV = %s, θ = %s° gives W_a = %s and S = %s", (gamma, theta, wa, s) => {
    expectClose(workOfAdhesion_mJ_m2(gamma, theta), wa, 1e-4);
    expectClose(spreadingCoefficient_mJ_m2(gamma, theta), s, 1e-4);
  });

  it("W_a lies between 0 and 2γ_LV, and W_a − S = 2γ_LV", () => {
    fc.assert(
      fc.property(tension, angle, (gamma, theta) => {
        const wa = workOfAdhesion_mJ_m2(gamma, theta);
        expect(wa).toBeGreaterThanOrEqual(0);
        expect(wa).toBeLessThanOrEqual(2 * gamma * (1 + 1e-15));
        expectClose(wa - spreadingCoefficient_mJ_m2(gamma, theta), 2 * gamma, 1e-12 * gamma);
      }),
    );
  });
});

describe("youngContactAngle", () => {
  it.each([
    // γ_SV, γ_SL, γ_LV (mN m⁻¹), θ (°), limit
    [300, 200, 200, 60, "partial"],
    [300, 300, 200, 90, "partial"],
    [300, 244.5, 184.7108, 72.5142, "partial"],
    [500, 100, 200, 0, "complete-wetting"],
    [400, 200, 200, 0, "complete-wetting"],
    [100, 400, 200, 180, "non-wetting"],
    [100, 300, 200, 180, "non-wetting"],
  ])("γ_SV = %s, γ_SL = %s, γ_LV = %s gives θ = %s° (%s)", (sv, sl, lv, theta, limit) => {
    const young = youngContactAngle(sv, sl, lv);
    expectClose(young.theta_deg, theta, 1e-4);
    expect(young.limit).toBe(limit);
    expectClose(young.cosineRatio, (sv - sl) / lv, 1e-12);
  });

  it("gives a smaller angle as the solid's surface energy rises", () => {
    fc.assert(
      fc.property(tension, tension, tension, tension, (sv1, sv2, sl, lv) => {
        const [lo, hi] = sv1 < sv2 ? [sv1, sv2] : [sv2, sv1];
        expect(youngContactAngle(hi, sl, lv).theta_deg).toBeLessThanOrEqual(youngContactAngle(lo, sl, lv).theta_deg);
      }),
    );
  });
});

describe("wettingRegime", () => {
  it.each([
    [0, "complete-wetting", "complete wetting (θ = 0°): Na spreads into a film"],
    [45, "sodiophilic", "sodiophilic (θ < 90°)"],
    [90, "borderline", "on the line between sodiophilic and sodiophobic (θ = 90°)"],
    [122.5, "sodiophobic", "sodiophobic (θ > 90°)"],
    [180, "non-wetting", "sodiophobic, no wetting at all (θ = 180°)"],
  ])("calls %s° %s", (theta, kind, text) => {
    expect(regimeKind(theta)).toBe(kind);
    expect(wettingRegime(theta)).toBe(text);
  });

  it("treats 90° up to rounding as the borderline", () => {
    expect(regimeKind(90 + 1e-12)).toBe("borderline");
    expect(regimeKind(90.001)).toBe("sodiophobic");
  });

  it("every angle's text names a wetting regime", () => {
    fc.assert(
      fc.property(angle, (theta) => {
        expect(wettingRegime(theta)).toMatch(/sodiophilic|sodiophobic|complete wetting/);
      }),
    );
  });
});

describe("compare", () => {
  it("annealing NZSP (122.5° → 72.5°, γ_LV = 184.71) raises W_a by 154.8 mJ m⁻²", () => {
    const gamma = 184.7108;
    const change = compare({ theta_deg: 122.5, gammaLV_mN_m: gamma }, { theta_deg: 72.5, gammaLV_mN_m: gamma });
    expectClose(change.deltaTheta_deg, -50, 1e-12);
    const expected = gamma * (Math.cos((72.5 * Math.PI) / 180) - Math.cos((122.5 * Math.PI) / 180));
    expectClose(change.deltaWorkOfAdhesion_mJ_m2, expected, 1e-9);
    expectClose(change.deltaWorkOfAdhesion_mJ_m2, 154.7886, 1e-4);
    expectClose(change.deltaSpreadingCoefficient_mJ_m2, expected, 1e-9);
  });

  it("gives zeros for identical states and flips sign when the states swap", () => {
    fc.assert(
      fc.property(angle, tension, angle, tension, (t1, g1, t2, g2) => {
        const a = { theta_deg: t1, gammaLV_mN_m: g1 };
        const b = { theta_deg: t2, gammaLV_mN_m: g2 };
        expect(compare(a, a)).toEqual({ deltaTheta_deg: 0, deltaWorkOfAdhesion_mJ_m2: 0, deltaSpreadingCoefficient_mJ_m2: 0 });
        const [ab, ba] = [compare(a, b), compare(b, a)];
        expectClose(ab.deltaWorkOfAdhesion_mJ_m2, -ba.deltaWorkOfAdhesion_mJ_m2, 1e-9);
        expectClose(ab.deltaTheta_deg, -ba.deltaTheta_deg, 1e-12);
      }),
    );
  });
});
