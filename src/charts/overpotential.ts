/**
 * Layout of the overpotential of each half-cycle against time, for constant-current cycling: one point per
 * complete half-cycle (decimated to at most one per pixel column when there are thousands), the median as a
 * dashed line, and the failure, when there is one, as a vertical line.
 */
import { scaleLinear } from "d3-scale";
import { line } from "d3-shape";
import type { CyclePoint } from "../calculators/trace/cycling.ts";
import type { Tick } from "./trace.ts";

export interface OverpotentialLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  xTicks: Tick[];
  yTicks: Tick[];
  xLabel: string;
  yLabel: string;
  /** SVG path through the points; empty when there are none. */
  path: string;
  /** Point marks, when few enough to draw one each (else the path alone). */
  points: { x: number; y: number }[];
  median?: { y: number; label: string };
  failure?: { x: number; label: string };
}

const MARGIN = { top: 12, right: 16, bottom: 44, left: 64 };
/** Most point marks drawn; beyond this the line alone shows the series. */
const MAX_MARKS = 200;

/** Lays out the series (times in h, overpotentials in mV) in a `width` × `height` viewBox. */
export function layoutOverpotential(
  series: readonly CyclePoint[],
  summary: { overpotential_mV?: number | undefined; failure_h?: number | undefined },
  width = 720,
  height = 260,
): OverpotentialLayout {
  const plot = { left: MARGIN.left, top: MARGIN.top, right: width - MARGIN.right, bottom: height - MARGIN.bottom };
  let tMax = summary.failure_h ?? 0,
    vMax = summary.overpotential_mV ?? 0;
  for (const p of series) (tMax = Math.max(tMax, p.time_h)), (vMax = Math.max(vMax, p.overpotential_mV));
  const x = scaleLinear()
    .domain([0, tMax > 0 ? tMax : 1])
    .range([plot.left, plot.right]);
  const y = scaleLinear()
    .domain([0, vMax > 0 ? vMax * 1.1 : 1])
    .range([plot.bottom, plot.top])
    .nice(5);
  // At most one vertex per pixel column: the mean of the points that fall in it.
  const columns = new Map<number, { t: number; v: number; n: number }>();
  for (const p of series) {
    const c = Math.round(x(p.time_h));
    const cell = columns.get(c) ?? { t: 0, v: 0, n: 0 };
    cell.t += p.time_h;
    cell.v += p.overpotential_mV;
    cell.n++;
    columns.set(c, cell);
  }
  const vertices = [...columns.values()].map((c) => [x(c.t / c.n), y(c.v / c.n)] as [number, number]);
  // About one time tick per 90 units of width, so a phone's narrow chart keeps its labels apart.
  const xCount = Math.max(3, Math.min(8, Math.floor((plot.right - plot.left) / 90)));
  const xFormat = x.tickFormat(xCount),
    yFormat = y.tickFormat(5);
  const layout: OverpotentialLayout = {
    width,
    height,
    plot,
    xTicks: x.ticks(xCount).map((value) => ({ value, position: x(value), label: xFormat(value) })),
    yTicks: y.ticks(5).map((value) => ({ value, position: y(value), label: yFormat(value) })),
    xLabel: "Time (h)",
    yLabel: "Overpotential (mV)",
    path: vertices.length > 1 ? (line().digits(1)(vertices) ?? "") : "",
    points: vertices.length <= MAX_MARKS ? vertices.map(([px, py]) => ({ x: px, y: py })) : [],
  };
  if (summary.overpotential_mV !== undefined)
    layout.median = { y: y(summary.overpotential_mV), label: `median ${Number(summary.overpotential_mV.toPrecision(3))} mV` };
  if (summary.failure_h !== undefined) layout.failure = { x: x(summary.failure_h), label: `short at ${Number(summary.failure_h.toPrecision(4))} h` };
  return layout;
}
