/**
 * Layout of a model curve y(x) with the reader's design marked: scales, ticks, the line's SVG path and the
 * marker, all as plain data in a fixed viewBox so the prerendered and hydrated SVG are the same markup.
 */
import { extent, max } from "d3-array";
import { format } from "d3-format";
import { linearScale } from "./linear";
import { area, line } from "d3-shape";

export interface CurvePoint {
  x: number;
  y: number;
}

export interface CurveSpec {
  points: readonly CurvePoint[];
  /** The reader's design; marked when it lies inside the x domain. */
  current?: CurvePoint;
  /** Axis quantities and units, e.g. { name: "N/P ratio", unit: "" }, { name: "Specific energy", unit: "Wh kg⁻¹" }. */
  x: { name: string; unit: string };
  y: { name: string; unit: string };
  /** Fixed x domain; defaults to the points' extent. */
  xDomain?: readonly [number, number];
  /** A level to compare the curve with (e.g. the Na-ion cell's), drawn as a horizontal line. */
  reference?: { y: number; label: string };
  /** An uncertainty band around the curve: y from `lo` to `hi` at each x, in increasing x. */
  band?: readonly { x: number; lo: number; hi: number }[];
}

export interface Tick {
  value: number;
  /** Position along the axis, in viewBox units. */
  position: number;
  label: string;
}

export interface CurveLayout {
  width: number;
  height: number;
  /** The plotting area inside the margins, in viewBox units. */
  plot: { left: number; top: number; right: number; bottom: number };
  xTicks: Tick[];
  yTicks: Tick[];
  xLabel: string;
  yLabel: string;
  /** SVG path data of the curve; empty when there are no points. */
  path: string;
  marker?: { cx: number; cy: number; label: string };
  /** Said instead of a marker when the design lies off the x axis. */
  note?: string;
  /** SVG path data of the uncertainty band, when the spec has one. */
  bandPath?: string;
  /** The reference level as a horizontal line, with where the curve first falls below it (if it does). */
  reference?: { y: number; label: string; crossing?: number };
}

/** The first x at which a curve falls from at or above `level` to below it, by linear interpolation. */
export function firstCrossing(points: readonly CurvePoint[], level: number): number | undefined {
  for (let i = 1; i < points.length; i++) {
    const [a, b] = [points[i - 1], points[i]];
    if (a.y >= level && b.y < level) return a.x + ((a.y - level) / (a.y - b.y)) * (b.x - a.x);
  }
  return undefined;
}

const MARGIN = { top: 16, right: 24, bottom: 52, left: 68 };
const number = format(",.4~r");

/** "N/P ratio" or "Specific energy (Wh kg⁻¹)". */
export const axisLabel = (q: { name: string; unit: string }) => (q.unit ? `${q.name} (${q.unit})` : q.name);
const withUnit = (value: number, unit: string) => (unit ? `${number(value)} ${unit}` : number(value));

/** Lays out the curve in a `width` × `height` viewBox; the y axis starts at 0. */
export function layoutSweepCurve(spec: CurveSpec, width = 640, height = 360): CurveLayout {
  const plot = { left: MARGIN.left, top: MARGIN.top, right: width - MARGIN.right, bottom: height - MARGIN.bottom };
  const [x0, x1] = spec.xDomain ?? extent(spec.points, (p) => p.x);
  // No points, or one x only: a unit-wide domain keeps the scale (and its ticks) defined.
  const xDomain: [number, number] =
    x0 === undefined || x1 === undefined || x0 === x1 ? [x0 ?? 0, (x0 ?? 0) + 1] : [x0, x1];
  const x = linearScale(xDomain, [plot.left, plot.right]);
  const yMax = Math.max(max(spec.points, (p) => p.y) ?? 0, spec.reference?.y ?? 0, max(spec.band ?? [], (b) => b.hi) ?? 0);
  const y = linearScale([0, yMax > 0 ? yMax * 1.05 : 1], [plot.bottom, plot.top], 10);

  const xt = x.ticks(6);
  const yt = y.ticks(5);
  const fx = x.tickFormat(6);
  const fy = y.tickFormat(5);
  const path = line<CurvePoint>().x((p) => x(p.x)).y((p) => y(p.y))([...spec.points]) ?? "";

  const layout: CurveLayout = {
    width, height, plot, path,
    xTicks: xt.map((value) => ({ value, position: x(value), label: fx(value) })),
    yTicks: yt.map((value) => ({ value, position: y(value), label: fy(value) })),
    xLabel: axisLabel(spec.x),
    yLabel: axisLabel(spec.y),
  };
  if (spec.band && spec.band.length > 1) {
    layout.bandPath = area<{ x: number; lo: number; hi: number }>().x((b) => x(b.x)).y0((b) => y(b.lo)).y1((b) => y(b.hi))([...spec.band]) ?? "";
  }
  const ref = spec.reference;
  if (ref && Number.isFinite(ref.y)) {
    layout.reference = { y: y(ref.y), label: ref.label, crossing: firstCrossing(spec.points, ref.y) };
  }
  const c = spec.current;
  if (c) {
    const described = `${spec.x.name} = ${withUnit(c.x, spec.x.unit)}; ${spec.y.name} = ${withUnit(c.y, spec.y.unit)}`;
    if (c.x >= xDomain[0] && c.x <= xDomain[1]) {
      layout.marker = { cx: x(c.x), cy: y(Math.min(c.y, y.domain()[1])), label: `This design: ${described}` };
    } else {
      const range = `${number(xDomain[0])} to ${number(xDomain[1])}`;
      layout.note = `This design (${described}) lies beyond the axis, which runs from ${range}.`;
    }
  }
  return layout;
}
