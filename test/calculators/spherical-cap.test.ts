import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { capContactAngle_deg, capHeight, capRadius, capRadiusForVolume, capVolume } from "../../src/calculators/spherical-cap";
import { expectClose } from "../helpers/close";

describe("spherical cap from height h and base diameter d", () => {
  it.each([
    // h, d, θ (°), R, V — hemisphere, flat cap, default drop, overhanging drop
    [1, 2, 90, 1, (2 * Math.PI) / 3],
    [0.5, 2, 53.130102354, 1.25, (Math.PI * 0.5 * (3 + 0.25)) / 6],
    [1, 4, 53.130102354, 2.5, (Math.PI * 13) / 6],
    [2, 2, 126.869897646, 1.25, (Math.PI * 2 * (3 + 4)) / 6],
  ])("h = %s, d = %s gives θ = %s°, R = %s, V = %s", (h, d, theta, radius, volume) => {
    expectClose(capContactAngle_deg(h, d), theta, 1e-8);
    expectClose(capRadius(h, d), radius, 1e-12);
    expectClose(capVolume(h, d), volume, 1e-12);
  });

  it("capContactAngle_deg(h, d) gives 90° for a hemisphere", () => {
    expect(capContactAngle_deg(3, 6)).toBe(90);
  });

  it("a hemisphere's volume is half a sphere's", () => {
    expectClose(capVolume(1, 2), (4 / 3) * Math.PI * 0.5, 1e-12);
  });

  it("θ increases with h at fixed d, and stays within 0–180°", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-3, max: 100, noNaN: true }),
        fc.double({ min: 1e-3, max: 100, noNaN: true }),
        fc.double({ min: 1e-3, max: 100, noNaN: true }),
        (h1, h2, d) => {
          fc.pre(h1 !== h2);
          const [lo, hi] = h1 < h2 ? [h1, h2] : [h2, h1];
          const [tLo, tHi] = [capContactAngle_deg(lo, d), capContactAngle_deg(hi, d)];
          expect(tHi).toBeGreaterThanOrEqual(tLo);
          expect(tLo).toBeGreaterThan(0);
          expect(tHi).toBeLessThan(180);
        },
      ),
    );
  });

  it("the cap's sphere passes through the contact line: (R − h)² + a² = R²", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-2, max: 100, noNaN: true }), fc.double({ min: 1e-2, max: 100, noNaN: true }), (h, d) => {
        const r = capRadius(h, d);
        expectClose((r - h) ** 2 + (d / 2) ** 2, r * r, 1e-9 * r * r);
      }),
    );
  });

  it("capHeight undoes capContactAngle_deg", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.1, max: 179, noNaN: true }), fc.double({ min: 0.1, max: 100, noNaN: true }), (theta, d) => {
        expectClose(capContactAngle_deg(capHeight(theta, d), d), theta, 1e-9);
      }),
    );
  });

  it.each([
    // θ (°), V, R — hemisphere, sphere, the default 1 mm × 4 mm drop
    [90, (2 * Math.PI) / 3, 1],
    [180, (4 * Math.PI) / 3, 1],
    [53.130102354, (Math.PI * 13) / 6, 2.5],
  ])("capRadiusForVolume(%s°, %s) gives R = %s", (theta, volume, radius) => {
    expectClose(capRadiusForVolume(theta, volume), radius, 1e-8);
  });

  it("capRadiusForVolume is infinite at 0°, where a drop spreads into a film", () => {
    expect(capRadiusForVolume(0, 5)).toBe(Number.POSITIVE_INFINITY);
  });

  it("the cap of radius capRadiusForVolume(θ, V) at angle θ holds V", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 179.9, noNaN: true }), fc.double({ min: 1e-3, max: 1e3, noNaN: true }), (theta, v) => {
        const a = capRadiusForVolume(theta, v) * Math.sin((theta * Math.PI) / 180);
        expectClose(capVolume(capHeight(theta, 2 * a), 2 * a), v, 1e-9 * v);
      }),
    );
  });
});
