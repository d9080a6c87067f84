/**
 * Numbers the chapters state that follow from constants (src/calculators/constants.ts), computed here so
 * that the prose cannot drift from the code. Rendered by <Value of="…" />; each carries its unit.
 */
import {
  NA_DENSITY_g_cm3,
  NA_MELTING_POINT_C,
  NA_SPECIFIC_CAPACITY_mAh_g,
  NA_THICKNESS_um_per_mAh_cm2,
} from "../calculators/constants.ts";
import { naSurfaceTension_mN_m } from "../calculators/surface-tension.ts";

export interface StatedValue {
  /** The number, in `unit`. */
  value: number;
  /** Unit as printed after the number ("" for none). */
  unit: string;
  /** Significant figures to print. */
  sig: number;
  /** Where the number comes from, for the tooltip. */
  source: string;
}

function surfaceTension(temperature_C: number): number {
  const reading = naSurfaceTension_mN_m(temperature_C);
  if (!reading.ok) throw new Error(`No Na surface tension at ${temperature_C} °C.`);
  return reading.value;
}

export const STATED_VALUES = {
  naMeltingPoint: { value: NA_MELTING_POINT_C, unit: "°C", sig: 2, source: "melting point of Na, CRC Handbook (constants.ts)" },
  naSpecificCapacity: { value: NA_SPECIFIC_CAPACITY_mAh_g, unit: "mAh g⁻¹", sig: 4, source: "F / (3.6 M(Na)), constants.ts" },
  naThicknessPerCapacity: { value: NA_THICKNESS_um_per_mAh_cm2, unit: "µm", sig: 2, source: "1 / (capacity × density of Na), constants.ts" },
  naMassPerCapacity: { value: 1000 / NA_SPECIFIC_CAPACITY_mAh_g, unit: "mg cm⁻²", sig: 2, source: "1 / specific capacity of Na, constants.ts" },
  naDensity: { value: NA_DENSITY_g_cm3, unit: "g cm⁻³", sig: 3, source: "density of solid Na, CRC Handbook (constants.ts)" },
  naSurfaceTensionAtMelting: { value: surfaceTension(100), unit: "mN m⁻¹", sig: 2, source: "Fink & Leibowitz correlation at 100 °C (constants.ts)" },
  naSurfaceTensionAt250C: { value: surfaceTension(250), unit: "mN m⁻¹", sig: 3, source: "Fink & Leibowitz correlation at 250 °C (constants.ts)" },
} satisfies Record<string, StatedValue>;

export type StatedValueName = keyof typeof STATED_VALUES;

/** The number with its unit, to `sig` significant figures (or `sig` given by the caller), e.g. "8.9 µm". */
export function formatStatedValue(name: StatedValueName, sig?: number): string {
  const v: StatedValue = STATED_VALUES[name];
  if (!v) throw new Error(`<Value of="${name}">: no such value in src/lib/values.ts.`);
  const digits = sig ?? v.sig;
  const magnitude = Math.floor(Math.log10(Math.abs(v.value)));
  const decimals = Math.max(0, digits - 1 - magnitude);
  const rounded = Number(v.value.toPrecision(digits));
  const text = rounded.toFixed(decimals);
  return v.unit ? `${text} ${v.unit}` : text;
}
