import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { cassieAngle, wenzelAngle } from "../../../src/calculators/contact-angle/texture";
import { expectClose } from "../../helpers/close";

const angle = fc.double({ min: 0, max: 180, noNaN: true });

describe("wenzelAngle", () => {
  it.each([
    // θ (°), r, θ* (°): hand calculations of cos θ* = r cos θ
    [72.5, 1.5, 63.18837069], // 1.5 × 0.300706 = 0.451059
    [60, 1.2, 53.13010235], // 1.2 × 0.5 = 0.6
    [120, 1.2, 126.8698976], // 1.2 × −0.5 = −0.6
    [90, 5, 90],
  ])("turns θ = %s° on a surface of roughness %s into θ* = %s°", (theta, r, expected) => {
    const result = wenzelAngle(theta, r);
    expectClose(result.theta_deg, expected, 1e-6);
    expect(result.limit).toBe("none");
  });

  it("keeps cos θ* within [−1, 1], saying when the melt wicks in (r cos θ ≥ 1) or beads up (≤ −1)", () => {
    expect(wenzelAngle(30, 2)).toEqual({ theta_deg: 0, cosine: 2 * Math.cos(Math.PI / 6), limit: "wicks" });
    expect(wenzelAngle(150, 2)).toEqual({ theta_deg: 180, cosine: -2 * Math.cos(Math.PI / 6), limit: "beads" });
  });

  it("pushes every angle away from 90°, and leaves a flat surface (r = 1) alone", () => {
    fc.assert(
      fc.property(angle, fc.double({ min: 1, max: 100, noNaN: true }), (theta, r) => {
        const star = wenzelAngle(theta, r).theta_deg;
        expect(Math.abs(star - 90)).toBeGreaterThanOrEqual(Math.abs(theta - 90) - 1e-9);
        expect(star >= 90).toBe(theta >= 90 || Math.abs(theta - 90) < 1e-9);
      }),
    );
    fc.assert(fc.property(angle, (theta) => expectClose(wenzelAngle(theta, 1).theta_deg, theta, 1e-6)));
  });
});

describe("cassieAngle", () => {
  it.each([
    // θ (°), f, θ* (°): hand calculations of cos θ* = f (1 + cos θ) − 1
    [72.5, 0.5, 110.4657317], // 0.5 × 1.300706 − 1 = −0.349647
    [90, 0.5, 120], // 0.5 × 1 − 1 = −0.5
    [120, 0.2, 154.1580672], // 0.2 × 0.5 − 1 = −0.9
    [40, 1, 40],
  ])("turns θ = %s° on a composite of solid fraction %s into θ* = %s°", (theta, f, expected) => {
    expectClose(cassieAngle(theta, f).theta_deg, expected, 1e-6);
  });

  it("lies between the intrinsic angle and 180°, and rises as the solid fraction falls", () => {
    fc.assert(
      fc.property(angle, fc.double({ min: 1e-6, max: 1, noNaN: true }), fc.double({ min: 0.1, max: 0.9, noNaN: true }), (theta, f, k) => {
        const star = cassieAngle(theta, f).theta_deg;
        expect(star).toBeGreaterThanOrEqual(theta - 1e-6);
        expect(star).toBeLessThanOrEqual(180);
        expect(cassieAngle(theta, f * k).theta_deg).toBeGreaterThanOrEqual(star - 1e-9);
      }),
    );
  });
});
