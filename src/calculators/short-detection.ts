/**
 * Finds the critical current density in a measured (or synthetic) voltage trace of a CCD staircase.
 *
 * Each step's plateau is the median |V| over the opening quarter of its first half-cycle. A short circuit is
 * (a) a collapse: |V| stays below `collapseFraction` × plateau for 3 samples in a row, or (b) noise: in a
 * window of 32 samples the median |ΔV| between neighbours exceeds `noiseFactor` × the step's own (but at
 * least `noiseFloor_mV`). If a step opens already collapsed, its plateau is compared with the previous
 * step's V/j times the new current. Contact loss — polarization growing faster than the current — is
 * flagged, not counted as failure, when V/j or |V| within a step rises by more than `ohmicTolerance`.
 */
import type { Trace } from "./trace-csv.ts";
import type { HalfCycleSpan, TraceStep } from "./trace-steps.ts";

export interface Thresholds {
  /** Fraction of the plateau below which |V| counts as collapsed, 0 < f < 1. */
  collapseFraction: number;
  /** How many times the step's own noise counts as "far above" it, > 1. */
  noiseFactor: number;
  /** Smallest noise the comparison assumes, in mV (a noiseless trace would otherwise flag any wiggle). */
  noiseFloor_mV: number;
  /** Relative rise of V/j (or of |V| within a step) flagged as non-ohmic, > 0. */
  ohmicTolerance: number;
}

/** What the analyser measured in one step. */
export interface StepReport {
  index: number;
  current_mA_cm2: number;
  start_s: number;
  end_s: number;
  completed: boolean;
  /** Median |V| over the opening of the step, in mV. */
  plateau_mV: number;
  /** Plateau over current, V/j, in Ω cm². */
  resistance_ohm_cm2: number;
  /** Median |ΔV| between neighbouring samples over the opening, in mV. */
  noise_mV: number;
}

export interface Failure {
  kind: "collapse" | "noise";
  stepIndex: number;
  current_mA_cm2: number;
  /** Time of the first sample of the failure, in s. */
  time_s: number;
  /** Voltage magnitude at that sample, in mV. */
  voltage_mV: number;
  message: string;
}

export interface Flag {
  kind: "contact-loss";
  stepIndex: number;
  current_mA_cm2: number;
  time_s: number;
  message: string;
}

export interface Analysis {
  steps: StepReport[];
  failure?: Failure;
  flags: Flag[];
  /** Highest current density of a step completed before any short, in mA cm⁻²; absent if none. */
  ccd_mA_cm2?: number;
}

const OPENING_FRACTION = 0.25;
const MIN_OPENING_SAMPLES = 3;
const COLLAPSE_RUN_SAMPLES = 3;
const WINDOW_SAMPLES = 32;
const MIN_WINDOW_SAMPLES = 5;

const fmt = (x: number, digits = 3) => String(Number(x.toPrecision(digits)));

/** Median of `count` values written by `fill` into a scratch buffer (sorted in place). */
function median(buffer: Float64Array, count: number): number {
  if (count === 0) return 0;
  const view = buffer.subarray(0, count).sort();
  const mid = count >> 1;
  return count % 2 === 1 ? view[mid]! : (view[mid - 1]! + view[mid]!) / 2;
}

/** Median |V| (mV) and median |ΔV| (mV) of samples [from, to). */
function levelAndNoise(v: Float64Array, from: number, to: number, scratch: Float64Array): [number, number] {
  const n = to - from;
  for (let i = 0; i < n; i++) scratch[i] = Math.abs(v[from + i]!) * 1000;
  const level = median(scratch, n);
  for (let i = 1; i < n; i++) scratch[i - 1] = Math.abs(v[from + i]! - v[from + i - 1]!) * 1000;
  return [level, median(scratch, Math.max(0, n - 1))];
}

/** The opening samples of a half-cycle: its first quarter, skipping the very first sample when there are many. */
function opening(h: HalfCycleSpan): [number, number] {
  const n = h.to - h.from;
  const from = h.from + (n >= 8 ? 1 : 0);
  return [from, Math.min(h.to, from + Math.max(MIN_OPENING_SAMPLES, Math.ceil(OPENING_FRACTION * n)))];
}

/** Analyses the steps of a trace in order, stopping at the first short circuit. */
export function analyseSteps(trace: Trace, steps: readonly TraceStep[], th: Thresholds): Analysis {
  const v = trace.voltage_V,
    t = trace.time_s;
  let longest = WINDOW_SAMPLES;
  for (const s of steps) longest = Math.max(longest, s.halfCycles[0]!.to - s.halfCycles[0]!.from);
  const scratch = new Float64Array(longest);
  const analysis: Analysis = { steps: [], flags: [] };
  let firstResistance: number | undefined, lastResistance: number | undefined;
  let risingFlagged = false,
    growthFlagged = false;

  for (const step of steps) {
    const j = step.current_mA_cm2;
    const [from, to] = opening(step.halfCycles[0]!);
    const [plateau, noise] = levelAndNoise(v, from, to, scratch);
    const report: StepReport = {
      index: step.index,
      current_mA_cm2: j,
      start_s: step.start_s,
      end_s: step.end_s,
      completed: step.completed,
      plateau_mV: plateau,
      resistance_ohm_cm2: plateau / j,
      noise_mV: noise,
    };
    analysis.steps.push(report);
    const noiseLimit = th.noiseFactor * Math.max(noise, th.noiseFloor_mV);
    const expected = lastResistance === undefined ? undefined : j * lastResistance;
    const failure = (kind: Failure["kind"], i: number, message: string): Failure => ({
      kind,
      stepIndex: step.index,
      current_mA_cm2: j,
      time_s: t[i]!,
      voltage_mV: Math.abs(v[i]!) * 1000,
      message,
    });

    if (expected === undefined && plateau < 2 * Math.max(noise, th.noiseFloor_mV)) {
      analysis.failure = failure(
        "collapse",
        from,
        `From the first step (${fmt(j)} mA cm⁻²) the voltage, ${fmt(plateau)} mV, is at noise level: the cell looks shorted from the start.`,
      );
      break;
    }
    const reference = expected !== undefined && plateau < th.collapseFraction * expected ? expected : plateau;
    const collapseBelow_mV = th.collapseFraction * reference;

    let collapseAt = -1,
      run = 0;
    search: for (const h of step.halfCycles) {
      for (let i = h.from; i < h.to; i++) {
        run = Math.abs(v[i]!) * 1000 < collapseBelow_mV ? run + 1 : 0;
        if (run === COLLAPSE_RUN_SAMPLES) {
          collapseAt = i - COLLAPSE_RUN_SAMPLES + 1;
          break search;
        }
      }
    }
    let noiseAt = -1;
    windows: for (const h of step.halfCycles) {
      // A tail shorter than MIN_WINDOW_SAMPLES is too short for a median and is left out.
      for (let w = h.from; w + MIN_WINDOW_SAMPLES <= h.to; w += WINDOW_SAMPLES) {
        if (collapseAt !== -1 && w >= collapseAt) break windows;
        const [level, wiggle] = levelAndNoise(v, w, Math.min(h.to, w + WINDOW_SAMPLES), scratch);
        if (wiggle > noiseLimit) {
          noiseAt = w;
          break windows;
        }
        if (!growthFlagged && level > (1 + th.ohmicTolerance) * reference) {
          growthFlagged = true;
          analysis.flags.push({
            kind: "contact-loss",
            stepIndex: step.index,
            current_mA_cm2: j,
            time_s: t[w]!,
            message:
              `During the ${fmt(j)} mA cm⁻² step |V| rises from ${fmt(reference)} mV to ${fmt(level)} mV at a ` +
              "constant current: possible loss of contact (voids at the interface).",
          });
        }
      }
    }

    if (collapseAt !== -1 && (noiseAt === -1 || collapseAt <= noiseAt)) {
      analysis.failure = failure(
        "collapse",
        collapseAt,
        `At ${fmt(j)} mA cm⁻² |V| fell to ${fmt(Math.abs(v[collapseAt]!) * 1000)} mV, ` +
          `below ${fmt(th.collapseFraction)} × the ${fmt(reference)} mV plateau: short circuit.`,
      );
    } else if (noiseAt !== -1) {
      analysis.failure = failure(
        "noise",
        noiseAt,
        `At ${fmt(j)} mA cm⁻² the voltage noise rose above ${fmt(noiseLimit)} mV (the step's own is ${fmt(noise)} mV): soft short circuit.`,
      );
    }
    if (analysis.failure) break;

    firstResistance ??= report.resistance_ohm_cm2;
    if (!risingFlagged && report.resistance_ohm_cm2 > (1 + th.ohmicTolerance) * firstResistance) {
      risingFlagged = true;
      analysis.flags.push({
        kind: "contact-loss",
        stepIndex: step.index,
        current_mA_cm2: j,
        time_s: step.start_s,
        message:
          `At ${fmt(j)} mA cm⁻² V/j is ${fmt(report.resistance_ohm_cm2)} Ω cm², more than ${fmt(1 + th.ohmicTolerance)} × ` +
          `the first step's ${fmt(firstResistance)} Ω cm²: polarization grows faster than ohmic (possible loss of contact).`,
      });
    }
    lastResistance = report.resistance_ohm_cm2;
  }

  const failedAt = analysis.failure?.stepIndex ?? Infinity;
  let ccd: number | undefined;
  for (const s of analysis.steps) if (s.index < failedAt && s.completed) ccd = Math.max(ccd ?? 0, s.current_mA_cm2);
  if (ccd !== undefined) analysis.ccd_mA_cm2 = ccd;
  return analysis;
}
