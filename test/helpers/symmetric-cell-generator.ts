/**
 * Realistic synthetic traces of a symmetric Na | electrolyte | Na cell, with the truth that made them, for
 * testing the analyser against what real cyclers export. Model, per sample (times in s, j in mA cm⁻²,
 * resistances in Ω cm², so j·R is in mV):
 *
 *   V = j·R_ohm·(1 + rise·s) + η_ct + noise,   τ dη_ct/dt = j·R_ct·(1 + rise·s) − η_ct
 *
 * with s the share of the half-cycle elapsed (a slow rise of the polarization through each half-cycle) and
 * j = 0 in rests, where η_ct relaxes. The charge-transfer part takes τ to build up after every reversal, so
 * |V| passes through zero. The recorded current carries a relative readback noise, the voltage a Gaussian one.
 * A hard short makes the cell a small resistor from a chosen moment; a soft short adds sharp drops of |V|,
 * each one sample long, at random from a chosen moment.
 */
import type { Trace } from "../../src/calculators/trace/trace.ts";
import { uniform } from "../../src/calculators/synthetic-trace.ts";

export interface CellModel {
  /** Total polarization at 1 mA cm⁻², R_ohm + R_ct, in Ω cm² (so mV per mA cm⁻²). */
  resistance_ohm_cm2: number;
  /** Share of the resistance that is charge transfer (relaxing with τ), 0…1. */
  nonOhmicShare: number;
  /** Relaxation time of the charge-transfer part, in s. */
  tau_s: number;
  /** Relative rise of the polarization from the start to the end of a half-cycle. */
  rise: number;
  /** Standard deviation of the voltage noise, in mV. */
  voltageNoise_mV: number;
  /** Relative standard deviation of the recorded current. */
  currentNoise: number;
  /** Interval between samples, in s. */
  samplePeriod_s: number;
  seed: number;
}

/** A half-cycle (j signed, in mA cm⁻²) or a rest (j = 0), lasting `duration_s`. */
export interface Segment {
  current_mA_cm2: number;
  duration_s: number;
  /** Step the half-cycle belongs to (for the truth), from 0. */
  step: number;
}

export interface Fault {
  kind: "hard" | "soft";
  /** Time from the first sample, in s. */
  at_s: number;
}

export const realisticCell: CellModel = {
  resistance_ohm_cm2: 300,
  nonOhmicShare: 0.5,
  tau_s: 30,
  rise: 0.06,
  voltageNoise_mV: 0.5,
  currentNoise: 0.015,
  samplePeriod_s: 5,
  seed: 7,
};

/** A CCD staircase: `cycles` plating/stripping cycles per step, fixed capacity per half-cycle, optional rests. */
export function staircase(
  currents_mA_cm2: readonly number[],
  capacity_mAh_cm2: number,
  rest_s: number,
  cycles = 1,
): Segment[] {
  const out: Segment[] = [];
  currents_mA_cm2.forEach((j, step) => {
    for (let k = 0; k < 2 * cycles; k++) {
      out.push({ current_mA_cm2: k % 2 === 0 ? j : -j, duration_s: (capacity_mAh_cm2 / j) * 3600, step });
      if (rest_s > 0) out.push({ current_mA_cm2: 0, duration_s: rest_s, step });
    }
  });
  return out;
}

/** Constant-current cycling for `hours`, half-cycles of `halfCycle_h`, optional rests. */
export function cycling(j_mA_cm2: number, halfCycle_h: number, hours: number, rest_s: number): Segment[] {
  const out: Segment[] = [];
  let total = 0;
  for (let k = 0; total < hours * 3600; k++) {
    out.push({ current_mA_cm2: k % 2 === 0 ? j_mA_cm2 : -j_mA_cm2, duration_s: halfCycle_h * 3600, step: 0 });
    total += halfCycle_h * 3600;
    if (rest_s > 0) {
      out.push({ current_mA_cm2: 0, duration_s: rest_s, step: 0 });
      total += rest_s;
    }
  }
  return out;
}

/** Start of the `index`-th half-cycle (rests skipped) of a programme, plus `share` of it, in s. */
export function timeInHalfCycle(segments: readonly Segment[], index: number, share: number): number {
  let t = 0,
    k = 0;
  for (const s of segments) {
    if (s.current_mA_cm2 !== 0) {
      if (k === index) return t + share * s.duration_s;
      k++;
    }
    t += s.duration_s;
  }
  throw new Error(`no half-cycle ${index}`);
}

/** Index of the first half-cycle of step `step`. */
export function firstHalfCycleOf(segments: readonly Segment[], step: number): number {
  return segments.filter((s) => s.current_mA_cm2 !== 0).findIndex((s) => s.step === step);
}

/**
 * Samples the programme with the cell model. The recorded current is signed; `rest` flags the rests (as an
 * instrument's state column would) when `flags` is set.
 */
export function generate(segments: readonly Segment[], cell: CellModel, fault?: Fault, flags = false): Trace {
  const dt = cell.samplePeriod_s;
  const total = segments.reduce((a, s) => a + s.duration_s, 0);
  const n = Math.floor(total / dt - 1e-9) + 1;
  const time_s = new Float64Array(n),
    voltage_V = new Float64Array(n),
    current_mA_cm2 = new Float64Array(n),
    rest = new Uint8Array(n);
  const random = uniform(cell.seed);
  const gauss = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const rOhm = cell.resistance_ohm_cm2 * (1 - cell.nonOhmicShare);
  const rCt = cell.resistance_ohm_cm2 * cell.nonOhmicShare;
  let eta = 0,
    clock = 0,
    seg = 0,
    segStart = 0;
  // Advances η_ct exactly from `clock` to `to` (s), segment by segment.
  const advance = (to: number) => {
    while (clock < to) {
      const s = segments[seg]!;
      const segEnd = segStart + s.duration_s;
      const until = Math.min(to, segEnd);
      const share = (until - segStart) / s.duration_s;
      const target = s.current_mA_cm2 * rCt * (1 + cell.rise * share);
      eta = target + (eta - target) * Math.exp(-(until - clock) / cell.tau_s);
      clock = until;
      if (clock >= segEnd - 1e-9 && seg < segments.length - 1) {
        segStart = segEnd;
        seg++;
      } else if (clock >= segEnd - 1e-9) break;
    }
  };
  for (let i = 0; i < n; i++) {
    const t = i * dt;
    advance(t);
    const s = segments[seg]!;
    const share = Math.min(1, (t - segStart) / s.duration_s);
    const j = s.current_mA_cm2;
    let v_mV = j * rOhm * (1 + cell.rise * share) + eta;
    if (fault && t >= fault.at_s && j !== 0) {
      if (fault.kind === "hard") v_mV = j * 2;
      else if (random() < 0.08) v_mV *= 0.2 + 0.3 * random();
    }
    time_s[i] = t;
    voltage_V[i] = (v_mV + cell.voltageNoise_mV * gauss()) / 1000;
    current_mA_cm2[i] = j === 0 ? 1e-5 * gauss() : j * (1 + cell.currentNoise * gauss());
    rest[i] = j === 0 ? 1 : 0;
  }
  return { time_s, voltage_V, current_mA_cm2, ...(flags ? { rest } : {}) };
}

/** The plateau the analyser should report for a half-cycle at j, in mV: the polarization mid-way through it. */
export function truePlateau_mV(cell: CellModel, j_mA_cm2: number): number {
  return Math.abs(j_mA_cm2) * cell.resistance_ohm_cm2 * (1 + cell.rise / 2);
}
