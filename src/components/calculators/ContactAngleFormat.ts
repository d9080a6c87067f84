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

/**
 * A change B − A without an uncertainty, to the decimal place of the fourth significant figure of the larger of
 * the two values compared (`scale`): a difference is no more precise than what it subtracts, so B frozen from
 * itself reads "0.0", not a rounding residue.
 */
export function difference(value: number, scale: number): string {
  const magnitude = Math.max(Math.abs(scale), Math.abs(value));
  if (!(magnitude > 0) || !Number.isFinite(magnitude)) return formatNumber(value, FIGURES);
  const decimals = Math.max(0, FIGURES - 1 - Math.floor(Math.log10(magnitude)));
  return decimals > 12 ? formatNumber(value, FIGURES) : fixed(value, decimals);
}
