/**
 * The other test a Na-metal paper reports (Table 2 of the review): long galvanostatic cycling of a symmetric
 * cell at one current density and areal capacity, summarised by its overpotential and its cycle life.
 *
 * - Overpotential: the median, over the complete half-cycles before any failure at the test's current, of
 *   each half-cycle's median |V| on its plateau (after its first quarter, the build-up after the reversal).
 * - Cycle life: from the first sample to the short circuit, or to the last sample ("at least") when none.
 * - Cycles: complete plating + stripping pairs before the failure.
 * - Cumulative capacity: the charge passed in the half-cycles (rests excluded) up to the failure, ∫|j| dt.
 */
import type { Analysis, Failure } from "../short-detection.ts";
import type { TraceStep } from "../trace-steps.ts";
import type { Trace } from "./trace.ts";

export type TestType = "staircase" | "cycling";
export const testTypes = ["staircase", "cycling"] as const satisfies readonly TestType[];

/** A half-cycle lasting at least this share of the test's typical one is complete. */
const COMPLETE_SHARE = 0.98;
/** Half-cycles at one current from which a trace counts as cycling rather than a staircase. */
const CYCLING_HALF_CYCLES = 6;

/** One point of the overpotential series. */
export interface CyclePoint {
  /** Middle of the half-cycle, in h from the first sample. */
  time_h: number;
  overpotential_mV: number;
}

export interface CyclingResult {
  /** The test's current density (the step holding the most half-cycle time), in mA cm⁻². */
  current_mA_cm2: number;
  /** Typical capacity of one half-cycle at that current, in mAh cm⁻². */
  arealCapacity_mAh_cm2: number;
  overpotential_mV?: number;
  cycleLife_h: number;
  /** True when no failure was found: the cycle life is at least `cycleLife_h`. */
  atLeast: boolean;
  cycles: number;
  cumulativeCapacity_mAh_cm2: number;
  series: CyclePoint[];
}

/** The step holding the most half-cycle time: the test's own current. */
function mainStep(steps: readonly TraceStep[], t: Float64Array): TraceStep | undefined {
  let best: TraceStep | undefined,
    most = -1;
  for (const s of steps) {
    let total = 0;
    for (const h of s.halfCycles) total += t[h.to - 1]! - t[h.from]!;
    if (total > most) (best = s), (most = total);
  }
  return best;
}

/**
 * Staircase when three or more steps mostly rise; cycling when one current holds at least six half-cycles;
 * otherwise a staircase (too short to be cycling).
 */
export function detectTestType(steps: readonly TraceStep[], t: Float64Array): TestType {
  if (steps.length >= 3) {
    let rises = 0;
    for (let k = 1; k < steps.length; k++) if (steps[k]!.current_mA_cm2 > steps[k - 1]!.current_mA_cm2) rises++;
    if (rises >= (steps.length - 1) / 2) return "staircase";
  }
  return (mainStep(steps, t)?.halfCycles.length ?? 0) >= CYCLING_HALF_CYCLES ? "cycling" : "staircase";
}

/** The cycling metrics of a trace already scanned for shorts (`analysis`, from short-detection.ts). */
export function cyclingMetrics(trace: Trace, steps: readonly TraceStep[], analysis: Analysis): CyclingResult | undefined {
  const t = trace.time_s;
  const n = t.length;
  const main = mainStep(steps, t);
  if (!main || n === 0) return undefined;
  const interval = n > 1 ? (t[n - 1]! - t[0]!) / (n - 1) : 0;
  const end = (to: number) => (to < n ? t[to]! : t[n - 1]! + interval);
  const failure: Failure | undefined = analysis.failure;
  const scanned = failure ? analysis.halfCycles.slice(0, -1) : analysis.halfCycles;

  const mainDurations = scanned
    .filter((h) => h.stepIndex === main.index)
    .map((h) => end(h.to) - h.start_s)
    .sort((a, b) => a - b);
  const typical = mainDurations.length > 0 ? mainDurations[mainDurations.length >> 1]! : 0;
  const complete = scanned.filter((h) => end(h.to) - h.start_s >= COMPLETE_SHARE * typical);
  const series = complete.map((h) => ({ time_h: ((h.start_s + end(h.to)) / 2 - t[0]!) / 3600, overpotential_mV: h.level_mV }));
  const atMain = complete.filter((h) => h.stepIndex === main.index).map((h) => h.level_mV).sort((a, b) => a - b);

  let charge = 0;
  for (const h of scanned) charge += h.current_mA_cm2 * (end(h.to) - h.start_s);
  if (failure) {
    const last = analysis.halfCycles.at(-1)!;
    charge += last.current_mA_cm2 * Math.max(0, failure.time_s - last.start_s);
  }
  const result: CyclingResult = {
    current_mA_cm2: main.current_mA_cm2,
    arealCapacity_mAh_cm2: (main.current_mA_cm2 * typical) / 3600,
    cycleLife_h: ((failure ? failure.time_s : t[n - 1]!) - t[0]!) / 3600,
    atLeast: !failure,
    cycles: Math.floor(complete.length / 2),
    cumulativeCapacity_mAh_cm2: charge / 3600,
    series,
  };
  const mid = atMain.length >> 1;
  if (atMain.length > 0) result.overpotential_mV = atMain.length % 2 ? atMain[mid]! : (atMain[mid - 1]! + atMain[mid]!) / 2;
  return result;
}
