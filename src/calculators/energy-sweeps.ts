/**
 * Specific energy as one input varies and the others stay put: the curves behind the N/P and host-mass
 * charts. Every point is the model itself (compute), so the charts cannot drift from the calculator.
 */
import { propagate } from "./uncertainty";
import {
  compute, defaultPackaging, fields, readDesign, type EnergyInput, type EnergyOutput, type PackagingMode,
} from "./energy-density";

export interface SweepPoint {
  /** The swept input's value, in its unit. */
  x: number;
  /** The output's value, in its unit. */
  y: number;
}

export interface Sweep {
  input: EnergyInput;
  output: EnergyOutput;
  /** Points the model could compute, in increasing x. */
  points: SweepPoint[];
  /** The reader's own design, when its value of the input and its output are both valid. */
  current?: SweepPoint;
  /** The Na-ion reference cell's value of the output, which the swept input does not change. */
  naIon?: number;
  /** y ± one standard uncertainty along the curve, when some other input carries one (coarser than `points`). */
  band?: { x: number; lo: number; hi: number }[];
}

/** Points of an uncertainty band: enough for a smooth edge, few enough to recompute as the reader types. */
export const BAND_POINTS = 26;

/**
 * y ± u(y) at `BAND_POINTS` values of the swept input, u propagated to first order from every other uncertain
 * input (the swept one is the axis, so its own uncertainty does not count).
 */
export function sweepBand(
  values: Partial<Record<EnergyInput, number>>,
  uncertainties: Partial<Record<EnergyInput, number>>,
  input: EnergyInput,
  xs: readonly number[],
  output: EnergyOutput,
  packaging: PackagingMode,
): { x: number; lo: number; hi: number }[] {
  const others = Object.fromEntries(Object.entries(uncertainties).filter(([n, u]) => n !== input && typeof u === "number" && u > 0)) as Record<string, number>;
  if (Object.keys(others).length === 0) return [];
  const f = (v: Record<string, number>) => ({ y: compute(v, packaging).outputs[output] as number | undefined });
  const band: { x: number; lo: number; hi: number }[] = [];
  for (const x of xs) {
    const at = { ...values, [input]: x } as Record<string, number>;
    const y = f(at).y;
    const u = propagate(f, at, others).y;
    if (typeof y === "number" && u !== undefined) band.push({ x, lo: Math.max(0, y - u), hi: y + u });
  }
  return band;
}

/** The Na-ion reference's counterpart of each output a sweep may draw. */
const naIonOf: Partial<Record<EnergyOutput, EnergyOutput>> = {
  specificEnergy_Wh_kg: "naIonSpecificEnergy_Wh_kg",
  chargedEnergyDensity_Wh_L: "naIonEnergyDensity_Wh_L",
};

/** `count` evenly spaced values from `from` to `to`, both included (count ≥ 2). */
export function linspace(from: number, to: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => from + ((to - from) * i) / (count - 1));
}

/** The output at each value of `input` in `xs`, every other input as in `values`. */
export function sweep(
  values: Partial<Record<EnergyInput, number>>,
  input: EnergyInput,
  xs: readonly number[],
  output: EnergyOutput = "specificEnergy_Wh_kg",
  packaging: PackagingMode = defaultPackaging,
): Sweep {
  const points: SweepPoint[] = [];
  for (const x of xs) {
    const y = compute({ ...values, [input]: x }, packaging).outputs[output];
    if (typeof y === "number") points.push({ x, y });
  }
  const result: Sweep = { input, output, points };
  const outcome = compute(values, packaging);
  const y = outcome.outputs[output];
  const x = values[input];
  if (typeof y === "number" && x !== undefined && Number.isFinite(x)) result.current = { x, y };
  const naIon = naIonOf[output] && outcome.outputs[naIonOf[output]];
  if (typeof naIon === "number") result.naIon = naIon;
  return result;
}

/** Upper end of the N/P axis; N/P runs from 0 (anode-free) to this. */
export const NP_SWEEP_MAX = 10;
/** Upper end of the host-mass axis unless the design's own host is heavier than half of it, in mg cm⁻². */
export const HOST_SWEEP_MAX_mg_cm2 = 10;

/** Cell specific energy (Wh kg⁻¹) against N/P from 0 to 10. */
export function npRatioSweep(
  values: Partial<Record<EnergyInput, number>>, count = 101, packaging: PackagingMode = defaultPackaging,
  uncertainties: Partial<Record<EnergyInput, number>> = {},
): Sweep {
  const result = sweep(values, "npRatio", linspace(0, NP_SWEEP_MAX, count), "specificEnergy_Wh_kg", packaging);
  const band = sweepBand(values, uncertainties, "npRatio", linspace(0, NP_SWEEP_MAX, BAND_POINTS), "specificEnergy_Wh_kg", packaging);
  return band.length > 0 ? { ...result, band } : result;
}

/**
 * Cell specific energy (Wh kg⁻¹) against host areal mass, from 0 to 10 mg cm⁻², or to twice the design's
 * own host mass when that is heavier (never past the field's maximum).
 */
export function hostMassSweep(
  values: Partial<Record<EnergyInput, number>>, count = 101, packaging: PackagingMode = defaultPackaging,
  uncertainties: Partial<Record<EnergyInput, number>> = {},
): Sweep {
  const own = readDesign(values).design.hostMass_mg_cm2 ?? 0;
  const max = Math.min(fields.hostMass_mg_cm2.max, Math.max(HOST_SWEEP_MAX_mg_cm2, 2 * own));
  const result = sweep(values, "hostMass_mg_cm2", linspace(0, max, count), "specificEnergy_Wh_kg", packaging);
  const band = sweepBand(values, uncertainties, "hostMass_mg_cm2", linspace(0, max, BAND_POINTS), "specificEnergy_Wh_kg", packaging);
  return band.length > 0 ? { ...result, band } : result;
}
