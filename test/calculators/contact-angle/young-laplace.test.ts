import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { fitSessileDrop, sessileDropOfVolume, type SessileDrop } from "../../../src/calculators/contact-angle/young-laplace";
import { capContactAngle_deg } from "../../../src/calculators/spherical-cap";
import { expectClose } from "../../helpers/close";

const deg = Math.PI / 180;

/** Liquid Na at 150 °C (Fink & Leibowitz 1995), typed here rather than imported. */
const gamma150 = 240.5 * (1 - 423.15 / 2503.7) ** 1.126; // 195.245 mN m⁻¹
const tau150 = 1 - 423.15 / 2503.7;
const rho150 = 219 + 275.32 * tau150 + 511.58 * Math.sqrt(tau150); // 914.14 kg m⁻³
const LC_150 = Math.sqrt((gamma150 * 1e-3) / (rho150 * 9.80665)) * 1e3; // 4.6669 mm

function fitted(h: number, d: number, lc = LC_150): SessileDrop {
  const fit = fitSessileDrop(h, d, lc);
  if (!fit.ok) throw new Error(`no drop fits h = ${h}, d = ${d}: ${JSON.stringify(fit)}`);
  return fit.drop;
}

/**
 * An independent integration of the same Young–Laplace (Bashforth–Adams) equation, written the other way round:
 * the tangent angle φ is the variable (as in Hartland & Hartley, "Axisymmetric Fluid–Liquid Interfaces", 1976),
 * d(x, z)/dφ = (cos φ, sin φ)/κ with κ = 2/B + z − sin φ/x, by fixed-step RK4 from a small sphere at the apex,
 * and B found by bisection. Lengths in capillary lengths. Returns θ in degrees and B.
 */
function independentFit(H: number, A: number): { theta_deg: number; B: number } {
  const N = 20_000;
  const phi0 = 1e-5;
  const depthAt = (B: number): { x: number; phi: number } | undefined => {
    const f = (phi: number, x: number, z: number) => {
      const k = 2 / B + z - Math.sin(phi) / x;
      return [Math.cos(phi) / k, Math.sin(phi) / k];
    };
    let [x, z, phi] = [B * Math.sin(phi0), B * (1 - Math.cos(phi0)), phi0];
    const dphi = (Math.PI - phi0) / N;
    for (let i = 0; i < N; i++) {
      const k1 = f(phi, x, z);
      const k2 = f(phi + dphi / 2, x + (dphi / 2) * k1[0]!, z + (dphi / 2) * k1[1]!);
      const k3 = f(phi + dphi / 2, x + (dphi / 2) * k2[0]!, z + (dphi / 2) * k2[1]!);
      const k4 = f(phi + dphi, x + dphi * k3[0]!, z + dphi * k3[1]!);
      const nx = x + (dphi / 6) * (k1[0]! + 2 * k2[0]! + 2 * k3[0]! + k4[0]!);
      const nz = z + (dphi / 6) * (k1[1]! + 2 * k2[1]! + 2 * k3[1]! + k4[1]!);
      if (nz >= H) {
        const t = (H - z) / (nz - z);
        return { x: x + t * (nx - x), phi: phi + t * dphi };
      }
      [x, z, phi] = [nx, nz, phi + dphi];
    }
    return undefined;
  };
  let [lo, hi] = [Math.log(H / 2), Math.log(1e6)];
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    const at = depthAt(Math.exp(mid));
    if (at === undefined || at.x < A) lo = mid;
    else hi = mid;
  }
  const B = Math.exp((lo + hi) / 2);
  return { theta_deg: depthAt(B)!.phi / deg, B };
}

/** Modified Bessel functions I0 and I1 by their power series (Abramowitz & Stegun 9.6.10), enough terms for x ≤ 30. */
function besselI(n: 0 | 1, x: number): number {
  let [term, sum] = [(x / 2) ** n, 0];
  for (let k = 0; k < 200; k++) {
    sum += term;
    term *= (x * x) / 4 / ((k + 1) * (k + 1 + n));
  }
  return sum;
}

describe("fitSessileDrop", () => {
  it("gives about 106.5° for a drop 2.5 mm high on a 4 mm base of Na at 150 °C, where the cap says 102.7°", () => {
    const drop = fitted(2.5, 4);
    expectClose(drop.theta_deg, 106.54, 0.005);
    expectClose(capContactAngle_deg(2.5, 4), 102.68, 0.005);
    expect(drop.height_mm).toBeCloseTo(2.5, 9);
    expect(drop.diameter_mm).toBeCloseTo(4, 9);
  });

  it.each([
    // h, d (mm): from sodiophilic to beyond 150°, and a flat puddle
    [2.5, 4],
    [1, 4],
    [0.3, 6],
    [2, 2],
    [4, 3],
    [0.5, 30],
  ])("agrees with an independent integration (tangent angle as the variable) for h = %s mm, d = %s mm", (h, d) => {
    const drop = fitted(h, d);
    const check = independentFit(h / LC_150, d / 2 / LC_150);
    expectClose(drop.theta_deg, check.theta_deg, 1e-4);
    expectClose(drop.apexRadius_mm / LC_150, check.B, 1e-5 * check.B);
  });

  it.each([[2.5, 4], [1, 4], [2, 2], [9, 20], [0.5, 30]])(
    "balances the drop's weight against pressure and tension at its base (h = %s mm, d = %s mm)",
    (h, d) => {
      // Vertical forces on the drop, in units of ρg ℓc³: the pressure under it, 2γ/b + ρgh, pushes its base up;
      // the surface pulls its edge down with γ sin θ per length; both carry the weight ρgV.
      const drop = fitted(h, d);
      const [A, H, B] = [d / 2 / LC_150, h / LC_150, drop.apexRadius_mm / LC_150];
      const balance = Math.PI * A * A * (2 / B + H) - 2 * Math.PI * A * Math.sin(drop.theta_deg * deg);
      expectClose(drop.volume_uL / LC_150 ** 3, balance, 1e-7 * Math.max(1, balance));
    },
  );

  it("matches the linearised (shallow-drop) solution with Bessel functions for a 10 µm film on a 100 mm base", () => {
    // For small slopes the equation becomes z'' + z'/x − z = 2/B, so z = (2/B)(I0(x) − 1) below the apex (our hand
    // calculation). Through z = H at x = A: θ ≈ tan θ = H I1(A)/(I0(A) − 1), and
    // V = πA²H − 2πH (A I1(A) − A²/2)/(I0(A) − 1), in capillary lengths.
    const [h, d] = [0.01, 100];
    const [H, A] = [h / LC_150, d / 2 / LC_150];
    const [i0, i1] = [besselI(0, A), besselI(1, A)];
    const drop = fitted(h, d);
    const theta_rad = (H * i1) / (i0 - 1);
    expectClose(drop.theta_deg, theta_rad / deg, 1e-6 * (theta_rad / deg));
    const volume = Math.PI * A * A * H - (2 * Math.PI * H * (A * i1 - (A * A) / 2)) / (i0 - 1);
    expectClose(drop.volume_uL, volume * LC_150 ** 3, 1e-5 * volume * LC_150 ** 3);
  });

  it("keeps scaling a shallow drop's angle and volume with its height, even far below a micrometre", () => {
    const a = fitted(1e-9, 100);
    const b = fitted(1e-6, 100);
    expectClose(a.theta_deg * 1e3, b.theta_deg, 1e-9 * b.theta_deg);
    expectClose(a.volume_uL * 1e3, b.volume_uL, 1e-9 * b.volume_uL);
  });

  it("comes within half a degree of the wide puddle's height, 2ℓc sin(θ/2) (de Gennes et al. 2004), on a 1 m base", () => {
    const h = 2 * LC_150 * Math.sin(45 * deg);
    expectClose(fitted(h, 1000).theta_deg, 90, 0.5);
  });

  it("takes a drop far below the capillary length as a spherical cap", () => {
    const drop = fitted(1e-5, 3e-5);
    expectClose(drop.theta_deg, capContactAngle_deg(1, 3), 1e-9);
    expectClose(drop.apexRadius_mm, ((1.5e-5) ** 2 + 1e-10) / 2e-5, 1e-15);
  });

  it("draws the profile from the apex to the contact point", () => {
    const drop = fitted(2.5, 4);
    expect(drop.profile[0]).toEqual({ x_mm: 0, z_mm: 0 });
    const last = drop.profile.at(-1)!;
    expectClose(last.x_mm, 2, 1e-9);
    expectClose(last.z_mm, 2.5, 1e-9);
    // Beyond 90° the outline overhangs: it is wider than its base somewhere.
    expect(Math.max(...drop.profile.map((p) => p.x_mm))).toBeGreaterThan(2);
  });

  it("says no drop stands taller than about 2.107ℓc, 9.83 mm for Na at 150 °C", () => {
    // 2.1074 ℓc: the deepest profile at 180°, found here and, independently, with SciPy's solve_ivp (rtol 1e-11).
    expect(fitSessileDrop(10, 40, LC_150)).toEqual({ ok: false, reason: "too-tall", maxHeight_mm: expect.closeTo(9.835, 3) });
  });

  it("gives the narrowest base a drop can stand on, instead of an angle above 180°", () => {
    const fit = fitSessileDrop(1, 0.05, LC_150);
    expect(fit).toEqual({ ok: false, reason: "beyond-180", minDiameter_mm: expect.closeTo(0.0893, 4) });
    if (fit.ok || fit.reason !== "beyond-180") return;
    // Just wider than that, the drop fits at almost 180°.
    expect(fitted(1, fit.minDiameter_mm * 1.01).theta_deg).toBeGreaterThan(175);
  });

  it("gives the range of bases for a drop taller than 2ℓc", () => {
    expect(fitSessileDrop(9.5, 10, LC_150)).toEqual({
      ok: false, reason: "beyond-180", minDiameter_mm: expect.closeTo(24.0, 1), maxDiameter_mm: expect.closeTo(173, 0),
    });
    expect(fitted(9.5, 40).theta_deg).toBeGreaterThan(140);
  });

  it("converges in well under 20 ms for the default drop and for hard cases", () => {
    for (const [h, d] of [[1, 4], [2.5, 4], [9, 1], [0.01, 100], [9.8, 43]] as const) {
      fitSessileDrop(h, d, LC_150);
      const times = Array.from({ length: 5 }, () => {
        const t0 = performance.now();
        fitSessileDrop(h, d, LC_150);
        return performance.now() - t0;
      }).sort((a, b) => a - b);
      expect(times[2], `h = ${h}, d = ${d}`).toBeLessThan(20);
    }
  });
});

describe("fitSessileDrop, for any drop in the calculator's range", () => {
  const size = fc.double({ min: 1e-3, max: 100, noNaN: true });
  const lc = fc.double({ min: 3, max: 5, noNaN: true });

  it("gives a finite angle from 0° to 180°, or finite limits", () => {
    fc.assert(
      fc.property(size, size, lc, (h, d, l) => {
        const fit = fitSessileDrop(h, d, l);
        if (fit.ok) {
          expect(fit.drop.theta_deg).toBeGreaterThanOrEqual(0);
          expect(fit.drop.theta_deg).toBeLessThanOrEqual(180);
          for (const v of [fit.drop.apexRadius_mm, fit.drop.volume_uL]) expect(Number.isFinite(v)).toBe(true);
        } else if (fit.reason === "too-tall") {
          expect(h).toBeGreaterThan(2 * l);
        } else {
          expect(Number.isFinite(fit.minDiameter_mm)).toBe(true);
          expect(d < fit.minDiameter_mm || d > (fit.maxDiameter_mm ?? Infinity)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it("reads steeper than the spherical cap, since gravity flattens the drop", () => {
    fc.assert(
      fc.property(size, size, (h, d) => {
        const fit = fitSessileDrop(h, d, LC_150);
        if (fit.ok) expect(fit.drop.theta_deg).toBeGreaterThanOrEqual(capContactAngle_deg(h, d) - 1e-6);
      }),
      { numRuns: 200 },
    );
  }, 30_000);

  it("tends to the spherical cap's angle as the drop shrinks", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.05, max: 20, noNaN: true }), (ratio) => {
        // h/d = ratio/10, from a flat drop to one near 180°; the gap closes with the square of the size.
        const gap = (size_mm: number) => fitted(size_mm * (ratio / 10), size_mm) .theta_deg - capContactAngle_deg(ratio / 10, 1);
        const [big, small] = [gap(0.4), gap(0.04)];
        expect(small).toBeLessThanOrEqual(big + 1e-9);
        expect(small).toBeLessThan(0.05);
      }),
      { numRuns: 60 },
    );
  }, 30_000);
});

describe("sessileDropOfVolume", () => {
  it("finds again the drop of the same angle and volume", () => {
    const drop = fitted(2.5, 4);
    const again = sessileDropOfVolume(drop.theta_deg, drop.volume_uL, LC_150)!;
    expectClose(again.height_mm, 2.5, 1e-6);
    expectClose(again.diameter_mm, 4, 1e-6);
  });

  it("has no drop at 0°, where the liquid is a film", () => {
    expect(sessileDropOfVolume(0, 5, LC_150)).toBeUndefined();
  });

  it("gives a drop resting at 180° a flattened bottom", () => {
    const drop = sessileDropOfVolume(180, 5, LC_150)!;
    expectClose(drop.theta_deg, 180, 1e-9);
    expect(drop.diameter_mm).toBeGreaterThan(0.1);
  });
});
