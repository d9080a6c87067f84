import { formatFixed, formatMeasured, formatNumber } from "../../calculators/format.ts";

/**
 * `value` with `decimals` decimals for an <output> or a table cell (formatFixed), without the "-0.0" that a
 * tiny negative number would round to: the spreading coefficient just above 0° is one.
 */
export function fixed(value: number, decimals: number): string {
  return formatFixed(value, decimals).replace(/^-(?=0(\.0*)?$)/, "");
}

/** Significant figures of a result without an uncertainty. */
const FIGURES = 4;

/**
 * A result as the page shows it: rounded to its standard uncertainty, with the uncertainty beside it, when it
 * has one (formatMeasured: "106.5" and "1.2"); else to four significant figures ("240.3", "-11.12").
 */
export function measured(value: number, uncertainty?: number): { value: string; uncertainty?: string } {
  if (uncertainty === undefined || !(uncertainty > 0) || !Number.isFinite(uncertainty)) return { value: formatNumber(value, FIGURES) };
  const text = formatMeasured(value, uncertainty);
  return { value: text.value, uncertainty: text.uncertainty };
}

/** The same, as one piece of text for a table cell: "106.5 ± 1.2". */
export function measuredText(value: number, uncertainty?: number): string {
  const m = measured(value, uncertainty);
  return m.uncertainty === undefined ? m.value : `${m.value} ± ${m.uncertainty}`;
}
