/**
 * Splits a voltage trace into half-cycles (plating, then stripping, and so on), rests and current steps,
 * either from the file's own current column (and the instrument's rest flags, when the import found them)
 * or, without a current column, from the planned staircase, with the first sample taken as the start of the
 * first step and a rest of the planned length after every half-cycle.
 *
 * From the current: a sample is a rest when the instrument says so or when |j| is at most
 * max(REST_ABS_mA_cm2, REST_FRACTION × the largest |j|); a half-cycle is a run of samples of one sign, split
 * where the magnitude moves away from the run's mean by more than `relative` × mean + `absolute` for
 * SPLIT_PERSIST_SAMPLES samples in a row (so a cycler's 1–2 % readback noise never splits a half-cycle); a
 * rest is a segment of its own and is never merged into the half-cycles around it; consecutive half-cycles
 * whose mean currents agree within the same tolerance form a step.
 */
import type { StepPlan } from "./staircase.ts";
import type { Trace } from "./trace/trace.ts";

/** Samples [from, to) of one half-cycle or rest. */
export interface HalfCycleSpan {
  from: number;
  to: number;
}

/** One current step found in the trace. */
export interface TraceStep {
  /** Position among the steps found, from 0. */
  index: number;
  /** Current density magnitude, in mA cm⁻². */
  current_mA_cm2: number;
  /** Time of the step's first sample, in s. */
  start_s: number;
  /** Time at which the step ends (its last sample, or its planned end), in s. */
  end_s: number;
  halfCycles: HalfCycleSpan[];
  /** Rests that follow the step's half-cycles (before the next step). */
  rests: HalfCycleSpan[];
  /** Whether the trace holds the whole step (a step cut short by the end of the file is not completed). */
  completed: boolean;
}

export type Segmentation = { ok: true; steps: TraceStep[]; notes: string[] } | { ok: false; error: string };

/** Tolerances of the split, relative to a level and absolute, in mA cm⁻². */
export interface SplitTolerance {
  relative: number;
  absolute_mA_cm2: number;
}

/** Default tolerance: 5 % plus 0.002 mA cm⁻², wider than a cycler's current readback noise (1–2 %). */
export const DEFAULT_TOLERANCE: SplitTolerance = { relative: 0.05, absolute_mA_cm2: 0.002 };
/** Half-cycles of one step agree in mean current within this share (means of many samples are precise). */
export const STEP_TOLERANCE = 0.02;
/** |j| at or below this (mA cm⁻²) is a rest whatever the largest current. */
export const REST_ABS_mA_cm2 = 0.001;
/** |j| at or below this share of the largest |j| is a rest. */
export const REST_FRACTION = 0.002;
/** A run of current shorter than this (in samples) is a transition between levels, not a half-cycle. */
const MIN_RUN_SAMPLES = 3;
/** Samples in a row away from the run's mean that start a new run. */
const SPLIT_PERSIST_SAMPLES = 3;
/** A last half-cycle this close to the step's first one (by duration) counts as finished. */
const COMPLETE_FRACTION = 0.98;

interface Run extends HalfCycleSpan {
  kind: "half" | "rest";
  sign: number;
  level: number;
}

/** Runs of rest and of current of one sign and level, in time order. */
function runsOf(j: Float64Array, rest: Uint8Array | null | undefined, tol: SplitTolerance): Run[] {
  let largest = 0;
  for (let i = 0; i < j.length; i++) if (!rest?.[i]) largest = Math.max(largest, Math.abs(j[i]!));
  const restBelow = Math.max(REST_ABS_mA_cm2, REST_FRACTION * largest);
  const runs: Run[] = [];
  let kind: "half" | "rest" | "" = "",
    from = 0,
    sign = 0,
    sum = 0,
    count = 0,
    away = 0;
  const close = (to: number) => {
    if (kind === "half" && to - from >= MIN_RUN_SAMPLES)
      runs.push({ kind, from, to, sign, level: sum / count });
    else if (kind === "rest" && (to - from >= 2 || rest?.[from])) runs.push({ kind, from, to, sign: 0, level: 0 });
    kind = "";
  };
  for (let i = 0; i < j.length; i++) {
    const m = Math.abs(j[i]!);
    if (rest?.[i] || m <= restBelow) {
      if (kind !== "rest") {
        close(i);
        kind = "rest";
        from = i;
      }
      continue;
    }
    const s = j[i]! > 0 ? 1 : -1;
    if (kind !== "half" || s !== sign) {
      close(i);
      kind = "half";
      from = i;
      sign = s;
      sum = count = away = 0;
    } else {
      const level = sum / count;
      if (Math.abs(m - level) > tol.relative * level + tol.absolute_mA_cm2) {
        if (++away === SPLIT_PERSIST_SAMPLES) {
          const start = i - SPLIT_PERSIST_SAMPLES + 1;
          close(start);
          kind = "half";
          from = start;
          sum = count = away = 0;
          for (let k = start; k <= i; k++) (sum += Math.abs(j[k]!)), count++;
        }
        continue;
      }
      away = 0;
    }
    sum += m;
    count++;
  }
  close(j.length);
  return runs;
}

/** Share within which a mean reading is taken as the round set point nearest to it. */
export const SET_POINT_TOLERANCE = 0.005;

/**
 * The set point behind a mean current reading: the value with the fewest significant digits (1 to 4) within
 * SET_POINT_TOLERANCE of it. A cycler's readback averages to within about 0.1–0.3 % of what was typed, so
 * 0.998 reads as 1 and 0.8012 as 0.8, while 0.125 stays 0.125.
 */
export function setPoint(mean_mA_cm2: number): number {
  for (let digits = 1; digits <= 4; digits++) {
    const round = Number(mean_mA_cm2.toPrecision(digits));
    if (Math.abs(round - mean_mA_cm2) <= SET_POINT_TOLERANCE * mean_mA_cm2) return round;
  }
  return Number(mean_mA_cm2.toPrecision(4));
}

const sameLevel = (a: number, b: number, tol: SplitTolerance) =>
  Math.abs(a - b) <= STEP_TOLERANCE * Math.max(a, b) + tol.absolute_mA_cm2;

/** Marks the last step completed when its last half-cycle is as long as its first (the file did not stop early). */
function markLast(steps: TraceStep[], t: Float64Array): void {
  const last = steps.at(-1);
  if (!last) return;
  const previous = steps.at(-2);
  const duration = (h: HalfCycleSpan) => t[h.to - 1]! - t[h.from]!;
  last.completed =
    last.halfCycles.length >= Math.max(2, previous?.halfCycles.length ?? 0) &&
    duration(last.halfCycles.at(-1)!) >= COMPLETE_FRACTION * duration(last.halfCycles[0]!);
}

/** Steps, half-cycles and rests from the current column (and the rest flags, when present). */
export function stepsFromCurrent(trace: Trace, tol: SplitTolerance = DEFAULT_TOLERANCE): Segmentation {
  const { time_s: t, current_mA_cm2: j } = trace;
  if (j === null) return { ok: false, error: "The file has no current_mA_cm2 column." };
  let any = false;
  for (let i = 0; i < j.length && !any; i++) any = Math.abs(j[i]!) > REST_ABS_mA_cm2 && !trace.rest?.[i];
  if (!any) return { ok: false, error: "The current_mA_cm2 column is zero throughout, so no step can be found." };
  const runs = runsOf(j, trace.rest, tol);

  const steps: TraceStep[] = [];
  let previous: Run | undefined;
  for (const run of runs) {
    const step = steps.at(-1);
    if (run.kind === "rest") {
      step?.rests.push({ from: run.from, to: run.to });
      previous = run;
      continue;
    }
    if (step && sameLevel(run.level, step.current_mA_cm2, tol)) {
      const last = step.halfCycles.at(-1)!;
      // A same-sign run right after the previous one, with no rest between, is one half-cycle split by a glitch.
      if (previous?.kind === "half" && previous.sign === run.sign) last.to = run.to;
      else step.halfCycles.push({ from: run.from, to: run.to });
      step.end_s = t[run.to - 1]!;
    } else {
      steps.push({
        index: steps.length,
        current_mA_cm2: run.level,
        start_s: t[run.from]!,
        end_s: t[run.to - 1]!,
        halfCycles: [{ from: run.from, to: run.to }],
        rests: [],
        completed: true,
      });
    }
    previous = run;
  }
  for (const s of steps) s.current_mA_cm2 = setPoint(s.current_mA_cm2);
  if (steps.length === 0)
    return { ok: false, error: `No half-cycle of at least ${MIN_RUN_SAMPLES} samples at a steady current was found.` };
  markLast(steps, t);
  const notes: string[] = [];
  const halves = runs.filter((r) => r.kind === "half");
  if (halves.length > 1 && halves.every((r) => r.sign === halves[0]!.sign))
    notes.push("The current never changes sign (a magnitude without a direction): half-cycles are told apart by the rests between them.");
  return { ok: true, steps, notes };
}

/** Steps from the planned staircase (with its rests), timed from the trace's first sample. */
export function stepsFromPlan(trace: Trace, plan: readonly StepPlan[]): Segmentation {
  const t = trace.time_s;
  const n = t.length;
  if (plan.length === 0) return { ok: false, error: "The planner has no steps to lay over the trace." };
  const t0 = t[0]!;
  const interval = n > 1 ? (t[n - 1]! - t0) / (n - 1) : 0;
  const steps: TraceStep[] = [];
  let i = 0;
  const upTo = (boundary: number) => {
    const from = i;
    while (i < n && t[i]! < boundary - 1e-9 * Math.abs(boundary)) i++;
    return { from, to: i };
  };
  for (const p of plan) {
    if (i >= n) break;
    const half_s = p.halfCycle_h * 3600;
    const rest_s = (p.rest_h ?? 0) * 3600;
    const start_s = t0 + p.start_h * 3600;
    const end_s = start_s + 2 * p.cycles * (half_s + rest_s);
    const step: TraceStep = {
      index: steps.length,
      current_mA_cm2: p.current_mA_cm2,
      start_s,
      end_s,
      halfCycles: [],
      rests: [],
      completed: false,
    };
    for (let k = 0; k < 2 * p.cycles && i < n; k++) {
      const half = upTo(start_s + k * (half_s + rest_s) + half_s);
      if (half.to > half.from) step.halfCycles.push(half);
      if (rest_s > 0) {
        const rest = upTo(start_s + (k + 1) * (half_s + rest_s));
        if (rest.to > rest.from) step.rests.push(rest);
      }
    }
    step.completed = t[n - 1]! >= end_s - rest_s - 1.5 * interval;
    if (step.halfCycles.length > 0) steps.push(step);
  }
  const notes: string[] = [];
  if (i < n) {
    const extra_h = (t[n - 1]! - steps.at(-1)!.end_s) / 3600;
    notes.push(
      `The trace runs ${Number(extra_h.toPrecision(3))} h past the end of the planned staircase; those ${n - i} samples are ignored.`,
    );
  }
  return { ok: true, steps, notes };
}

/** Steps from the current column when the file has one, otherwise from the plan. */
export function segmentTrace(trace: Trace, plan?: readonly StepPlan[]): Segmentation {
  if (trace.current_mA_cm2 !== null) return stepsFromCurrent(trace);
  if (plan === undefined) {
    return {
      ok: false,
      error: "The file has no current_mA_cm2 column: set the planner's staircase so each step's current is known.",
    };
  }
  return stepsFromPlan(trace, plan);
}
