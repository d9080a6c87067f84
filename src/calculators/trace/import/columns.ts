/**
 * Which columns of a header hold time, voltage, current and the instrument's state, and in which units,
 * judged from the names cyclers give them ("time/s", "Test_Time(s)", "Volts", "Current [A]", "Step Type").
 */
import { timeKind } from "./cells.ts";
import type { CurrentUnit, TimeUnit, VoltageUnit } from "./units.ts";

/** The columns a trace is read from (indices into the header; -1 when absent) and their units. */
export interface ColumnMapping {
  time: number;
  timeUnit: TimeUnit;
  voltage: number;
  voltageUnit: VoltageUnit;
  /** -1: the file gives no current. */
  current: number;
  currentUnit: CurrentUnit;
  /** A state or step-type column (charge, discharge, rest); -1 when absent. */
  state: number;
}

/** Most specific first: a total time beats a step time that resets at each step. */
const TIME = [
  /^time_s$/i,
  /^time_h$/i,
  /^test[ _]?time\b/i,
  /^test \((sec|s)\)$/i,
  /^total[ _]?time\b/i,
  /^cumulative[ _]?time\b/i,
  /^run[ _]?time\b/i,
  /^time\s*\/\s*(s|h|min)$/i,
  /^time\b(?![ _]?stamp)/i,
];
const VOLTAGE = [
  /^voltage_v$/i,
  /^<?(ewe|ecell|ewe-ece)>?\s*\/\s*m?v>?$/i,
  /^<ewe\/v>$/i,
  /^volts?$/i,
  /^voltage\b/i,
  /^potential\b/i,
  /^u\s*\(v\)$/i,
];
const CURRENT = [
  /^current_ma_cm2$/i,
  /^<?i>?\s*\/\s*(a|ma|µa|ua)$/i,
  /^m?amps?$/i,
  /^current\b/i,
  /^control\s*\/\s*(ma|a)$/i,
];
const STATE = [/^state$/i, /^md$/i, /^step[ _]?type\b/i, /^mode$/i];

const find = (names: readonly string[], patterns: RegExp[]) => {
  for (const p of patterns) {
    const i = names.findIndex((n) => p.test(n));
    if (i !== -1) return i;
  }
  return -1;
};

/** The time unit a column name states, if any. */
export function timeUnitOf(name: string): TimeUnit | undefined {
  if (/^time_h$/i.test(name) || /[(/[]\s*(h|hr|hours?)\s*[)\]]?$/i.test(name)) return "h";
  if (/[(/[]\s*min\s*[)\]]?$/i.test(name)) return "min";
  if (/^time_s$/i.test(name) || /[(/[]\s*(s|sec|seconds?)\s*[)\]]?$/i.test(name)) return "s";
  return undefined;
}

export function voltageUnitOf(name: string): VoltageUnit | undefined {
  if (/mv\b|\bmV\)?$/i.test(name.replace(/^voltage_v$/i, ""))) return "mV";
  if (/\bv\b|\/v>?$|\(v\)|\[v\]|^volts?$/i.test(name) || /^voltage_v$/i.test(name)) return "V";
  return undefined;
}

export function currentUnitOf(name: string): CurrentUnit | undefined {
  if (/^current_ma_cm2$/i.test(name) || /ma\s*(\/|\s)\s*cm(2|²|\^2)|ma\s*cm-?2|ma\s*cm⁻²/i.test(name)) return "mA_cm2";
  if (/(µ|u)a\b/i.test(name)) return "uA";
  if (/ma\b|^mamps?$/i.test(name)) return "mA";
  if (/\ba\b|^amps?$/i.test(name)) return "A";
  return undefined;
}

/** Defaults a format supplies for columns whose names carry no unit. */
export interface UnitDefaults {
  timeUnit?: TimeUnit;
  voltageUnit?: VoltageUnit;
  currentUnit?: CurrentUnit;
}

/**
 * The mapping the names suggest, or undefined without both a time and a voltage column. Time units come
 * from the name, else from `sample` (a first data row: a clock or a date shows itself), else the defaults.
 */
export function guessMapping(
  names: readonly string[],
  sample: (index: number) => string | undefined,
  defaults: UnitDefaults = {},
): ColumnMapping | undefined {
  const time = find(names, TIME);
  const voltage = find(names, VOLTAGE);
  if (time === -1 || voltage === -1 || time === voltage) return undefined;
  const current = find(names, CURRENT);
  return {
    time,
    timeUnit: timeUnitFor(names[time]!, sample(time), defaults.timeUnit),
    voltage,
    voltageUnit: voltageUnitOf(names[voltage]!) ?? defaults.voltageUnit ?? "V",
    current,
    currentUnit: current === -1 ? "mA" : (currentUnitOf(names[current]!) ?? defaults.currentUnit ?? "A"),
    state: find(names, STATE),
  };
}


function timeUnitFor(name: string, cell: string | undefined, fallback: TimeUnit | undefined): TimeUnit {
  const kind = cell === undefined ? "unknown" : timeKind(cell.trim());
  if (kind === "datetime" || kind === "hms") return kind;
  return timeUnitOf(name) ?? (fallback === "hms" || fallback === "datetime" ? "s" : fallback) ?? "s";
}

/** What a state cell says: +1 charge, -1 discharge, 0 rest, NaN nothing about the current's sign. */
export type StateReader = (cell: string) => number;

/** Text states: Maccor's C/D/R, Neware's CC_Chg/CC_DChg/Rest, the BDF's charge/discharge/rest. */
export const textState: StateReader = (cell) => {
  const s = cell.trim().toLowerCase();
  if (s === "r" || s === "rest" || s === "ocv" || s === "pause" || s === "open circuit") return 0;
  if (s === "d" || /d(is)?\.?\s*_?chg|discharge/.test(s)) return -1;
  if (s === "c" || /chg|charge/.test(s)) return 1;
  return NaN;
};

/** A numeric code for rest (EC-Lab's mode 3, Novonix's step type 0); other codes leave the sign alone. */
export const restCode =
  (rest: number): StateReader =>
  (cell) =>
    Number(cell) === rest ? 0 : NaN;
