/**
 * Layout of horizontal stacked bars, one per quantity (e.g. mass and volume), each drawn as shares of its own
 * total so bars in different units sit on one 0–100 % axis. Plain data for a fixed viewBox.
 */
import { format } from "d3-format";
import { linearScale } from "./linear";

export interface BarSegmentSpec {
  key: string;
  label: string;
  /** In the row's unit; zero segments are left out of the marks. */
  value: number;
}

export interface BarRowSpec {
  key: string;
  label: string;
  unit: string;
  segments: readonly BarSegmentSpec[];
}

export interface BarSegment {
  key: string;
  label: string;
  value: number;
  share_pct: number;
  /** Left edge and width, in viewBox units. */
  x: number;
  width: number;
  /** Position of the key in the legend, for colour and pattern. */
  series: number;
  /** Accessible name: "Electrolyte: 9 mg cm⁻² (17 %)". */
  title: string;
}

export interface BarRow {
  key: string;
  label: string;
  /** Top edge and height of the bar, in viewBox units. */
  y: number;
  height: number;
  total: number;
  totalLabel: string;
  segments: BarSegment[];
}

export interface StackedBarLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  rows: BarRow[];
  ticks: { value: number; position: number; label: string }[];
  /** Keys drawn in at least one bar, in stack order. */
  legend: { key: string; label: string; series: number }[];
}

const MARGIN = { top: 12, right: 16, bottom: 36, left: 148 };
const BAR_HEIGHT = 36;
const GAP = 20;
const value3 = format(",.3~r");
const share2 = format(".2~r");
const percent = (fraction: number) => `${share2(100 * fraction)} %`;

/** Lays out the bars in a viewBox `width` wide; the height follows from the number of rows. */
export function layoutStackedBars(rows: readonly BarRowSpec[], width = 640): StackedBarLayout {
  const height = MARGIN.top + rows.length * BAR_HEIGHT + Math.max(0, rows.length - 1) * GAP + MARGIN.bottom;
  const plot = { left: MARGIN.left, right: width - MARGIN.right, top: MARGIN.top, bottom: height - MARGIN.bottom };
  const share = linearScale([0, 1], [plot.left, plot.right]);

  // A key keeps its series (colour and pattern) whatever else is present, so two designs look alike.
  const keys: { key: string; label: string }[] = [];
  for (const { key, label } of rows.flatMap((row) => row.segments)) {
    if (!keys.some((k) => k.key === key)) keys.push({ key, label });
  }
  const seriesOf = (key: string) => keys.findIndex((k) => k.key === key);

  const laidOut = rows.map((row, i): BarRow => {
    const total = row.segments.reduce((sum, s) => sum + Math.max(0, s.value), 0);
    let start = 0;
    const segments: BarSegment[] = [];
    for (const s of row.segments) {
      if (!(s.value > 0) || !(total > 0)) continue;
      const series = seriesOf(s.key);
      const fraction = s.value / total;
      segments.push({
        key: s.key, label: s.label, value: s.value, share_pct: 100 * fraction, series,
        x: share(start), width: share(start + fraction) - share(start),
        title: `${s.label}: ${value3(s.value)} ${row.unit} (${percent(fraction)})`,
      });
      start += fraction;
    }
    return {
      key: row.key, label: row.label, y: plot.top + i * (BAR_HEIGHT + GAP), height: BAR_HEIGHT,
      total, totalLabel: `${value3(total)} ${row.unit}`, segments,
    };
  });

  const drawn = new Set(laidOut.flatMap((row) => row.segments.map((s) => s.key)));
  const legend = keys.filter((k) => drawn.has(k.key)).map((k) => ({ ...k, series: seriesOf(k.key) }));
  const ticks = share.ticks(5).map((value) => ({ value, position: share(value), label: percent(value) }));
  return { width, height, plot, rows: laidOut, ticks, legend };
}
