/**
 * Layout of a scatter chart for a fixed viewBox: scales (linear or log), ticks, one mark per point with its
 * symbol path and accessible name, and the extras the review's charts need — strips beside and below the
 * plot for points missing one value, a reference line, a shaded region, and the reader's own cell. Scales
 * span every point whatever the legend hides, so filtering never moves the marks that stay.
 */
import { max } from "d3-array";
import { axisLabel, axisTicks, makeScale, niceDomain, px, withUnit, type Quantity, type ScaleKind, type Tick } from "./axis.ts";
import { legendItems, seriesIndex, type LegendItem } from "./legend.ts";
import { arrange, placeOf, type Place } from "./placement.ts";
import { describePoint, numberOf, type CellValue, type ChartDataset, type ChartPoint } from "./points.ts";
import { describeReader, placeReader, type ReaderMark } from "./reader.ts";
import { areaScale, sizeKeyValues } from "./size.ts";
import { seriesShape, symbolPath, type Shape } from "./symbols.ts";

export type { Place } from "./placement.ts";

export interface ScatterAxis extends Quantity {
  /** Column holding the axis value. */
  key: string;
  /** Scale while the chart's log switch is on; log axes turn linear when the reader switches it off. */
  scale: ScaleKind;
  /** Label of a strip for points lacking this value (two lines beside the plot, one line below it); without it those points are listed apart. */
  missing?: readonly [string, string];
}

export interface ScatterConfig {
  x: ScatterAxis;
  y: ScatterAxis;
  /** Column the mark area is proportional to. */
  size?: Quantity & { key: string };
  /** Column with the upper end of a test run at several x values: drawn as a range through the mark. */
  xUpperKey?: string;
  /** Columns named in each mark's accessible name; defaults to the x, y and size columns. */
  labelKeys?: readonly string[];
  /** A vertical line, e.g. a practical target. */
  xReference?: { value: number; label: string };
  /** A shaded region right of `x` and above `y`, labelled in two lines. */
  region?: { x: number; y: number; label: readonly [string, string] };
  dataset: ChartDataset;
}

export interface ScatterState {
  /** Series keys the reader has hidden. */
  hidden?: readonly string[];
  /** The log switch; true (the default) draws log axes as log. */
  log?: boolean;
  /** The reader's cell, by column key; null when they have entered none. */
  reader?: Record<string, CellValue> | null;
}

export interface ScatterMark {
  id: string;
  /** Index of the point in the dataset. */
  index: number;
  cx: number;
  cy: number;
  area: number;
  /** Symbol path centred on (0, 0); translate it to (cx, cy). */
  path: string;
  /** Series slot: colour --c{series + 1} and shape. */
  series: number;
  shape: Shape;
  hollow: boolean;
  place: Place;
  label: string;
  /** Horizontal range of a test run at several x values, in viewBox units. */
  range?: { x1: number; x2: number };
}

export interface Strip {
  left: number;
  top: number;
  right: number;
  bottom: number;
  label: readonly [string, string];
}

export interface ScatterLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  xKind: ScaleKind;
  yKind: ScaleKind;
  xTicks: Tick[];
  yTicks: Tick[];
  xLabel: string;
  yLabel: string;
  /** Visible marks in reading order: plot left to right (then top to bottom), then the strips. */
  marks: ScatterMark[];
  /** Indices into `marks`, largest first, so small marks are painted on top. */
  paint: number[];
  xStrip?: Strip;
  yStrip?: Strip;
  /** Points (of shown series) that lack a value and have no strip to go to. */
  unplaced: ChartPoint[];
  /** The reference line; its label reads rightwards from the line, or leftwards near the plot's right edge. */
  reference?: { x: number; top: number; bottom: number; label: string; anchor: "start" | "end" };
  region?: { x: number; y: number; width: number; height: number; label: readonly [string, string] };
  reader: ReaderMark | null;
  /** Why the reader's cell is not drawn, when they entered one. */
  readerNote?: string;
  /** Example mark sizes, when marks are sized. */
  sizeLegend: { label: string; path: string }[];
  legend: LegendItem[];
}

const MARGIN = { top: 16, right: 16, bottom: 52, left: 68 };
const STRIP_WIDTH = 56;
const STRIP_GAP = 14;
const Y_STRIP_HEIGHT = 38;

/** Lays out `config` for the reader's `state` in a `width` × `height` viewBox (taller when a y strip is needed). */
export function layoutScatter(config: ScatterConfig, state: ScatterState = {}, width = 600, height = 380): ScatterLayout {
  const { x, y, size, dataset } = config;
  const hidden = state.hidden ?? [];
  const xKind: ScaleKind = state.log === false ? "linear" : x.scale;
  const yKind: ScaleKind = state.log === false ? "linear" : y.scale;
  // Every quantity here is positive; zero or a negative value reads as not reported.
  const valued = dataset.points.map((p, index) => {
    const xv = numberOf(p.values, x.key, true);
    const yv = numberOf(p.values, y.key, true);
    return { p, index, xv, yv, place: placeOf(xv, yv, !!x.missing, !!y.missing) };
  });
  const reader = state.reader ?? null;
  const readerAt = placeReader(reader, x, y);
  const hasXStrip = valued.some((v) => v.place === "x-strip") || readerAt?.place === "x-strip";
  const hasYStrip = valued.some((v) => v.place === "y-strip") || readerAt?.place === "y-strip";

  const plot = {
    left: MARGIN.left,
    top: MARGIN.top,
    right: width - MARGIN.right - (hasXStrip ? STRIP_WIDTH + STRIP_GAP : 0),
    bottom: height - MARGIN.bottom,
  };
  const fullHeight = height + (hasYStrip ? Y_STRIP_HEIGHT + 12 : 0);
  const upper = (p: ChartPoint) => (config.xUpperKey ? numberOf(p.values, config.xUpperKey, true) : null);
  const xs = [...valued.flatMap((v) => [v.xv, upper(v.p)]), readerAt?.x, config.xReference?.value, config.region?.x];
  const ys = [...valued.map((v) => v.yv), readerAt?.y, config.region?.y];
  const known = (a: (number | null | undefined)[]) => a.filter((v): v is number => typeof v === "number");
  const xScale = makeScale(xKind, niceDomain(known(xs), xKind), [plot.left, plot.right]);
  const yScale = makeScale(yKind, niceDomain(known(ys), yKind), [plot.bottom, plot.top]);

  const sizeMax = size ? max(dataset.points, (p) => numberOf(p.values, size.key, true) ?? undefined) : undefined;
  const areaOf = areaScale(sizeMax);

  const xStripX = plot.right + STRIP_GAP + STRIP_WIDTH / 2;
  // Below the x axis and its label, so the strip shares the x scale without crowding the ticks.
  const yStripTop = height + 6;
  // Marks sit in the lower part of the strip; its label runs along the top.
  const yStripY = yStripTop + 23;
  const shown = valued.filter((v) => v.place !== null && !hidden.includes(v.p.series));
  const areas = shown.map((v) => areaOf(size ? numberOf(v.p.values, size.key, true) : null));
  const centres = arrange(
    shown.map((v, i) => ({
      place: v.place!,
      x: v.place === "x-strip" ? xStripX : xScale(v.xv!),
      y: v.place === "y-strip" ? yStripY : yScale(v.yv!),
      r: Math.sqrt(areas[i] / Math.PI),
    })),
  );

  const labelKeys = config.labelKeys ?? [x.key, y.key, ...(size ? [size.key] : [])];
  const rank: Record<Place, number> = { plot: 0, "x-strip": 1, "y-strip": 2 };
  const marks: ScatterMark[] = shown.map((v, i) => {
    const series = seriesIndex(dataset, v.p.series);
    const shape = seriesShape(series);
    const mark: ScatterMark = {
      id: v.p.id,
      index: v.index,
      cx: px(centres[i].x),
      cy: px(centres[i].y),
      area: px(areas[i]),
      path: symbolPath(shape, areas[i]),
      series,
      shape,
      hollow: v.p.hollow ?? false,
      place: v.place!,
      label: describePoint(dataset, v.p, labelKeys),
    };
    const top = upper(v.p);
    if (v.place === "plot" && top !== null) mark.range = { x1: px(xScale(v.xv!)), x2: px(xScale(top)) };
    return mark;
  });
  marks.sort((a, b) => rank[a.place] - rank[b.place] || a.cx - b.cx || a.cy - b.cy);
  const paint = marks.map((_, i) => i).sort((a, b) => marks[b].area - marks[a].area || a - b);

  const stripLabel = (axis: ScatterAxis) => axis.missing ?? (["", ""] as const);
  const ref = config.xReference;
  const region = config.region;
  const regionLeft = region ? Math.max(xScale(region.x), plot.left) : 0;
  const regionBottom = region ? Math.min(yScale(region.y), plot.bottom) : 0;
  const { mark: readerMark, note: readerNote } = describeReader(reader, readerAt, config, {
    x: (v) => px(xScale(v)),
    y: (v) => px(yScale(v)),
    xStrip: xStripX,
    yStrip: yStripY,
  });

  return {
    width,
    height: fullHeight,
    plot,
    xKind,
    yKind,
    // About one labelled tick per 90 viewBox units, so a narrow chart's labels do not run together.
    xTicks: axisTicks(xScale, xKind, Math.max(3, Math.min(6, Math.round((plot.right - plot.left) / 90)))),
    yTicks: axisTicks(yScale, yKind, 5),
    xLabel: axisLabel(x),
    yLabel: axisLabel(y),
    marks,
    paint,
    ...(hasXStrip ? { xStrip: { left: plot.right + STRIP_GAP, top: plot.top, right: plot.right + STRIP_GAP + STRIP_WIDTH, bottom: plot.bottom, label: stripLabel(x) } } : {}),
    ...(hasYStrip ? { yStrip: { left: plot.left, top: yStripTop, right: plot.right, bottom: yStripTop + Y_STRIP_HEIGHT, label: stripLabel(y) } } : {}),
    unplaced: valued.filter((v) => v.place === null && !hidden.includes(v.p.series)).map((v) => v.p),
    ...(ref ? { reference: { x: px(xScale(ref.value)), top: plot.top, bottom: plot.bottom, label: ref.label, anchor: xScale(ref.value) > (plot.left + plot.right) / 2 ? "end" : "start" } } : {}),
    ...(region && regionLeft < plot.right && regionBottom > plot.top
      ? { region: { x: px(regionLeft), y: plot.top, width: px(plot.right - regionLeft), height: px(regionBottom - plot.top), label: region.label } }
      : {}),
    reader: readerMark,
    ...(readerNote ? { readerNote } : {}),
    sizeLegend:
      size && sizeMax
        ? sizeKeyValues(sizeMax).map((v) => ({ label: withUnit(v, size.unit), path: symbolPath("circle", areaOf(v)) }))
        : [],
    legend: legendItems(dataset, hidden),
  };
}
