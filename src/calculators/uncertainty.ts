/**
 * Propagating the uncertainties a reader types (`72.5 ± 2`) to a calculator's results. Every δ is one
 * standard uncertainty, and inputs are taken as uncorrelated.
 *
 * `propagate` is the law of propagation of uncertainty to first order (JCGM 100:2008, "Guide to the
 * expression of uncertainty in measurement" (GUM), §5.1.2): u(y)² = Σᵢ (∂f/∂xᵢ)² u(xᵢ)². The sensitivity
 * coefficients ∂f/∂xᵢ are central finite differences, [f(xᵢ + h) − f(xᵢ − h)] / 2h with h = 10⁻⁶·max(|xᵢ|, u(xᵢ));
 * where one side leaves the model's domain (a result comes back undefined), the one-sided difference is used.
 * It is exact for sums and products of independent terms up to the finite-difference error (~10⁻⁹ relative),
 * and good while each result is close to linear over ±u(xᵢ); at an extremum (sin θ at 90°) it gives 0.
 *
 * `monteCarlo` is the alternative for results that are strongly non-linear over ±u (JCGM 101:2008, GUM
 * Supplement 1): inputs are drawn from normal distributions with a seeded generator (so a page shows the same
 * numbers on every visit), and a result's uncertainty is the standard deviation of its draws.
 *
 * Which is used where: the CCD planner uses `propagate` (its results are products and quotients of powers).
 */

/** A calculator as a function of its numeric inputs: results by name, undefined where one cannot be computed. */
export type Compute = (values: Record<string, number>) => Record<string, number | undefined>;

/** Relative step of the finite differences. */
const RELATIVE_STEP = 1e-6;

const finite = (x: number | undefined): x is number => typeof x === "number" && Number.isFinite(x);

/**
 * First-order standard uncertainty of every result `compute` returns at `values`, from the standard
 * uncertainties of the inputs (inputs absent from `uncertainties`, or with 0, are exact). Results that are
 * undefined at `values`, or whose sensitivity cannot be evaluated on either side, are absent from the answer.
 * @param values Input values, by input name.
 * @param uncertainties Standard uncertainties of some inputs, ≥ 0, in the inputs' units.
 */
export function propagate(
  compute: Compute,
  values: Record<string, number>,
  uncertainties: Record<string, number>,
): Record<string, number> {
  const centre = compute(values);
  const sums: Record<string, number> = {};
  for (const [name, y] of Object.entries(centre)) if (finite(y)) sums[name] = 0;

  for (const [input, u] of Object.entries(uncertainties)) {
    const x = values[input];
    if (!finite(u) || u <= 0 || !finite(x)) continue;
    // Floored so that a subnormal uncertainty still gives a usable step.
    const h = Math.max(RELATIVE_STEP * Math.max(Math.abs(x), u), 1e-300);
    const up = compute({ ...values, [input]: x + h });
    const down = compute({ ...values, [input]: x - h });
    for (const name of Object.keys(sums)) {
      const y = centre[name]!;
      const yUp = up[name];
      const yDown = down[name];
      const slope = finite(yUp) && finite(yDown)
        ? (yUp - yDown) / (2 * h)
        : finite(yUp)
          ? (yUp - y) / h
          : finite(yDown)
            ? (y - yDown) / h
            : Number.NaN;
      if (Number.isNaN(slope)) {
        delete sums[name];
        continue;
      }
      sums[name] = sums[name]! + (slope * u) ** 2;
    }
  }
  const result: Record<string, number> = {};
  for (const [name, sum] of Object.entries(sums)) {
    const u = Math.sqrt(sum);
    if (Number.isFinite(u)) result[name] = u;
  }
  return result;
}

/** A result's Monte Carlo summary. */
export interface MonteCarloResult {
  /** Mean of the draws, in the result's unit. */
  mean: number;
  /** Standard deviation of the draws: the result's standard uncertainty. */
  uncertainty: number;
  /** Share of the draws for which the result could be computed (draws outside the model's domain are dropped). */
  validFraction: number;
}

/** Mulberry32: a small seeded generator of uniform numbers in [0, 1). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Monte Carlo propagation (GUM Supplement 1): `samples` draws of the inputs, each uncertain input normal with
 * its value as mean and its uncertainty as standard deviation (Box–Muller), the others fixed. Results with
 * fewer than two valid draws are absent.
 * @param options.samples Number of draws (default 2000; the uncertainty is then good to about ±3 %).
 * @param options.seed Seed of the generator (default 1), so the same inputs give the same numbers.
 */
export function monteCarlo(
  compute: Compute,
  values: Record<string, number>,
  uncertainties: Record<string, number>,
  options: { samples?: number; seed?: number } = {},
): Record<string, MonteCarloResult> {
  const samples = Math.max(2, Math.floor(options.samples ?? 2000));
  const random = mulberry32(options.seed ?? 1);
  const normal = () => {
    const r = Math.sqrt(-2 * Math.log(1 - random()));
    return r * Math.cos(2 * Math.PI * random());
  };
  const uncertain = Object.entries(uncertainties).filter(([name, u]) => finite(u) && u > 0 && finite(values[name]));
  // Welford's running mean and variance per result.
  const stats: Record<string, { n: number; mean: number; m2: number }> = {};
  for (let i = 0; i < samples; i++) {
    const draw = { ...values };
    for (const [name, u] of uncertain) draw[name] = values[name]! + u * normal();
    for (const [name, y] of Object.entries(compute(draw))) {
      if (!finite(y)) continue;
      const s = (stats[name] ??= { n: 0, mean: 0, m2: 0 });
      s.n++;
      const d = y - s.mean;
      s.mean += d / s.n;
      s.m2 += d * (y - s.mean);
    }
  }
  const result: Record<string, MonteCarloResult> = {};
  for (const [name, s] of Object.entries(stats)) {
    if (s.n < 2) continue;
    result[name] = { mean: s.mean, uncertainty: Math.sqrt(s.m2 / (s.n - 1)), validFraction: s.n / samples };
  }
  return result;
}
