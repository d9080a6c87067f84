/**
 * How much Na a symmetric-cell test moves: at a constant current density j for a cycling time t, the
 * charge passed per area is j × t (mA cm⁻² × h = mAh cm⁻²). It lets tests with different currents and
 * lifetimes be compared on one axis: the cumulative capacity plated before the cell failed or stopped.
 */

/** A symmetric-cell test as the tables give it; null where a value is not reported. */
export interface PlatingTest {
  /** Current density, in mA cm⁻². */
  currentDensity_mA_cm2: number | null;
  /** Cycle life (test duration), in h. */
  cycleLife_h: number | null;
}

/** A Table 1 lifespan: one duration, at one or more current densities. */
export interface LifespanTest {
  /** Test duration, in h. */
  cycleLife_h: number;
  /** Current densities the test ran at, in mA cm⁻². */
  currentDensities_mA_cm2: readonly number[];
}

function requireNonNegative(name: string, value: number): void {
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(`${name} must be a finite number ≥ 0, received ${value}`);
  }
}

/**
 * Cumulative areal capacity plated over a symmetric-cell test, in mAh cm⁻²: j × t.
 * @param currentDensity_mA_cm2 Current density, in mA cm⁻².
 * @param cycleLife_h Test duration, in h.
 */
export function cumulativeCapacity_mAh_cm2(currentDensity_mA_cm2: number, cycleLife_h: number): number {
  requireNonNegative("currentDensity_mA_cm2", currentDensity_mA_cm2);
  requireNonNegative("cycleLife_h", cycleLife_h);
  return currentDensity_mA_cm2 * cycleLife_h;
}

/**
 * A Table 1 lifespan as a single test at its lowest current density. When a lifespan lists several
 * densities ("500 h at 0.3/0.5 mA cm⁻²") the split of hours is unknown, so the lowest one gives a
 * cumulative capacity that is a lower bound rather than a guess.
 */
export function lifespanAsTest(lifespan: LifespanTest): PlatingTest {
  const densities = lifespan.currentDensities_mA_cm2;
  return {
    currentDensity_mA_cm2: densities.length ? Math.min(...densities) : null,
    cycleLife_h: lifespan.cycleLife_h,
  };
}

/** Cumulative capacity of one test in mAh cm⁻², or null when its current density or duration is not reported. */
export function testCapacity_mAh_cm2(test: PlatingTest): number | null {
  const { currentDensity_mA_cm2: j, cycleLife_h: t } = test;
  return j === null || t === null ? null : cumulativeCapacity_mAh_cm2(j, t);
}

/** The test with the largest cumulative capacity (the first one on a tie), or null when none reports both values. */
export function bestTest<T extends PlatingTest>(tests: readonly T[]): T | null {
  let best: T | null = null;
  let bestCapacity = -Infinity;
  for (const test of tests) {
    const capacity = testCapacity_mAh_cm2(test);
    if (capacity !== null && capacity > bestCapacity) {
      best = test;
      bestCapacity = capacity;
    }
  }
  return best;
}

/**
 * The largest cumulative capacity among a row's tests, in mAh cm⁻², or null when no test reports both
 * current density and duration. Charts use it as the row's best result.
 */
export function bestCumulativeCapacity_mAh_cm2(tests: readonly PlatingTest[]): number | null {
  const best = bestTest(tests);
  return best === null ? null : testCapacity_mAh_cm2(best);
}
