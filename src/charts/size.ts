/**
 * Mark size as a third quantity (cycle life on the Table 2 chart): area proportional to the value, the
 * largest value drawn at R_MAX, with a floor so that tiny values stay visible; and a few round values
 * for the size key.
 */
import { MARK_AREA } from "./symbols.ts";

/** Radii of sized marks, in viewBox units. */
export const R_MIN = 2.5;
export const R_MAX = 11;

/** The largest 1, 2 or 5 × 10ⁿ not above `v`. */
export function niceDown(v: number): number {
  const p = 10 ** Math.floor(Math.log10(v));
  return [5, 2, 1].map((m) => m * p).find((c) => c <= v * (1 + 1e-9)) ?? p;
}

/**
 * Mark area (square viewBox units) of a value, for values up to `maxValue`; a missing value gets the
 * smallest mark. Without a maximum (unsized charts) every mark gets MARK_AREA.
 */
export function areaScale(maxValue: number | undefined): (value: number | null) => number {
  if (!maxValue || !(maxValue > 0)) return () => MARK_AREA;
  return (value) => Math.PI * Math.max(R_MIN, R_MAX * Math.sqrt(Math.max(0, value ?? 0) / maxValue)) ** 2;
}

/** Round values for the size key: about a twentieth, a quarter and all of the maximum. */
export function sizeKeyValues(maxValue: number): number[] {
  return [...new Set([maxValue / 20, maxValue / 4, maxValue].map(niceDown))];
}

/** ViewBox width, in viewBox units, the table charts are prerendered at (and drawn at on wide columns). */
export const CHART_WIDTH = 600;
/** The narrowest viewBox, in viewBox units: below it the chart scales down rather than losing its plot. */
export const CHART_MIN_WIDTH = 300;

/**
 * The viewBox width for a chart whose column is `columnPx` CSS pixels wide: one viewBox unit per pixel
 * up to CHART_WIDTH, so text set at 12 units renders at 12 px on a phone instead of shrinking with the
 * chart. A column that is not measured yet (0, NaN) keeps the prerendered width.
 */
export function chartWidth(columnPx: number): number {
  if (!(columnPx > 0)) return CHART_WIDTH;
  return Math.round(Math.min(CHART_WIDTH, Math.max(CHART_MIN_WIDTH, columnPx)));
}
