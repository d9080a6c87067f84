/**
 * Is this trace a symmetric Na | electrolyte | Na cell? In one, V changes sign with the current (plating on
 * one electrode is stripping on the other) and its plateaus are polarizations, tens to hundreds of mV. A full
 * cell or a half-cell (Na against a host or a cathode) keeps one sign and sits at its open-circuit voltage,
 * volts above zero. Neither has a critical current density to find in its trace.
 */
import { median } from "./median.ts";
import type { Trace } from "./trace.ts";
import type { EvidenceWindow } from "../short-detection.ts";
import type { TraceStep } from "../trace-steps.ts";

/** A median plateau above this, in V, is not a polarization but a cell voltage (a full or half cell). */
export const SYMMETRIC_MAX_V = 1;
/** Share of consecutive half-cycles whose voltages change sign, below which the cell is not symmetric. */
export const SIGN_SYMMETRY_SHARE = 0.5;
/** Half-cycles looked at (the opening ones tell, and the check stays fast on long files). */
const CHECKED_HALF_CYCLES = 200;
/** Samples looked at when there are no half-cycles. */
const CHECKED_SAMPLES = 100_000;

export type CellCheck = { symmetric: true } | { symmetric: false; reason: string; window: EvidenceWindow };

const fmt = (x: number) => String(Number(x.toPrecision(3)));

/** Median of the signed voltage over the last three quarters of each half-cycle, in V. */
function halfCycleLevels(trace: Trace, steps: readonly TraceStep[]) {
  const v = trace.voltage_V;
  const levels: { level_V: number; from: number; to: number }[] = [];
  for (const s of steps) {
    for (const h of s.halfCycles) {
      if (levels.length >= CHECKED_HALF_CYCLES) return levels;
      const from = h.from + Math.floor((h.to - h.from) / 4);
      if (h.to - from < 1) continue;
      levels.push({ level_V: median(v.slice(from, h.to), h.to - from), from: h.from, to: h.to });
    }
  }
  return levels;
}

/** Says whether the trace looks like a symmetric cell and, when not, why, with the half-cycle that shows it. */
export function checkSymmetricCell(trace: Trace, steps: readonly TraceStep[]): CellCheck {
  const levels = halfCycleLevels(trace, steps);
  if (levels.length === 0) return checkVoltage(trace);
  const t = trace.time_s;
  const highest = levels.reduce((a, b) => (Math.abs(b.level_V) > Math.abs(a.level_V) ? b : a));
  const window = { start_s: t[highest.from]!, end_s: t[highest.to - 1]! };
  const magnitudes = levels.map((l) => Math.abs(l.level_V)).sort((a, b) => a - b);
  const typical = magnitudes[(magnitudes.length - 1) >> 1]!;
  if (typical > SYMMETRIC_MAX_V) {
    return {
      symmetric: false,
      window,
      reason:
        `Its half-cycles sit at a median |V| of ${fmt(typical)} V, above the ${SYMMETRIC_MAX_V} V that a Na | Na cell's polarization ` +
        "stays below: this is a full cell or a half-cell, so no short circuit or CCD is read from it.",
    };
  }
  if (levels.length >= 2) {
    let flips = 0;
    for (let k = 1; k < levels.length; k++) if (Math.sign(levels[k]!.level_V) !== Math.sign(levels[k - 1]!.level_V)) flips++;
    if (flips / (levels.length - 1) < SIGN_SYMMETRY_SHARE) {
      return {
        symmetric: false,
        window,
        reason:
          `Its voltage changes sign in only ${flips} of ${levels.length - 1} reversals of the current, where plating and ` +
          "stripping in Na | Na flip it every time: this is a full cell or a half-cell, so no short circuit or CCD is read from it.",
      };
    }
  }
  return { symmetric: true };
}

/**
 * The check for a trace that could not be split into half-cycles (a rest, a constant-voltage hold, a current
 * that never settles): only its voltage can tell, from the median |V| of up to CHECKED_SAMPLES samples.
 */
export function checkVoltage(trace: Trace): CellCheck {
  const v = trace.voltage_V,
    t = trace.time_s;
  const n = v.length;
  if (n === 0) return { symmetric: true };
  const stride = Math.ceil(n / CHECKED_SAMPLES);
  const sample = new Float64Array(Math.ceil(n / stride));
  let count = 0;
  for (let i = 0; i < n; i += stride) sample[count++] = Math.abs(v[i]!);
  const typical = median(sample, count);
  if (typical <= SYMMETRIC_MAX_V) return { symmetric: true };
  return {
    symmetric: false,
    window: { start_s: t[0]!, end_s: t[n - 1]! },
    reason:
      `Its voltage sits at a median |V| of ${fmt(typical)} V, above the ${SYMMETRIC_MAX_V} V that a Na | Na cell's polarization ` +
      "stays below: this is a full cell or a half-cell, so no short circuit or CCD is read from it.",
  };
}
