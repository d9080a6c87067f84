/**
 * Finds short circuits in the half-cycles of a symmetric-cell trace, the way a reviewer reads one.
 *
 * Each half-cycle is cut into about 40 windows (at least 5 samples). A window counts towards the half-cycle's
 * plateau once its median voltage has the half-cycle's own sign (the median sign of V after its first
 * quarter): the build-up after a current reversal, when V still carries the previous half-cycle's sign or
 * passes through zero, establishes nothing. The established plateau P is the largest such window median of
 * |V| so far, so it only grows while the polarization builds.
 *
 * - **Short circuit (collapse).** |V| stays below `collapseFraction` × P for at least
 *   min(`collapseTime_s`, `collapseShare` × the half-cycle's duration). A half-cycle that never establishes a
 *   plateau above `collapseFraction` × what the last healthy half-cycle's V/j (its median |V| past the first quarter, over j) predicts at its current
 *   opened shorted (the collapse then dates from the end of the half-cycle before, when |V| had already fallen
 *   there).
 * - **Soft short.** After the first tenth of a half-cycle, two windows whose noise (median absolute deviation
 *   of the sample-to-sample steps, so a smooth rise is not noise) exceeds `noiseFactor` × the last healthy
 *   half-cycle's own (at least `noiseFloor_mV`), or three sharp drops of |V| (each larger than that and than
 *   a tenth of P) and recoveries.
 * - **Shorted from the start.** The first half-cycle's plateau is within twice its own noise of 0 V.
 * - **Contact loss (flagged, not a failure).** A step's V/j exceeds (1 + `ohmicTolerance`) × the first step's,
 *   or |V| on a half-cycle's plateau rises by more than `ohmicTolerance` at constant current.
 *
 * Rests are never scanned, so the relaxation of an open circuit is not a collapse.
 */
import { median } from "./trace/median.ts";
import type { Trace } from "./trace/trace.ts";
import type { HalfCycleSpan, TraceStep } from "./trace-steps.ts";

export interface Thresholds {
  /** Fraction of the established plateau below which |V| counts as collapsed, 0 < f < 1. */
  collapseFraction: number;
  /** How long a collapse must last to count, in s (or `collapseShare` of the half-cycle, if shorter). */
  collapseTime_s: number;
  /** Share of the half-cycle a collapse must last to count, when that is shorter than `collapseTime_s`. */
  collapseShare: number;
  /** How many times the step's own noise counts as "far above" it, > 1. */
  noiseFactor: number;
  /** Smallest noise the comparison assumes, in mV (a noiseless trace would otherwise flag any wiggle). */
  noiseFloor_mV: number;
  /** Relative rise of V/j flagged as non-ohmic, > 0. */
  ohmicTolerance: number;
}

/** What the analyser measured in one half-cycle. */
export interface HalfCycleReport {
  stepIndex: number;
  from: number;
  to: number;
  start_s: number;
  end_s: number;
  current_mA_cm2: number;
  /** Median |V| over the half-cycle after its first quarter (its plateau, past the build-up), in mV. */
  level_mV: number;
  /** Sign of V on that plateau. */
  sign: 1 | -1;
  /** Largest window median of |V| with the half-cycle's sign: the plateau it established, in mV. */
  plateau_mV: number;
  /** The half-cycle's own noise (lower quartile of its windows' step deviation), in mV. */
  noise_mV: number;
}

/** What the analyser measured in one step. */
export interface StepReport {
  index: number;
  current_mA_cm2: number;
  start_s: number;
  end_s: number;
  completed: boolean;
  /** Median of the plateaus of the step's half-cycles (before any failure), in mV. */
  plateau_mV: number;
  /** Plateau over current, V/j, in Ω cm². */
  resistance_ohm_cm2: number;
  /** The first half-cycle's own noise, in mV. */
  noise_mV: number;
}

/** A time range of the trace that justifies a verdict, in s. */
export interface EvidenceWindow {
  start_s: number;
  end_s: number;
}

export interface Failure {
  /** collapse: a hard short; noise or drops: a soft short; start: shorted from the first half-cycle. */
  kind: "collapse" | "noise" | "drops" | "start";
  stepIndex: number;
  current_mA_cm2: number;
  /** Time of the first sample of the failure, in s. */
  time_s: number;
  /** Voltage magnitude at that sample, in mV. */
  voltage_mV: number;
  window: EvidenceWindow;
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
  /** Every half-cycle scanned, up to and including the one that failed. */
  halfCycles: HalfCycleReport[];
  failure?: Failure;
  flags: Flag[];
  /** Highest current density of a step completed before any short (the last step passed), in mA cm⁻². */
  ccd_mA_cm2?: number;
}

const WINDOWS_PER_HALF_CYCLE = 40;
/** Most samples a half-cycle's level is taken from. */
const LEVEL_SAMPLES = 2048;
const MIN_WINDOW_SAMPLES = 5;
/** Share of a half-cycle's start left out of the noise checks (the build-up after the reversal). */
const BUILD_UP_SHARE = 0.1;
/** Noisy windows, or sharp drops, in one half-cycle that make a soft short. */
const NOISY_WINDOWS = 2;
const SHARP_DROPS = 3;
/** A sharp drop is also larger than this share of the plateau. */
const DROP_SHARE = 0.1;
/** A last half-cycle shorter than this share of the one before is too short to judge whether it opened shorted. */
const JUDGED_SHARE = 0.5;

const fmt = (x: number, digits = 3) => String(Number(x.toPrecision(digits)));

/** Median absolute deviation of the steps V[i] − V[i−1] over samples [from, to), in mV. */
function stepDeviation(v: Float64Array, from: number, to: number, a: Float64Array, b: Float64Array): number {
  const n = to - from - 1;
  if (n < 2) return 0;
  for (let i = 0; i < n; i++) a[i] = (v[from + i + 1]! - v[from + i]!) * 1000;
  b.set(a.subarray(0, n));
  const m = median(b, n);
  for (let i = 0; i < n; i++) a[i] = Math.abs(a[i]! - m);
  return median(a, n);
}

interface Scan {
  report: HalfCycleReport;
  /** First sample of a collapse, its last sample, and whether it lasted long enough. */
  collapse?: { at: number; until: number; sustained: boolean };
  noisy?: { at: number; until: number; noise_mV: number };
  drops?: { at: number; until: number; count: number };
  /** |V| on the plateau rising at constant current (first and last window medians, mV). */
  creep?: { from_mV: number; to_mV: number };
}

/** Scans one half-cycle. `refNoise` is the last healthy half-cycle's noise (mV), if any. */
function scanHalfCycle(
  trace: Trace,
  h: HalfCycleSpan,
  step: TraceStep,
  th: Thresholds,
  refNoise: number | undefined,
  scratch: [Float64Array, Float64Array],
): Scan {
  const v = trace.voltage_V,
    t = trace.time_s;
  const n = h.to - h.from;
  const [a, b] = scratch;
  const plateauFrom = h.from + Math.floor(n / 4);
  // Long half-cycles are sampled evenly for their level: the median of a few thousand samples is as good.
  const stride = Math.ceil((h.to - plateauFrom) / LEVEL_SAMPLES);
  let count = 0;
  for (let i = plateauFrom; i < h.to; i += stride) a[count++] = v[i]!;
  const signed = median(a, count);
  const sign: 1 | -1 = signed < 0 ? -1 : 1;
  count = 0;
  for (let i = plateauFrom; i < h.to; i += stride) a[count++] = Math.abs(v[i]!) * 1000;
  const level = median(a, count);

  const width = Math.max(MIN_WINDOW_SAMPLES, Math.ceil(n / WINDOWS_PER_HALF_CYCLE));
  const duration = t[h.to - 1]! - t[h.from]!;
  const sustain = Math.min(th.collapseTime_s, th.collapseShare * duration);
  const buildUpEnd = t[h.from]! + BUILD_UP_SHARE * duration;
  const noises: number[] = [];
  const windowNoise: { at: number; until: number; noise: number }[] = [];
  let plateau = 0,
    runStart = -1,
    runEnd = -1,
    collapse: Scan["collapse"];
  let creep: number | undefined,
    latest = 0;
  for (let w = h.from; w < h.to; w += width) {
    const end = Math.min(h.to, w + width);
    // Samples of this window against the plateau established before it.
    const below = th.collapseFraction * plateau;
    for (let i = w; i < end && !collapse?.sustained; i++) {
      const magnitude = Math.abs(v[i]!) * 1000;
      if (plateau > 0 && magnitude < below) {
        if (runStart === -1) runStart = i;
        runEnd = i;
        if (t[i]! - t[runStart]! >= sustain && i - runStart >= 2) collapse = { at: runStart, until: i, sustained: true };
      } else if (runStart !== -1) {
        runStart = -1;
      }
    }
    if (end - w < 3) continue;
    for (let i = w; i < end; i++) b[i - w] = v[i]!;
    const m = median(b, end - w) * 1000;
    if (Math.sign(m) === sign && Math.abs(m) > plateau) plateau = Math.abs(m);
    if (w >= plateauFrom && Math.sign(m) === sign) {
      creep ??= Math.abs(m);
      latest = Math.abs(m);
    }
    if (t[w]! >= buildUpEnd) {
      const noise = stepDeviation(v, w, end, a, b);
      noises.push(noise);
      windowNoise.push({ at: w, until: end - 1, noise });
    }
  }
  if (!collapse && runStart !== -1) collapse = { at: runStart, until: runEnd, sustained: false };
  else if (collapse?.sustained) {
    // The evidence runs to the end of the collapse within the half-cycle.
    let i = collapse.until;
    const below = th.collapseFraction * plateau;
    while (i + 1 < h.to && Math.abs(v[i + 1]!) * 1000 < below) i++;
    collapse.until = i;
  }

  noises.sort((x, y) => x - y);
  const ownNoise = noises.length > 0 ? noises[Math.floor((noises.length - 1) / 4)]! : 0;
  const limit = th.noiseFactor * Math.max(refNoise ?? ownNoise, th.noiseFloor_mV);
  const loud = windowNoise.filter((w) => w.noise > limit);
  // Sharp drops of |V| after the build-up, each followed by a recovery (a drop that stays down is a collapse).
  const drops: number[] = [];
  const dropLimit = Math.max(limit, DROP_SHARE * plateau);
  for (let i = h.from + 1; i < h.to; i++) {
    if (t[i]! < buildUpEnd) continue;
    const fall = (Math.abs(v[i - 1]!) - Math.abs(v[i]!)) * 1000;
    if (fall > dropLimit && (drops.length === 0 || i - drops.at(-1)! > 1)) drops.push(i);
  }
  const scan: Scan = {
    report: {
      stepIndex: step.index,
      from: h.from,
      to: h.to,
      start_s: t[h.from]!,
      end_s: t[h.to - 1]!,
      current_mA_cm2: step.current_mA_cm2,
      level_mV: level,
      sign,
      plateau_mV: plateau,
      noise_mV: ownNoise,
    },
  };
  if (creep !== undefined && latest > (1 + th.ohmicTolerance) * creep) scan.creep = { from_mV: creep, to_mV: latest };
  if (collapse) scan.collapse = collapse;
  if (loud.length >= NOISY_WINDOWS)
    scan.noisy = { at: loud[0]!.at, until: loud[NOISY_WINDOWS - 1]!.until, noise_mV: loud[0]!.noise };
  if (drops.length >= SHARP_DROPS) scan.drops = { at: drops[0]!, until: drops[SHARP_DROPS - 1]!, count: drops.length };
  return scan;
}

/** Analyses the half-cycles of a trace in time order, stopping at the first short circuit. */
export function analyseSteps(trace: Trace, steps: readonly TraceStep[], th: Thresholds): Analysis {
  const v = trace.voltage_V,
    t = trace.time_s;
  let longest = MIN_WINDOW_SAMPLES;
  for (const s of steps) for (const h of s.halfCycles) longest = Math.max(longest, h.to - h.from);
  const scratch: [Float64Array, Float64Array] = [new Float64Array(longest), new Float64Array(longest)];
  const analysis: Analysis = { steps: [], halfCycles: [], flags: [] };
  let healthy: HalfCycleReport | undefined;
  /** A collapse still under way when the previous half-cycle ended (first sample), or -1. */
  let carried = -1;
  let firstResistance: number | undefined;

  const fail = (
    kind: Failure["kind"],
    step: TraceStep,
    at: number,
    until: number,
    message: string,
  ): Failure => ({
    kind,
    stepIndex: step.index,
    current_mA_cm2: step.current_mA_cm2,
    time_s: t[at]!,
    voltage_mV: Math.abs(v[at]!) * 1000,
    window: { start_s: t[at]!, end_s: t[until]! },
    message,
  });

  for (const step of steps) {
    const j = step.current_mA_cm2;
    const levels: number[] = [];
    let noise = 0;
    for (const [k, h] of step.halfCycles.entries()) {
      if (h.to - h.from < 3) continue;
      const scan = scanHalfCycle(trace, h, step, th, healthy?.noise_mV, scratch);
      const r = scan.report;
      analysis.halfCycles.push(r);
      if (k === 0) noise = r.noise_mV;
      const floor = Math.max(r.noise_mV, th.noiseFloor_mV);

      if (!healthy && r.plateau_mV < 2 * floor) {
        analysis.failure = fail(
          "start",
          step,
          h.from,
          h.to - 1,
          `From the first half-cycle (${fmt(j)} mA cm⁻²) |V| stays at ${fmt(r.plateau_mV)} mV, within twice the noise of 0 V: the cell looks shorted from the start.`,
        );
        break;
      }
      const expected = healthy ? (healthy.level_mV / healthy.current_mA_cm2) * j : undefined;
      const previous = analysis.halfCycles.at(-2);
      const judged = previous === undefined || r.end_s - r.start_s >= JUDGED_SHARE * (previous.end_s - previous.start_s);
      const events: { time: number; make: () => Failure }[] = [];
      if (expected !== undefined && judged && r.plateau_mV < th.collapseFraction * expected) {
        const at = carried !== -1 ? carried : h.from;
        events.push({
          time: t[at]!,
          make: () =>
            fail(
              "collapse",
              step,
              at,
              h.to - 1,
              `At ${fmt(j)} mA cm⁻² the half-cycle never rose above ${fmt(r.plateau_mV)} mV, below ${fmt(th.collapseFraction)} × the ` +
                `${fmt(expected)} mV that the last healthy half-cycle's V/j predicts: short circuit.`,
            ),
        });
      }
      const c = scan.collapse;
      if (c?.sustained) {
        events.push({
          time: t[c.at]!,
          make: () =>
            fail(
              "collapse",
              step,
              c.at,
              c.until,
              `At ${fmt(j)} mA cm⁻² |V| fell from the ${fmt(r.plateau_mV)} mV plateau this half-cycle had reached to ` +
                `${fmt(Math.abs(v[c.at]!) * 1000)} mV and stayed below ${fmt(th.collapseFraction)} × that plateau for ` +
                `${fmt(t[c.until]! - t[c.at]!)} s: short circuit.`,
            ),
        });
      }
      const noisy = scan.noisy;
      if (noisy) {
        events.push({
          time: t[noisy.at]!,
          make: () =>
            fail(
              "noise",
              step,
              noisy.at,
              noisy.until,
              `At ${fmt(j)} mA cm⁻² the voltage noise rose to ${fmt(noisy.noise_mV)} mV, above ${fmt(th.noiseFactor)} × the ` +
                `${fmt(Math.max(healthy?.noise_mV ?? r.noise_mV, th.noiseFloor_mV))} mV of the last healthy half-cycle, in ` +
                `${NOISY_WINDOWS} stretches without |V| collapsing: soft short circuit.`,
            ),
        });
      }
      const drops = scan.drops;
      if (drops) {
        events.push({
          time: t[drops.at]!,
          make: () =>
            fail(
              "drops",
              step,
              drops.at,
              drops.until,
              `At ${fmt(j)} mA cm⁻² |V| dropped sharply and recovered ${drops.count} times in one half-cycle without ` +
                "staying down: soft short circuit (Na filaments bridging and breaking).",
            ),
        });
      }
      if (events.length > 0) {
        events.sort((x, y) => x.time - y.time);
        analysis.failure = events[0]!.make();
        break;
      }
      if (scan.creep && !analysis.flags.length) {
        analysis.flags.push({
          kind: "contact-loss",
          stepIndex: step.index,
          current_mA_cm2: j,
          time_s: r.start_s,
          message:
            `During a ${fmt(j)} mA cm⁻² half-cycle |V| rises from ${fmt(scan.creep.from_mV)} mV to ${fmt(scan.creep.to_mV)} mV at a ` +
            "constant current: possible loss of contact (voids at the interface).",
        });
      }
      carried = c && !c.sustained && c.until >= h.to - 2 ? c.at : -1;
      healthy = r;
      levels.push(r.level_mV);
    }

    levels.sort((x, y) => x - y);
    const plateau = levels.length > 0 ? levels[(levels.length - 1) >> 1]! : (analysis.halfCycles.at(-1)?.plateau_mV ?? 0);
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
    if (analysis.failure) break;

    firstResistance ??= report.resistance_ohm_cm2;
    if (!analysis.flags.length && report.resistance_ohm_cm2 > (1 + th.ohmicTolerance) * firstResistance) {
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
  }

  const failedAt = analysis.failure?.stepIndex ?? Infinity;
  let ccd: number | undefined;
  for (const s of analysis.steps) if (s.index < failedAt && s.completed) ccd = Math.max(ccd ?? 0, s.current_mA_cm2);
  if (ccd !== undefined) analysis.ccd_mA_cm2 = ccd;
  return analysis;
}
