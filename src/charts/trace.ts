/**
 * Layout of a voltage trace (up to millions of samples) for an SVG of fixed viewBox: time and voltage
 * scales and ticks, one path decimated to the min and max of each pixel column (about 2 points per column,
 * so peaks and collapses survive), shaded bands for the current steps, and the failure marker.
 */
import { bisectLeft } from "d3-array";
import { format } from "d3-format";
import { scaleLinear } from "d3-scale";
import { line } from "d3-shape";

export interface TraceChartSpec {
  /** Sample times, in s, in increasing order. */
  time_s: Float64Array;
  /** Cell voltage at each sample, in V. */
  voltage_V: Float64Array;
  /** Current steps to shade, with their times in s. */
  steps?: readonly { start_s: number; end_s: number; current_mA_cm2: number }[];
  /** The failure to mark, at a time in s. */
  failure?: { time_s: number; label: string };
  /** The stretch of the trace that justifies the verdict, in s. */
  evidence?: { start_s: number; end_s: number; label: string };
  /** Visible time range, in h; the whole trace when omitted (zoom sets it). */
  domain_h?: readonly [number, number];
}

export interface Tick {
  value: number;
  /** Position along the axis, in viewBox units. */
  position: number;
  label: string;
}

export interface StepBand {
  x: number;
  width: number;
  current_mA_cm2: number;
  label: string;
  /** Alternates 0, 1, 0… so neighbouring steps differ. */
  shade: 0 | 1;
}

export interface TraceChartLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  domain_h: [number, number];
  voltageDomain_V: [number, number];
  xTicks: Tick[];
  yTicks: Tick[];
  xLabel: string;
  yLabel: string;
  /** SVG path data of the decimated trace; empty when no sample is visible. */
  path: string;
  /** Vertices in the path (at most about 2 per pixel column). */
  vertices: number;
  bands: StepBand[];
  /** Vertical position of 0 V when it is in view. */
  zeroY?: number;
  failure?: { x: number; y: number; label: string };
  /** The verdict's evidence window, clipped to the view (at least 2 units wide so a short one shows). */
  evidence?: { x: number; width: number; label: string };
}

const MARGIN = { top: 12, right: 16, bottom: 44, left: 64 };
const currentLabel = format(",.3~r");

/** Index of the sample nearest to time t (s), for hover and the failure marker. */
export function nearestSample(time_s: Float64Array, t_s: number): number {
  const n = time_s.length;
  if (n === 0) return -1;
  const i = bisectLeft(time_s, t_s);
  if (i <= 0) return 0;
  if (i >= n) return n - 1;
  return t_s - time_s[i - 1]! <= time_s[i]! - t_s ? i - 1 : i;
}

/**
 * Min/max decimation of samples [from, to) into `columns` equal time columns spanning [t0, t1] (s): for each
 * column the lowest and the highest sample, in time order. Returns parallel arrays of times and voltages.
 */
export function decimateMinMax(
  time_s: Float64Array,
  voltage_V: Float64Array,
  from: number,
  to: number,
  t0: number,
  t1: number,
  columns: number,
): { time_s: Float64Array; voltage_V: Float64Array } {
  const outT = new Float64Array(2 * columns),
    outV = new Float64Array(2 * columns);
  const width = (t1 - t0) / columns;
  let count = 0,
    i = from;
  while (i < to) {
    const column = width > 0 ? Math.min(columns - 1, Math.floor((time_s[i]! - t0) / width)) : 0;
    const columnEnd = t0 + (column + 1) * width;
    let lo = i,
      hi = i;
    for (i++; i < to && (column === columns - 1 || time_s[i]! < columnEnd); i++) {
      if (voltage_V[i]! < voltage_V[lo]!) lo = i;
      if (voltage_V[i]! > voltage_V[hi]!) hi = i;
    }
    const first = Math.min(lo, hi),
      second = Math.max(lo, hi);
    outT[count] = time_s[first]!;
    outV[count++] = voltage_V[first]!;
    if (second !== first) {
      outT[count] = time_s[second]!;
      outV[count++] = voltage_V[second]!;
    }
  }
  return { time_s: outT.subarray(0, count), voltage_V: outV.subarray(0, count) };
}

/** Lays out the trace in a `width` × `height` viewBox. */
export function layoutTrace(spec: TraceChartSpec, width = 720, height = 360): TraceChartLayout {
  const plot = { left: MARGIN.left, top: MARGIN.top, right: width - MARGIN.right, bottom: height - MARGIN.bottom };
  const { time_s, voltage_V } = spec;
  const n = time_s.length;
  const full: [number, number] = n > 0 ? [time_s[0]! / 3600, time_s[n - 1]! / 3600] : [0, 1];
  let [d0, d1] = spec.domain_h ?? full;
  if (!(d1 > d0)) [d0, d1] = [d0, d0 + 1];
  const from = bisectLeft(time_s, d0 * 3600),
    to = bisectLeft(time_s, d1 * 3600 * (1 + 1e-12) + 1e-9);
  const columns = Math.max(1, Math.round(plot.right - plot.left));
  const visible = decimateMinMax(time_s, voltage_V, from, to, d0 * 3600, d1 * 3600, columns);

  let vMin = Infinity,
    vMax = -Infinity;
  for (const v of visible.voltage_V) {
    vMin = Math.min(vMin, v);
    vMax = Math.max(vMax, v);
  }
  if (!(vMax >= vMin)) [vMin, vMax] = [-1, 1];
  const pad = vMax > vMin ? 0.05 * (vMax - vMin) : Math.max(1e-3, Math.abs(vMax) * 0.1);
  const x = scaleLinear().domain([d0, d1]).range([plot.left, plot.right]);
  const y = scaleLinear()
    .domain([vMin - pad, vMax + pad])
    .range([plot.bottom, plot.top])
    .nice(6);
  const xFormat = x.tickFormat(8),
    yFormat = y.tickFormat(6);

  const points = Array.from(visible.time_s, (t, k) => [x(t / 3600), y(visible.voltage_V[k]!)] as [number, number]);
  const bands: StepBand[] = [];
  for (const [k, s] of (spec.steps ?? []).entries()) {
    const left = x(Math.max(d0, s.start_s / 3600)),
      right = x(Math.min(d1, s.end_s / 3600));
    if (right > left) {
      bands.push({
        x: left,
        width: right - left,
        current_mA_cm2: s.current_mA_cm2,
        label: `${currentLabel(s.current_mA_cm2)} mA cm⁻²`,
        shade: (k % 2) as 0 | 1,
      });
    }
  }
  const [yLow, yHigh] = y.domain() as [number, number];
  const layout: TraceChartLayout = {
    width,
    height,
    plot,
    domain_h: [d0, d1],
    voltageDomain_V: [yLow, yHigh],
    xTicks: x.ticks(8).map((value) => ({ value, position: x(value), label: xFormat(value) })),
    yTicks: y.ticks(6).map((value) => ({ value, position: y(value), label: yFormat(value) })),
    xLabel: "Time (h)",
    yLabel: "Voltage (V)",
    path: line().digits(1)(points) ?? "",
    vertices: points.length,
    bands,
  };
  if (yLow <= 0 && yHigh >= 0) layout.zeroY = y(0);
  const f = spec.failure;
  if (f && f.time_s / 3600 >= d0 && f.time_s / 3600 <= d1 && n > 0) {
    layout.failure = { x: x(f.time_s / 3600), y: y(voltage_V[nearestSample(time_s, f.time_s)]!), label: f.label };
  }
  const e = spec.evidence;
  if (e && e.end_s / 3600 >= d0 && e.start_s / 3600 <= d1 && n > 0) {
    const left = x(Math.max(d0, e.start_s / 3600)),
      right = x(Math.min(d1, e.end_s / 3600));
    const width = Math.max(2, right - left);
    layout.evidence = { x: Math.min(left, plot.right - width), width, label: e.label };
  }
  return layout;
}

/**
 * The time range (h) after zooming by `factor` (< 1 zooms in) about `anchor_h`, kept inside `full_h` and no
 * narrower than a millionth of it.
 */
export function zoomDomain(
  domain_h: readonly [number, number],
  full_h: readonly [number, number],
  anchor_h: number,
  factor: number,
): [number, number] {
  const fullWidth = full_h[1] - full_h[0];
  const width = Math.min(fullWidth, Math.max(fullWidth * 1e-6, (domain_h[1] - domain_h[0]) * factor));
  const share = domain_h[1] > domain_h[0] ? (anchor_h - domain_h[0]) / (domain_h[1] - domain_h[0]) : 0.5;
  const start = Math.min(full_h[1] - width, Math.max(full_h[0], anchor_h - share * width));
  return [start, start + width];
}

/** The time range (h) shifted by `delta_h`, kept inside `full_h` at the same width. */
export function panDomain(
  domain_h: readonly [number, number],
  full_h: readonly [number, number],
  delta_h: number,
): [number, number] {
  const width = Math.min(domain_h[1] - domain_h[0], full_h[1] - full_h[0]);
  const start = Math.min(full_h[1] - width, Math.max(full_h[0], domain_h[0] + delta_h));
  return [start, start + width];
}

/** Time (h) under a horizontal position of the plot (viewBox units), clamped to the visible range. */
export function timeAtX(layout: Pick<TraceChartLayout, "plot" | "domain_h">, x: number): number {
  const { left, right } = layout.plot;
  const [d0, d1] = layout.domain_h;
  const share = Math.min(1, Math.max(0, (x - left) / (right - left)));
  return d0 + share * (d1 - d0);
}

/** Position (viewBox units) of a sample at time t (h) and voltage V (V), for the hover marker. */
export function pointAt(
  layout: Pick<TraceChartLayout, "plot" | "domain_h" | "voltageDomain_V">,
  t_h: number,
  voltage_V: number,
): { x: number; y: number } {
  const { left, right, top, bottom } = layout.plot;
  const [d0, d1] = layout.domain_h;
  const [v0, v1] = layout.voltageDomain_V;
  return {
    x: left + ((t_h - d0) / (d1 - d0)) * (right - left),
    y: bottom - ((voltage_V - v0) / (v1 - v0)) * (bottom - top),
  };
}
