/**
 * The units a worked problem's answer may be given in, grouped by what they measure, with each unit's
 * factor to its group's base unit (the unit the calculators use). Students type units in many ways
 * ("µm", "um", "mJ/m2", "mJ m^-2", "mN m⁻¹"); `readUnit` reduces every spelling to one key first.
 */

/** What a unit measures; a student's unit must measure the same thing as the problem's. */
export type Dimension =
  | "length"
  | "voltage"
  | "time"
  | "surface energy"
  | "specific energy"
  | "energy density"
  | "angle"
  | "current density"
  | "areal capacity"
  | "percentage"
  | "pressure";

export interface Unit {
  /** How the site prints the unit: "µm", "mJ m⁻²". */
  symbol: string;
  dimension: Dimension;
  /** Value of 1 of this unit in the dimension's base unit (µm, mV, s, mJ m⁻², Wh kg⁻¹, Wh L⁻¹, °, mA cm⁻², mAh cm⁻², %, kPa). */
  factor: number;
  /** Offered in messages ("give the answer in µm or mm"). */
  suggest?: boolean;
  /** Other spellings, written as `unitKey` reduces them ("um", "mJ m-2"). */
  aliases?: readonly string[];
}

const u = (symbol: string, dimension: Dimension, factor: number, aliases: readonly string[] = [], suggest = false): Unit => ({
  symbol,
  dimension,
  factor,
  aliases,
  suggest,
});

export const units: readonly Unit[] = [
  u("µm", "length", 1, ["micron", "microns", "micrometre", "micrometres", "micrometer", "micrometers"], true),
  u("mm", "length", 1e3, [], true),
  u("nm", "length", 1e-3, [], true),
  u("cm", "length", 1e4),
  u("m", "length", 1e6),
  u("mV", "voltage", 1, [], true),
  u("V", "voltage", 1e3, [], true),
  u("µV", "voltage", 1e-3),
  u("s", "time", 1, ["sec", "second", "seconds"], true),
  u("min", "time", 60, ["minute", "minutes", "mins"], true),
  u("h", "time", 3600, ["hr", "hrs", "hour", "hours"], true),
  u("d", "time", 86400, ["day", "days"]),
  u("mJ m⁻²", "surface energy", 1, [], true),
  u("mN m⁻¹", "surface energy", 1, ["dyn cm-1"], true),
  u("J m⁻²", "surface energy", 1e3, ["N m-1"]),
  u("Wh kg⁻¹", "specific energy", 1, ["mWh g-1"], true),
  u("kWh kg⁻¹", "specific energy", 1e3),
  u("Wh L⁻¹", "energy density", 1, ["mWh cm-3", "Wh dm-3"], true),
  u("kWh L⁻¹", "energy density", 1e3),
  u("°", "angle", 1, ["deg", "degree", "degrees"], true),
  u("rad", "angle", 180 / Math.PI, ["radian", "radians"]),
  u("mA cm⁻²", "current density", 1, [], true),
  u("A cm⁻²", "current density", 1e3),
  u("µA cm⁻²", "current density", 1e-3),
  u("A m⁻²", "current density", 0.1),
  u("mAh cm⁻²", "areal capacity", 1, [], true),
  u("Ah cm⁻²", "areal capacity", 1e3),
  u("µAh cm⁻²", "areal capacity", 1e-3),
  u("%", "percentage", 1, ["percent", "pct"], true),
  u("kPa", "pressure", 1, [], true),
  u("Pa", "pressure", 1e-3, ["N m-2"], true),
  u("MPa", "pressure", 1e3),
  u("bar", "pressure", 100),
];

const SUPERSCRIPTS: Record<string, string> = {
  "⁻": "-", "⁺": "+", "⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9",
};

/**
 * Reduces a spelling of a unit to a key: micro signs become "u", exponents are written after the symbol
 * ("m-2"), a slash turns what follows into negative powers, and factors are separated by one space:
 * "mJ/m²", "mJ m^-2", "mJ·m⁻²" → "mJ m-2". Returns undefined for text that is not a product of symbols.
 */
export function unitKey(text: string): string | undefined {
  const plain = text
    .trim()
    .replace(/[µμ]/g, "u")
    .replace(/[⁻⁺⁰¹²³⁴⁵⁶⁷⁸⁹]/g, (c) => SUPERSCRIPTS[c]!)
    .replace(/−/g, "-")
    .replace(/\^/g, "")
    .replace(/[·⋅*]/g, " ");
  if (plain === "") return "";
  const [numerator = "", ...denominators] = plain.split("/");
  const factors: string[] = [];
  const add = (part: string, sign: 1 | -1): boolean => {
    for (const token of part.trim().split(/\s+/).filter(Boolean)) {
      const m = /^([A-Za-z°%]+)(-?\d+)?$/.exec(token);
      if (!m) return false;
      const power = sign * Number(m[2] ?? 1);
      factors.push(power === 1 ? m[1]! : `${m[1]}${power}`);
    }
    return true;
  };
  if (!add(numerator, 1)) return undefined;
  for (const d of denominators) {
    if (d.trim() === "" || !add(d, -1)) return undefined;
  }
  return factors.join(" ");
}

const byKey = new Map<string, Unit>();
for (const unit of units) {
  for (const spelling of [unit.symbol, ...(unit.aliases ?? [])]) byKey.set(unitKey(spelling)!, unit);
}
// Lower-case spellings ("mv", "wh/kg") are accepted when they can mean only one unit.
const byLowerKey = new Map<string, Unit | null>();
for (const [key, unit] of byKey) {
  const lower = key.toLowerCase();
  const seen = byLowerKey.get(lower);
  byLowerKey.set(lower, seen === undefined || seen === unit ? unit : null);
}

/** The unit a student's text names, or undefined when it names none of ours. */
export function readUnit(text: string): Unit | undefined {
  const key = unitKey(text);
  if (key === undefined || key === "") return undefined;
  return byKey.get(key) ?? byLowerKey.get(key.toLowerCase()) ?? undefined;
}

/** The unit printed as `symbol`; throws when the site has no such unit (a problem names a unit we lack). */
export function unitBySymbol(symbol: string): Unit {
  const unit = units.find((x) => x.symbol === symbol);
  if (!unit) throw new Error(`Unknown unit "${symbol}": use one of ${units.map((x) => x.symbol).join(", ")}.`);
  return unit;
}

/** Converts `value` from one unit to another of the same dimension. */
export function convert(value: number, from: Unit, to: Unit): number {
  if (from.dimension !== to.dimension) throw new Error(`Cannot convert ${from.symbol} to ${to.symbol}.`);
  return from === to ? value : (value * from.factor) / to.factor;
}

/** "µm, mm or nm": the units a message offers for a dimension. */
export function suggestedUnits(dimension: Dimension): string {
  const symbols = units.filter((x) => x.dimension === dimension && x.suggest).map((x) => x.symbol);
  return symbols.length === 1 ? symbols[0]! : `${symbols.slice(0, -1).join(", ")} or ${symbols.at(-1)}`;
}
