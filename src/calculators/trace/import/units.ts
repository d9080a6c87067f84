/**
 * Units a cycler export writes its columns in, and their factors to the trace's units (s, V, mA). The menus
 * of the analyser offer exactly these.
 */

/** How a time column is written: a number in s, min or h; a clock "[Nd ]hh:mm:ss[.s]"; or a date and time. */
export type TimeUnit = "s" | "min" | "h" | "hms" | "datetime";
export type VoltageUnit = "V" | "mV";
/** "mA_cm2" is a current density already, needing no electrode area. */
export type CurrentUnit = "A" | "mA" | "uA" | "mA_cm2";

export const timeUnits: readonly TimeUnit[] = ["s", "min", "h", "hms", "datetime"];
export const voltageUnits: readonly VoltageUnit[] = ["V", "mV"];
export const currentUnits: readonly CurrentUnit[] = ["A", "mA", "uA", "mA_cm2"];

export const unitLabels: Record<TimeUnit | VoltageUnit | CurrentUnit, string> = {
  s: "s",
  min: "min",
  h: "h",
  hms: "hh:mm:ss",
  datetime: "date-time",
  V: "V",
  mV: "mV",
  A: "A",
  mA: "mA",
  uA: "µA",
  mA_cm2: "mA cm⁻²",
};

/** Seconds per unit of a numeric time column. */
export const SECONDS_PER: Record<"s" | "min" | "h", number> = { s: 1, min: 60, h: 3600 };
/** Volts per unit. */
export const VOLTS_PER: Record<VoltageUnit, number> = { V: 1, mV: 1e-3 };
/** Milliamperes per unit (a density passes through unchanged, then needs no area). */
export const MILLIAMPS_PER: Record<CurrentUnit, number> = { A: 1e3, mA: 1, uA: 1e-3, mA_cm2: 1 };

export const isTimeUnit = (u: unknown): u is TimeUnit => timeUnits.includes(u as TimeUnit);
export const isVoltageUnit = (u: unknown): u is VoltageUnit => voltageUnits.includes(u as VoltageUnit);
export const isCurrentUnit = (u: unknown): u is CurrentUnit => currentUnits.includes(u as CurrentUnit);
