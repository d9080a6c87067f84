/**
 * What a chart is given: the rows of one of the review's tables reduced to points, each with the values
 * of named columns (units in the column keys), grouped into series. Tooltips, accessible names and the
 * CSV/JSON downloads all read the same columns, so what a reader sees is what they download.
 */
import { withUnit } from "./axis.ts";

/** A cell of a chart's data: a number in the column's unit, text, a flag, or null for "not reported". */
export type CellValue = number | string | boolean | null;

export interface Column {
  /** Key in `ChartPoint.values` and the CSV header, with its unit, e.g. "ccd_mA_cm2". */
  key: string;
  /** Name shown to readers, e.g. "Critical current density". */
  label: string;
  /** Unit shown after numbers, e.g. "mA cm⁻²"; absent for text and flags. */
  unit?: string;
}

export interface SeriesDef {
  /** Value of the point's `series`, e.g. "NZSP". */
  key: string;
  /** Legend text, e.g. "NASICON (NZSP)". */
  label: string;
}

export interface ChartPoint {
  /** Unique within the chart, e.g. "ref53-na-in-c-composite-c2". */
  id: string;
  /** Number of the cited work in the review (links to /references/#ref-N). */
  ref: number;
  /** Strategy as printed in the table. */
  strategy: string;
  /** Key of the point's series. */
  series: string;
  /** Values by column key. */
  values: Record<string, CellValue>;
  /** Drawn as an outline: a value that is not quite the axis' quantity (e.g. a total cell resistance). */
  hollow?: boolean;
  /** A remark in our own words, appended to the accessible name and shown in the tooltip. */
  note?: string;
}

export interface ChartDataset {
  columns: Column[];
  series: SeriesDef[];
  points: ChartPoint[];
}

/** The value of `key` when it is a finite number (and positive, when `positive`), else null. */
export function numberOf(values: Record<string, CellValue> | null | undefined, key: string, positive = false): number | null {
  const v = values?.[key];
  return typeof v === "number" && Number.isFinite(v) && (!positive || v > 0) ? v : null;
}

/** A cell as a reader reads it: "2 mA cm⁻²", "yes", "not reported". */
export function formatCell(value: CellValue | undefined, unit?: string): string {
  if (value === null || value === undefined || value === "") return "not reported";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "number") return withUnit(value, unit ?? "");
  return value;
}

/** The series label of a point ("NASICON (NZSP)"), or its key when the series is unknown. */
export function seriesLabel(dataset: Pick<ChartDataset, "series">, key: string): string {
  return dataset.series.find((s) => s.key === key)?.label ?? key;
}

/**
 * Accessible name of a point: strategy, reference, series, then the values of `keys` in order, e.g.
 * "Na-In-C composite, ref. 53, Carbon hosts: current density 2 mA cm⁻², areal capacity 1 mAh cm⁻²".
 */
export function describePoint(dataset: ChartDataset, point: ChartPoint, keys: readonly string[]): string {
  const text = `${point.strategy}, ref. ${point.ref}, ${seriesLabel(dataset, point.series)}: ${describeValues(dataset, point.values, keys)}`;
  return point.note ? `${text} (${point.note})` : text;
}

/** A label as it reads mid-sentence: "Cycle life" becomes "cycle life"; an acronym such as "CCD" keeps its capitals. */
export function midSentence(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

/** "current density 2 mA cm⁻², cycle life 710 h": the values of `keys`, named by their columns. */
export function describeValues(dataset: Pick<ChartDataset, "columns">, values: Record<string, CellValue>, keys: readonly string[]): string {
  return keys
    .map((key) => {
      const column = dataset.columns.find((c) => c.key === key);
      return `${midSentence(column?.label ?? key)} ${formatCell(values[key], column?.unit)}`;
    })
    .join(", ");
}
