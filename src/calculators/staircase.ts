/**
 * The current staircase of a critical-current-density (CCD) test on a symmetric cell: the current density
 * rises from a start value in equal steps; at each step the cell is plated and stripped for a number of
 * cycles, each half-cycle either passing a fixed capacity or lasting a fixed time.
 */
import { NA_THICKNESS_um_per_mAh_cm2 } from "./constants.ts";

/** How a half-cycle ends: after a fixed areal capacity, or after a fixed time. */
export const protocols = ["capacity", "time"] as const;
export type Protocol = (typeof protocols)[number];

/** Most steps a plan may have; more would be a typing slip, and a table nobody can read. */
export const MAX_STEPS = 1000;

/** Slack when counting steps, in units of one step: absorbs 0.9/0.1 = 8.999999999999998. */
const STEP_COUNT_EPSILON = 1e-9;

/** One current step of the plan. */
export interface StepPlan {
  /** Position in the staircase, from 0. */
  index: number;
  /** Current density of the step, in mA cm⁻². */
  current_mA_cm2: number;
  /** Duration of one half-cycle (one plating or one stripping), in h. */
  halfCycle_h: number;
  /** Areal capacity passed in one half-cycle, in mAh cm⁻². */
  capacity_mAh_cm2: number;
  /** Thickness of dense Na plated in one half-cycle, in µm. */
  thickness_um: number;
  /** Plating/stripping cycles at this current (each is two half-cycles). */
  cycles: number;
  /** Time at which the step begins, from the start of the test, in h. */
  start_h: number;
  /** Rest after every half-cycle, in h; absent when the plan has none. */
  rest_h?: number;
}

/** What defines a staircase. */
export interface StaircaseSpec {
  start_mA_cm2: number;
  step_mA_cm2: number;
  max_mA_cm2: number;
  protocol: Protocol;
  /** Capacity per half-cycle, in mAh cm⁻² (used by the "capacity" protocol). */
  capacity_mAh_cm2: number;
  /** Half-cycle duration, in h (used by the "time" protocol). */
  halfCycle_h: number;
  cyclesPerStep: number;
  /** Rest after every half-cycle (open circuit), in h; none when omitted. */
  rest_h?: number;
}

/**
 * Number of steps from `start` to at most `max` in increments of `step` (all in mA cm⁻²); 0 when max < start.
 * Counted as ⌊(max − start)/step + ε⌋ + 1 so that decimal steps such as 0.1 land on the maximum.
 */
export function stepCount(start_mA_cm2: number, step_mA_cm2: number, max_mA_cm2: number): number {
  if (max_mA_cm2 < start_mA_cm2) return 0;
  return Math.floor((max_mA_cm2 - start_mA_cm2) / step_mA_cm2 + STEP_COUNT_EPSILON) + 1;
}

/**
 * Current density of step `index`, start + index·step, in mA cm⁻². Computed from the start rather than
 * accumulated, and rounded to 12 significant digits so 0.1 + 2·0.1 reads 0.3.
 */
export function stepCurrent_mA_cm2(start_mA_cm2: number, step_mA_cm2: number, index: number): number {
  return Number((start_mA_cm2 + index * step_mA_cm2).toPrecision(12));
}

/**
 * Half-cycle duration (h) and capacity (mAh cm⁻²) at a current density (mA cm⁻²): time = capacity / current
 * under the capacity protocol, capacity = current × time under the time protocol.
 */
export function halfCycle(
  current_mA_cm2: number,
  spec: Pick<StaircaseSpec, "protocol" | "capacity_mAh_cm2" | "halfCycle_h">,
): { halfCycle_h: number; capacity_mAh_cm2: number } {
  return spec.protocol === "capacity"
    ? { halfCycle_h: spec.capacity_mAh_cm2 / current_mA_cm2, capacity_mAh_cm2: spec.capacity_mAh_cm2 }
    : { halfCycle_h: spec.halfCycle_h, capacity_mAh_cm2: current_mA_cm2 * spec.halfCycle_h };
}

/** The steps of a staircase, in order. The caller keeps stepCount within MAX_STEPS. */
export function planStaircase(spec: StaircaseSpec): StepPlan[] {
  const count = Math.min(stepCount(spec.start_mA_cm2, spec.step_mA_cm2, spec.max_mA_cm2), MAX_STEPS);
  const steps: StepPlan[] = [];
  const rest_h = spec.rest_h ?? 0;
  let start_h = 0;
  for (let index = 0; index < count; index++) {
    const current_mA_cm2 = stepCurrent_mA_cm2(spec.start_mA_cm2, spec.step_mA_cm2, index);
    const { halfCycle_h, capacity_mAh_cm2 } = halfCycle(current_mA_cm2, spec);
    const thickness_um = capacity_mAh_cm2 * NA_THICKNESS_um_per_mAh_cm2;
    steps.push({
      index,
      current_mA_cm2,
      halfCycle_h,
      capacity_mAh_cm2,
      thickness_um,
      cycles: spec.cyclesPerStep,
      start_h,
      ...(rest_h > 0 ? { rest_h } : {}),
    });
    start_h += 2 * spec.cyclesPerStep * (halfCycle_h + rest_h);
  }
  return steps;
}

/**
 * Whole-test totals: duration (both half-cycles of every cycle), in h, and the capacity passed over all
 * half-cycles, in mAh cm⁻² — in a symmetric cell every half-cycle plates that much Na on one electrode.
 */
export function staircaseTotals(steps: readonly StepPlan[]): {
  totalTime_h: number;
  cumulativeCapacity_mAh_cm2: number;
} {
  let totalTime_h = 0;
  let cumulativeCapacity_mAh_cm2 = 0;
  for (const s of steps) {
    totalTime_h += 2 * s.cycles * (s.halfCycle_h + (s.rest_h ?? 0));
    cumulativeCapacity_mAh_cm2 += 2 * s.cycles * s.capacity_mAh_cm2;
  }
  return { totalTime_h, cumulativeCapacity_mAh_cm2 };
}
