/**
 * Layout of a ranked horizontal bar chart for a fixed-width viewBox: one bar per point, longest first, on a
 * linear or log value axis, each ending in its series' shape so the series stay apart without colour. The
 * reader's own value is ranked among them. The viewBox grows with the number of bars shown; the value
 * scale spans every point whatever the legend hides.
 */
import { axisLabel, axisTicks, makeScale, niceDomain, px, withUnit, type Quantity, type ScaleKind, type Tick } from "./axis.ts";
import { legendItems, seriesIndex, type LegendItem } from "./legend.ts";
import { describePoint, describeValues, numberOf, type CellValue, type ChartDataset, type ChartPoint } from "./points.ts";
import { READER_NAME, hasValues } from "./reader.ts";
import { MARK_AREA, seriesShape, symbolPath, type Shape } from "./symbols.ts";

export interface BarConfig {
  /** The ranked quantity, its column and its scale while the log switch is on. */
  value: Quantity & { key: string; scale: ScaleKind };
  /** Columns named after the value in each bar's accessible name. */
  labelKeys?: readonly string[];
  dataset: ChartDataset;
}

export interface BarState {
  hidden?: readonly string[];
  log?: boolean;
  reader?: Record<string, CellValue> | null;
}

export interface BarMark {
  id: string;
  /** Index of the point in the dataset; −1 for the reader's bar. */
  index: number;
  reader: boolean;
  /** 1 for the longest bar shown. */
  rank: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Series slot (colour and shape); −1 for the reader. */
  series: number;
  shape: Shape;
  /** Symbol at the bar's end: path centred on (0, 0), drawn at (symbolX, y + height / 2). */
  symbol: string;
  symbolX: number;
  /** Strategy shortened to fit the margin; the accessible name has it whole. */
  name: string;
  valueLabel: string;
  label: string;
}

export interface BarLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  kind: ScaleKind;
  ticks: Tick[];
  xLabel: string;
  bars: BarMark[];
  /** Points of shown series without a value to rank. */
  unplaced: ChartPoint[];
  legend: LegendItem[];
}

const MARGIN = { top: 8, right: 76, bottom: 46, left: 228 };
const ROW = 18;
const BAR = 12;
/** ViewBox units per character of a strategy's name at the chart's font size (31 fit the full margin). */
const CHAR_WIDTH = MARGIN.left / 31;

/** `text` cut to `chars` characters with an ellipsis, when longer. */
export function truncate(text: string, chars: number): string {
  return text.length <= chars ? text : `${text.slice(0, chars - 1).trimEnd()}…`;
}

/** Lays out the bars for the reader's `state` in a viewBox `width` wide. */
export function layoutBars(config: BarConfig, state: BarState = {}, width = 600): BarLayout {
  const { value, dataset } = config;
  const hidden = state.hidden ?? [];
  const kind: ScaleKind = state.log === false ? "linear" : value.scale;
  const valued = dataset.points.map((p, index) => ({ p, index, v: numberOf(p.values, value.key, true) }));
  const readerValue = hasValues(state.reader) ? numberOf(state.reader, value.key, true) : null;
  const all = [...valued.map((r) => r.v), readerValue].filter((v): v is number => v !== null);
  const domain = niceDomain(all, kind);

  type Row = { p: ChartPoint | null; index: number; v: number };
  const rows: Row[] = valued.flatMap(({ p, index, v }) => (v !== null && !hidden.includes(p.series) ? [{ p, index, v }] : []));
  if (readerValue !== null) rows.push({ p: null, index: -1, v: readerValue });
  rows.sort((a, b) => b.v - a.v || (a.p?.strategy ?? "").localeCompare(b.p?.strategy ?? ""));

  // A narrow viewBox (a phone) gives the names at most 38 % of its width, shortened to fit.
  const left = Math.min(MARGIN.left, Math.round(width * 0.38));
  const nameChars = Math.floor(left / CHAR_WIDTH);
  const plot = { left, top: MARGIN.top, right: width - MARGIN.right, bottom: MARGIN.top + Math.max(1, rows.length) * ROW };
  const scale = makeScale(kind, domain, [plot.left, plot.right]);
  const labelKeys = [value.key, ...(config.labelKeys ?? [])];
  const bars = rows.map((row, i): BarMark => {
    const series = row.p ? seriesIndex(dataset, row.p.series) : -1;
    const shape = row.p ? seriesShape(series) : "star";
    const end = Math.max(plot.left + 1, scale(row.v));
    const rank = `rank ${i + 1} of ${rows.length}`;
    return {
      id: row.p?.id ?? "reader",
      index: row.index,
      reader: row.p === null,
      rank: i + 1,
      x: plot.left,
      y: px(plot.top + i * ROW + (ROW - BAR) / 2),
      width: px(end - plot.left),
      height: BAR,
      series,
      shape,
      symbol: symbolPath(shape, row.p ? MARK_AREA * 0.8 : MARK_AREA * 1.6),
      symbolX: px(end + 8),
      name: row.p ? truncate(row.p.strategy, nameChars) : READER_NAME,
      valueLabel: withUnit(row.v, ""),
      label: row.p
        ? `${describePoint(dataset, row.p, labelKeys)}; ${rank}`
        : `${READER_NAME}: ${describeValues(dataset, state.reader!, labelKeys.filter((k) => state.reader![k] != null))}; ${rank}`,
    };
  });

  return {
    width,
    height: plot.bottom + MARGIN.bottom,
    plot,
    kind,
    ticks: axisTicks(scale, kind, 5),
    xLabel: axisLabel(value),
    bars,
    unplaced: valued.filter((r) => r.v === null && !hidden.includes(r.p.series)).map((r) => r.p),
    legend: legendItems(dataset, hidden),
  };
}
