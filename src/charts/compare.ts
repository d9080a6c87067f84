/**
 * "Compare your result": a reader's own cell, entered with the same fields as a table's columns and
 * kept only in the page's URL (`?my1_resistance_ohm_cm2=50&my1_ccd_mA_cm2=1.5`, `my2_…` for Table 2) so
 * a link shares it. Every field is optional; what is typed is read with src/calculators/fields.ts, so a
 * bad value becomes a message for its field and never reaches a chart.
 */
import { cumulativeCapacity_mAh_cm2 } from "../calculators/plating.ts";
import { readNumber, type NumberField } from "../calculators/fields.ts";
import { readQuery } from "../calculators/query.ts";
import type { CellValue } from "./points.ts";
import { TABLE1_SERIES } from "./table1-charts.ts";

export type CompareTable = 1 | 2;

/** A numeric field of the reader's cell and the chart column it fills. */
export interface CompareField {
  /** Column key in the charts' data, e.g. "ccd_mA_cm2". */
  column: string;
  field: NumberField;
}

/** A field with a fixed set of values (Table 1's electrolyte family). */
export interface CompareChoice {
  column: string;
  name: string;
  label: string;
  options: readonly { value: string; label: string }[];
}

const num = (name: string, label: string, unit: string, example: number, extra: Partial<NumberField> = {}): NumberField => ({
  name,
  label,
  unit,
  default: example,
  min: 0,
  minExclusive: true,
  ...extra,
});

/** Numeric fields per table, in form order. Bounds keep a typo from stretching an axis over decades. */
export const COMPARE_FIELDS: Record<CompareTable, readonly CompareField[]> = {
  1: [
    { column: "interfacialResistance_ohm_cm2", field: num("my1_resistance_ohm_cm2", "Interfacial resistance", "Ω cm²", 50, { max: 1e5 }) },
    { column: "ccd_mA_cm2", field: num("my1_ccd_mA_cm2", "Critical current density", "mA cm⁻²", 1.5, { max: 100 }) },
    {
      column: "testingTemperature_C",
      field: num("my1_temperature_C", "Testing temperature", "°C", 25, { min: -100, minExclusive: false, max: 400 }),
    },
  ],
  2: [
    { column: "currentDensity_mA_cm2", field: num("my2_current_mA_cm2", "Current density", "mA cm⁻²", 3, { max: 1000 }) },
    { column: "arealCapacity_mAh_cm2", field: num("my2_capacity_mAh_cm2", "Areal capacity", "mAh cm⁻²", 3, { max: 1000 }) },
    { column: "overpotential_mV", field: num("my2_overpotential_mV", "Overpotential", "mV", 30, { max: 10000 }) },
    { column: "cycleLife_h", field: num("my2_cycle_life_h", "Cycle life", "h", 500, { max: 1e6 }) },
  ],
};

/** Choice fields per table. */
export const COMPARE_CHOICES: Record<CompareTable, readonly CompareChoice[]> = {
  1: [
    {
      column: "electrolyteFamily",
      name: "my1_family",
      label: "Electrolyte family",
      options: TABLE1_SERIES.map((s) => ({ value: s.key, label: s.label })),
    },
  ],
  2: [],
};

/** URL names of a table's fields, in form order: the order a shared link lists them. */
export function compareNames(table: CompareTable): string[] {
  return [...COMPARE_FIELDS[table].map((f) => f.field.name), ...COMPARE_CHOICES[table].map((c) => c.name)];
}

export interface CompareReading {
  /** Text of each field as typed or carried by the link, by URL name. */
  raw: Record<string, string>;
  /** Messages for fields that hold text that is not a usable value, by URL name. */
  errors: Record<string, string>;
  /** The valid values by column key, plus derived ones; null when no field holds a valid value. */
  cell: Record<string, CellValue> | null;
}

/** Reads the raw text of a table's fields: empty fields are simply absent; others are valid or get a message. */
export function readCompareFields(table: CompareTable, raw: Record<string, string>): CompareReading {
  const errors: Record<string, string> = {};
  const cell: Record<string, CellValue> = {};
  for (const { column, field } of COMPARE_FIELDS[table]) {
    const text = (raw[field.name] ?? "").trim();
    if (text === "") continue;
    // A cell is one point on the charts: a value alone, read by the site's one number rule.
    const reading = readNumber(text, field, { uncertainty: false });
    if (reading.ok) cell[column] = reading.value;
    else errors[field.name] = reading.error;
  }
  for (const choice of COMPARE_CHOICES[table]) {
    const value = raw[choice.name] ?? "";
    if (choice.options.some((o) => o.value === value)) cell[choice.column] = value;
  }
  const j = cell.currentDensity_mA_cm2;
  const t = cell.cycleLife_h;
  if (typeof j === "number" && typeof t === "number") cell.cumulativeCapacity_mAh_cm2 = cumulativeCapacity_mAh_cm2(j, t);
  const hasNumber = Object.values(cell).some((v) => typeof v === "number");
  return { raw, errors, cell: hasNumber ? cell : null };
}

/**
 * Reads a table's cell from a query string. Only parameters starting with `my1_` (or `my2_`) are this
 * table's business: other parameters of the page are left alone; unknown `my1_…` ones, repeated ones
 * and bad choices come back as notes to show the reader.
 */
export function readCompare(search: string, table: CompareTable): CompareReading & { notes: string[] } {
  const prefix = `my${table}_`;
  const own = new URLSearchParams([...new URLSearchParams(search)].filter(([key]) => key.startsWith(prefix)));
  const numbers = Object.fromEntries(COMPARE_FIELDS[table].map((f) => [f.field.name, f.field]));
  const choices = Object.fromEntries(COMPARE_CHOICES[table].map((c) => [c.name, c.options.map((o) => o.value)]));
  const { values, notes } = readQuery(own.toString(), { numbers, choices });
  return { ...readCompareFields(table, values), notes };
}

/** The query string with a table's fields set to `raw` (empty ones dropped) and every other parameter kept. */
export function writeCompare(search: string, table: CompareTable, raw: Record<string, string>): string {
  const prefix = `my${table}_`;
  const params = new URLSearchParams([...new URLSearchParams(search)].filter(([key]) => !key.startsWith(prefix)));
  for (const name of compareNames(table)) {
    const text = (raw[name] ?? "").trim();
    if (text !== "") params.set(name, text);
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}
