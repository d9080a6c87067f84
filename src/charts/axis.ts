/**
 * One chart axis: a linear or logarithmic scale over a padded domain, and its ticks with labels. Log axes
 * label powers of ten, or 1-2-5 steps when they span too few decades for that; the other ticks stay as
 * unlabelled minor ticks, so a reader can still see the axis is logarithmic.
 */
import { format } from "d3-format";
import { scaleLinear, scaleLog, type ScaleContinuousNumeric } from "d3-scale";

export type ScaleKind = "linear" | "log";

export type AxisScale = ScaleContinuousNumeric<number, number>;

/** A measured quantity as an axis or a tooltip names it. */
export interface Quantity {
  /** E.g. "Critical current density". */
  name: string;
  /** E.g. "mA cm⁻²"; empty for dimensionless quantities. */
  unit: string;
}

export interface Tick {
  value: number;
  /** Position along the axis, in viewBox units. */
  position: number;
  /** Empty for minor ticks. */
  label: string;
  major: boolean;
}

const format4 = format(",.4~r");
const formatted = new Map<number, string>();

/** Four significant digits at most, thousands grouped, trailing zeros dropped: "0.25", "1,500", "112,000". */
export function formatValue(value: number): string {
  // Printed values repeat a lot (1 mA cm⁻², 1 mAh cm⁻²…); d3-format is the slow part of labelling marks.
  let text = formatted.get(value);
  if (text === undefined) {
    text = format4(value);
    if (formatted.size > 5000) formatted.clear();
    formatted.set(value, text);
  }
  return text;
}

/** "Critical current density (mA cm⁻²)", or the bare name when dimensionless. */
export function axisLabel(q: Quantity): string {
  return q.unit ? `${q.name} (${q.unit})` : q.name;
}

/** A value with its unit: "2 mA cm⁻²", "25 °C", "0.5". */
export function withUnit(value: number, unit: string): string {
  return unit ? `${formatValue(value)} ${unit}` : formatValue(value);
}

/** Rounds a viewBox coordinate to 0.01, which keeps the markup short and identical between builds. */
export const px = (v: number): number => Math.round(v * 100) / 100;

/** Share of the data's span a log axis adds at each end, so no mark sits on the frame. */
const LOG_PADDING = 0.06;

/**
 * The domain an axis shows for `values`: linear axes start at 0 and end on a round number a little above
 * the largest value; log axes reach a little beyond the data on both sides (at least a tenth of a decade).
 * Values a log axis cannot show (≤ 0) and non-finite values are ignored; with nothing to show the domain
 * is [0, 1] or [1, 10].
 */
export function niceDomain(values: readonly number[], kind: ScaleKind): [number, number] {
  const usable = values.filter((v) => Number.isFinite(v) && (kind === "linear" || v > 0));
  if (kind === "log") {
    if (usable.length === 0) return [1, 10];
    const lo = Math.log10(Math.min(...usable));
    const hi = Math.log10(Math.max(...usable));
    const pad = Math.max(0.1, (hi - lo) * LOG_PADDING);
    return [10 ** (lo - pad), 10 ** (hi + pad)];
  }
  const hi = usable.length ? Math.max(0, ...usable) : 0;
  const [d0, d1] = scaleLinear().domain([0, hi > 0 ? hi * 1.04 : 1]).nice().domain();
  return [d0, d1];
}

/** A scale of `kind` mapping `domain` onto `range` (viewBox units). */
export function makeScale(kind: ScaleKind, domain: readonly [number, number], range: readonly [number, number]): AxisScale {
  const scale = kind === "log" ? scaleLog() : scaleLinear();
  return scale.domain(domain).range(range);
}

/** Mantissa of a positive number in [1, 10), rounded so 0.30000000000000004 reads as 3. */
function mantissa(v: number): number {
  return Math.round((v / 10 ** Math.floor(Math.log10(v) + 1e-9)) * 1e6) / 1e6;
}

/**
 * Ticks of `scale`; `count` is a hint for linear axes. Log axes tick every 1–9 multiple and label the powers
 * of ten, or 1, 2 and 5 of each decade when that would leave fewer than three labels.
 */
export function axisTicks(scale: AxisScale, kind: ScaleKind, count = 6): Tick[] {
  if (kind === "linear") {
    return scale.ticks(count).map((value) => ({ value, position: px(scale(value)), label: formatValue(value), major: true }));
  }
  const [d0, d1] = scale.domain();
  const values = scale.ticks();
  // Under half a decade d3 falls back to evenly spaced ticks: every one is labelled.
  const decadesOnly = values.filter((v) => mantissa(v) === 1).length >= 3;
  const labelled = Math.log10(d1 / d0) < 0.5 ? null : decadesOnly ? [1] : [1, 2, 5];
  return values.map((value) => {
    const major = labelled === null || labelled.includes(mantissa(value));
    return { value, position: px(scale(value)), label: major ? formatValue(value) : "", major };
  });
}
