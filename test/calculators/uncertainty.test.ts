import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { monteCarlo, propagate } from "../../src/calculators/uncertainty.ts";

const DEG = Math.PI / 180;

describe("propagate (first order, GUM §5.1.2)", () => {
  it("gives 0.5 for the product of 2 ± 0.1 and 3 ± 0.2", () => {
    // By hand: u(xy)² = (y·u_x)² + (x·u_y)² = (3·0.1)² + (2·0.2)² = 0.09 + 0.16 = 0.25, so u = 0.5.
    const u = propagate(({ x, y }) => ({ p: x! * y! }), { x: 2, y: 3 }, { x: 0.1, y: 0.2 });
    expect(u.p).toBeCloseTo(0.5, 8);
  });

  it("gives 0.0556 for the quotient of 2 ± 0.1 and 3 ± 0.2", () => {
    // By hand: (u/q)² = (0.1/2)² + (0.2/3)² = 0.0025 + 0.004444 = 0.006944, u/q = 0.08333; q = 0.6667, u = 0.05556.
    const u = propagate(({ x, y }) => ({ q: x! / y! }), { x: 2, y: 3 }, { x: 0.1, y: 0.2 });
    expect(u.q).toBeCloseTo(0.055556, 6);
  });

  it("gives |cos θ|·u for sin θ, and 0 at the extremum θ = 90°", () => {
    // By hand: d(sin θ)/dθ = cos θ; at 30° ± 2°: cos 30° × 2π/180 = 0.8660 × 0.034907 = 0.030230.
    const f = ({ t }: Record<string, number>) => ({ s: Math.sin(t! * DEG), c: Math.cos(t! * DEG) });
    const at30 = propagate(f, { t: 30 }, { t: 2 });
    expect(at30.s).toBeCloseTo(0.03023, 5);
    // d(cos θ)/dθ = −sin θ: 0.5 × 0.034907 = 0.017453.
    expect(at30.c).toBeCloseTo(0.017453, 5);
    const at90 = propagate(f, { t: 90 }, { t: 2 });
    expect(at90.s).toBeLessThan(1e-9);
    expect(at90.c).toBeCloseTo(0.034907, 5);
  });

  it("uses a one-sided difference at the edge of the model's domain, and drops results it cannot differentiate", () => {
    // √x at x = 0 has no derivative; at x = 1 with only the upper side defined it is 1/(2√x) = 0.5.
    const f = ({ x }: Record<string, number>) => ({ r: x! >= 1 ? Math.sqrt(x!) : undefined });
    expect(propagate(f, { x: 1 }, { x: 0.2 }).r).toBeCloseTo(0.1, 5);
    expect(propagate(f, { x: 0.5 }, { x: 0.2 })).toEqual({});
  });

  it("returns 0 for results of exact inputs and ignores uncertainties of inputs a result does not use", () => {
    const u = propagate(({ x, y }) => ({ a: 2 * x!, b: y! }), { x: 1, y: 5 }, { x: 0.5 });
    expect(u).toEqual({ a: expect.closeTo(1, 8), b: 0 });
  });

  it("is exact for any linear combination (property)", () => {
    const n = fc.double({ min: -1e3, max: 1e3, noNaN: true });
    const u = fc.double({ min: 0, max: 1e2, noNaN: true });
    fc.assert(
      fc.property(n, n, n, n, u, u, (a, b, x, y, ux, uy) => {
        const got = propagate((v) => ({ f: a * v.x! + b * v.y! }), { x, y }, { x: ux, y: uy }).f!;
        const expected = Math.hypot(a * ux, b * uy);
        return Math.abs(got - expected) <= 1e-6 * (expected + Math.abs(a) + Math.abs(b)) + 1e-9;
      }),
    );
  });

  it("scales with the result and never returns a negative or non-finite uncertainty (property)", () => {
    const pos = fc.double({ min: 1e-3, max: 1e3, noNaN: true });
    fc.assert(
      fc.property(pos, pos, pos, fc.double({ min: 0, max: 10, noNaN: true }), (x, y, k, ux) => {
        const f = (s: number) => (v: Record<string, number>) => ({ q: (s * v.x!) / v.y! });
        const one = propagate(f(1), { x, y }, { x: ux }).q!;
        const scaled = propagate(f(k), { x, y }, { x: ux }).q!;
        return Number.isFinite(one) && one >= 0 && Math.abs(scaled - k * one) <= 1e-6 * k * one + 1e-12;
      }),
    );
  });
});

describe("monteCarlo (GUM Supplement 1)", () => {
  it("agrees with first order for a product, within the sampling error", () => {
    const r = monteCarlo(({ x, y }) => ({ p: x! * y! }), { x: 2, y: 3 }, { x: 0.1, y: 0.2 }, { samples: 20000 });
    // First order gives 0.5; the exact variance adds u_x²u_y² = 0.0004, so u = 0.5004. 20 000 draws: ±0.5 %.
    expect(r.p!.uncertainty).toBeGreaterThan(0.49);
    expect(r.p!.uncertainty).toBeLessThan(0.51);
    expect(r.p!.validFraction).toBe(1);
  });

  it("sees the spread of sin θ at 90° that first order misses", () => {
    // By hand: sin(90° + ε) ≈ 1 − ε²/2 with ε ~ N(0, σ), σ = 2° = 0.034907 rad: sd(ε²/2) = σ²/√2 = 8.62e-4,
    // mean 1 − σ²/2 = 0.99939.
    const r = monteCarlo(({ t }) => ({ s: Math.sin(t! * DEG) }), { t: 90 }, { t: 2 }, { samples: 20000, seed: 7 });
    expect(r.s!.uncertainty).toBeGreaterThan(8.2e-4);
    expect(r.s!.uncertainty).toBeLessThan(9.1e-4);
    expect(r.s!.mean).toBeCloseTo(0.99939, 4);
  });

  it("gives the same numbers for the same seed, and drops draws outside the model's domain", () => {
    const f = ({ x }: Record<string, number>) => ({ r: x! > 0 ? Math.sqrt(x!) : undefined });
    const a = monteCarlo(f, { x: 0.1 }, { x: 0.1 }, { samples: 4000 });
    const b = monteCarlo(f, { x: 0.1 }, { x: 0.1 }, { samples: 4000 });
    expect(a).toEqual(b);
    // P(x > 0) for x ~ N(0.1, 0.1) is Φ(1) = 0.841.
    expect(a.r!.validFraction).toBeCloseTo(0.841, 1);
  });
});
