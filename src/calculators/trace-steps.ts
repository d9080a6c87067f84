/**
 * Splits a voltage trace into current steps and half-cycles (plating, then stripping, and so on), either
 * from the file's own current column or, without one, from the planned staircase, with the first sample
 * taken as the start of the first step.
 */
import type { StepPlan } from "./staircase.ts";
import type { Trace } from "./trace-csv.ts";

/** Samples [from, to) of one half-cycle. */
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
  /** Whether the trace holds the whole step (a step cut short by the end of the file is not completed). */
  completed: boolean;
}

export type Segmentation = { ok: true; steps: TraceStep[]; notes: string[] } | { ok: false; error: string };

/** A run of current shorter than this (in samples) is a transition between levels, not a half-cycle. */
const MIN_RUN_SAMPLES = 3;
/** Currents below this fraction of the largest are rests. */
const REST_FRACTION = 1e-3;
/** A last half-cycle this close to the step's first one (by duration) counts as finished. */
const COMPLETE_FRACTION = 0.98;

/**
 * Steps from the current column: a half-cycle is a run of samples with the same sign and, within
 * `tolerance` (relative), the same magnitude; consecutive half-cycles at one magnitude form a step.
 */
export function stepsFromCurrent(trace: Trace, tolerance = 0.01): Segmentation {
  const { time_s: t, current_mA_cm2: j } = trace;
  if (j === null) return { ok: false, error: "The file has no current_mA_cm2 column." };
  let largest = 0;
  for (let i = 0; i < j.length; i++) largest = Math.max(largest, Math.abs(j[i]!));
  if (!(largest > 0))
    return { ok: false, error: "The current_mA_cm2 column is zero throughout, so no step can be found." };

  const runs: { from: number; to: number; level: number; positive: boolean }[] = [];
  let from = -1,
    sum = 0,
    positive = true;
  const close = (to: number) => {
    // Rounded to 10 digits so a mean of many 0.1 readings reads 0.1, not 0.0999999999999967.
    if (from !== -1 && to - from >= MIN_RUN_SAMPLES)
      runs.push({ from, to, level: Number((sum / (to - from)).toPrecision(10)), positive });
    from = -1;
  };
  for (let i = 0; i < j.length; i++) {
    const magnitude = Math.abs(j[i]!);
    if (magnitude <= REST_FRACTION * largest) {
      close(i);
      continue;
    }
    const level = from === -1 ? 0 : sum / (i - from);
    if (from === -1 || j[i]! > 0 !== positive || Math.abs(magnitude - level) > tolerance * level) {
      close(i);
      from = i;
      sum = 0;
      positive = j[i]! > 0;
    }
    sum += magnitude;
  }
  close(j.length);
  if (runs.length === 0)
    return { ok: false, error: `No half-cycle of at least ${MIN_RUN_SAMPLES} samples at a steady current was found.` };

  const steps: TraceStep[] = [];
  for (const run of runs) {
    const step = steps.at(-1);
    if (step && Math.abs(run.level - step.current_mA_cm2) <= tolerance * step.current_mA_cm2) {
      const last = step.halfCycles.at(-1)!;
      // A same-sign run right after the previous one is the same half-cycle, split by a glitch.
      if (Math.sign(j[last.from]!) === (run.positive ? 1 : -1)) last.to = run.to;
      else step.halfCycles.push({ from: run.from, to: run.to });
      step.end_s = t[run.to - 1]!;
    } else {
      steps.push({
        index: steps.length,
        current_mA_cm2: run.level,
        start_s: t[run.from]!,
        end_s: t[run.to - 1]!,
        halfCycles: [{ from: run.from, to: run.to }],
        completed: true,
      });
    }
  }
  const last = steps.at(-1)!;
  const previous = steps.at(-2);
  const duration = (h: HalfCycleSpan) => t[h.to - 1]! - t[h.from]!;
  const halves = last.halfCycles.length;
  last.completed =
    halves >= Math.max(2, previous?.halfCycles.length ?? 0) &&
    duration(last.halfCycles.at(-1)!) >= COMPLETE_FRACTION * duration(last.halfCycles[0]!);
  return { ok: true, steps, notes: [] };
}

/** Steps from the planned staircase, timed from the trace's first sample. */
export function stepsFromPlan(trace: Trace, plan: readonly StepPlan[]): Segmentation {
  const t = trace.time_s;
  const n = t.length;
  if (plan.length === 0) return { ok: false, error: "The planner has no steps to lay over the trace." };
  const t0 = t[0]!;
  const interval = n > 1 ? (t[n - 1]! - t0) / (n - 1) : 0;
  const steps: TraceStep[] = [];
  let i = 0;
  for (const p of plan) {
    if (i >= n) break;
    const half_s = p.halfCycle_h * 3600;
    const start_s = t0 + p.start_h * 3600;
    const end_s = start_s + 2 * p.cycles * half_s;
    const step: TraceStep = {
      index: steps.length,
      current_mA_cm2: p.current_mA_cm2,
      start_s,
      end_s,
      halfCycles: [],
      completed: false,
    };
    for (let k = 1; k <= 2 * p.cycles && i < n; k++) {
      const boundary = start_s + k * half_s;
      const from = i;
      while (i < n && t[i]! < boundary - 1e-9 * Math.abs(boundary)) i++;
      if (i > from) step.halfCycles.push({ from, to: i });
    }
    step.completed = t[n - 1]! >= end_s - 1.5 * interval;
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
