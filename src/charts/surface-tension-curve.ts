/**
 * Layout of pure liquid Na's surface tension against temperature, from the melting point to 400 °C, with the
 * calculator's temperature marked (and a measured γ_LV, when the reader entered one): scales, ticks, the
 * curve's path, markers and a short table of values, as plain data in a fixed viewBox.
 */
import { format } from "d3-format";
import { NA_MELTING_POINT_C } from "../calculators/constants";
import { formatMeasured } from "../calculators/format";
import { NA_MELTING_POINT_LABEL, naSurfaceTension_mN_m } from "../calculators/surface-tension";
import { linearScale } from "./linear";

/** Upper end of the temperature axis, in °C: the working range of molten-Na cells and wetting treatments. */
export const CURVE_MAX_C = 400;

export interface SurfaceTensionCurveSpec {
  /** Temperature to mark, in °C; leave it out when the reader's value is not valid. */
  temperature_C?: number;
  /** A measured γ_LV the reader entered, in mN m⁻¹, marked at `temperature_C`. */
  measured_mN_m?: number;
  /** False to leave the values out of the markers' names (teacher mode). Default true. */
  showValue?: boolean;
  /**
   * Standard uncertainty of the γ_LV the calculator uses (measured, or pure Na's at an uncertain temperature), in
   * mN m⁻¹: drawn as a horizontal band γ ± δγ.
   */
  gammaUncertainty_mN_m?: number;
  /** Standard uncertainty of the temperature, in °C: drawn as a vertical band T ± δT. */
  temperatureUncertainty_C?: number;
}

/** A shaded band of the plot, with its accessible description. */
export interface Band {
  x: number;
  y: number;
  width: number;
  height: number;
  /** e.g. "γ_LV = 184.7 ± 1.2 mN m⁻¹ (one standard uncertainty)". */
  label: string;
}

export interface Tick {
  value: number;
  /** Position along the axis, in viewBox units. */
  position: number;
  label: string;
}

export interface Marker {
  cx: number;
  cy: number;
  /** Accessible name, e.g. "Pure Na at 250 °C: γ_LV = 184.7 mN m⁻¹". */
  label: string;
}

export interface SurfaceTensionCurveLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  xTicks: Tick[];
  yTicks: Tick[];
  xLabel: string;
  yLabel: string;
  /** SVG path of the correlation's curve. */
  path: string;
  /** The correlation's value at the calculator's temperature, with a vertical guide down to the axis. */
  marker?: Marker & { guideBottom: number };
  /** The reader's measured γ_LV at that temperature. */
  measured?: Marker;
  /** Where γ_LV (horizontal) and the temperature (vertical) are uncertain, one standard uncertainty each way. */
  bands: { gamma?: Band; temperature?: Band };
  /** What could not be marked on these axes, and why. */
  notes: string[];
  /** The accessible name of the whole chart. */
  title: string;
  /** Values of the curve for a table, as text: temperature in °C, γ_LV in mN m⁻¹. */
  table: { temperature_C: string; gamma_mN_m: string }[];
}

const WIDTH = 480;
const HEIGHT = 260;
const MARGIN = { top: 14, right: 16, bottom: 46, left: 58 };
/** Points along the curve; the correlation is smooth, so this is far more than the eye needs. */
const SAMPLES = 61;
const TABLE_TEMPERATURES_C = [NA_MELTING_POINT_C, 100, 150, 200, 250, 300, 350, 400];

const tension = format(".1f");
const celsius = format(".4~r");

/** γ_LV of pure Na in mN m⁻¹ at a temperature the caller knows to be valid. */
function gamma(temperature_C: number): number {
  const reading = naSurfaceTension_mN_m(temperature_C);
  if (!reading.ok) throw new Error(reading.error);
  return reading.value;
}

/** Lays out the curve in a 480 × 260 viewBox. */
export function layoutSurfaceTensionCurve(spec: SurfaceTensionCurveSpec): SurfaceTensionCurveLayout {
  const showValue = spec.showValue ?? true;
  const plot = { left: MARGIN.left, top: MARGIN.top, right: WIDTH - MARGIN.right, bottom: HEIGHT - MARGIN.bottom };
  const points = Array.from({ length: SAMPLES }, (_, i) => {
    const t = NA_MELTING_POINT_C + ((CURVE_MAX_C - NA_MELTING_POINT_C) * i) / (SAMPLES - 1);
    return [t, gamma(t)] as const;
  });
  const [hot, cold] = [points.at(-1)![1], points[0][1]];
  const notes: string[] = [];

  const t = spec.temperature_C;
  const onAxis = t !== undefined && t >= NA_MELTING_POINT_C && t <= CURVE_MAX_C;
  // A measured value joins the y axis when it can be placed and is of the same order as pure Na's.
  const m = spec.measured_mN_m;
  const measuredShown = m !== undefined && onAxis && m > 0 && m <= 2 * cold;
  const yDomain = measuredShown ? [Math.min(hot, m), Math.max(cold, m)] : [hot, cold];
  // The γ_LV in use, and its band when it is uncertain and of a size the axis can show.
  const used = measuredShown ? m : onAxis ? gamma(t) : undefined;
  const du = spec.gammaUncertainty_mN_m;
  const gammaBand = used !== undefined && du !== undefined && du > 0 && du <= 0.5 * used ? { used, du } : undefined;
  if (gammaBand) yDomain.splice(0, 2, Math.min(yDomain[0]!, used! - du!), Math.max(yDomain[1]!, used! + du!));

  const x = linearScale([NA_MELTING_POINT_C, CURVE_MAX_C], [plot.left, plot.right]);
  // Nicer by finer steps than the ticks, so the curve fills the plot rather than half of it.
  const y = linearScale([yDomain[0]!, yDomain[1]!], [plot.bottom, plot.top], 8);
  const round = (v: number) => Math.round(v * 100) / 100;
  const fx = x.tickFormat(6);
  const fy = y.tickFormat(5);

  const layout: SurfaceTensionCurveLayout = {
    width: WIDTH,
    height: HEIGHT,
    plot,
    xTicks: x.ticks(6).map((value) => ({ value, position: round(x(value)), label: fx(value) })),
    yTicks: y.ticks(5).map((value) => ({ value, position: round(y(value)), label: fy(value) })),
    xLabel: "Temperature (°C)",
    yLabel: "γ_LV (mN m⁻¹)",
    path: `M${points.map((p) => `${round(x(p[0]))},${round(y(p[1]))}`).join("L")}`,
    bands: {},
    notes,
    title:
      `Surface tension of pure liquid Na against temperature: ${tension(cold)} mN m⁻¹ at its melting point ` +
      `(${NA_MELTING_POINT_LABEL}), falling to ${tension(hot)} mN m⁻¹ at ${CURVE_MAX_C} °C.`,
    table: TABLE_TEMPERATURES_C.map((c) => ({ temperature_C: tension(c).replace(/\.0$/, ""), gamma_mN_m: tension(gamma(c)) })),
  };

  if (t !== undefined && onAxis) {
    const g = gamma(t);
    const value = showValue ? `: γ_LV = ${tension(g)} mN m⁻¹` : "";
    layout.marker = { cx: round(x(t)), cy: round(y(g)), guideBottom: plot.bottom, label: `Pure Na at ${celsius(t)} °C${value}` };
    layout.title += ` Marked: ${celsius(t)} °C${showValue ? `, ${tension(g)} mN m⁻¹` : ""}.`;
  } else if (t !== undefined) {
    const g = naSurfaceTension_mN_m(t);
    const value = showValue && g.ok ? `; there γ_LV = ${tension(g.value)} mN m⁻¹` : "";
    notes.push(`${celsius(t)} °C lies beyond this plot, which ends at ${CURVE_MAX_C} °C${value}.`);
  }
  const dt = spec.temperatureUncertainty_C;
  if (t !== undefined && onAxis && dt !== undefined && dt > 0) {
    const [left, right] = [round(x(Math.max(NA_MELTING_POINT_C, t - dt))), round(x(Math.min(CURVE_MAX_C, t + dt)))];
    const label = `T = ${showValue ? `${celsius(t)} ± ${celsius(dt)}` : `T ± ${celsius(dt)}`} °C (one standard uncertainty)`;
    layout.bands.temperature = { x: left, y: plot.top, width: round(right - left), height: plot.bottom - plot.top, label };
    layout.title += ` A vertical band shows ${label}.`;
  }
  if (gammaBand) {
    const [top, bottom] = [round(y(gammaBand.used + gammaBand.du)), round(y(gammaBand.used - gammaBand.du))];
    // Written as the results are, the value rounded to its uncertainty.
    const m = formatMeasured(gammaBand.used, gammaBand.du);
    const label = `${showValue ? `γ_LV = ${m.text}` : `γ_LV ± ${m.uncertainty}`} mN m⁻¹ (one standard uncertainty)`;
    layout.bands.gamma = { x: plot.left, y: top, width: plot.right - plot.left, height: round(bottom - top), label };
    layout.title += ` A horizontal band shows ${label}.`;
  }
  if (m !== undefined) {
    const value = showValue ? `${tension(m)} mN m⁻¹` : "the measured γ_LV";
    if (measuredShown && t !== undefined) {
      layout.measured = { cx: round(x(t)), cy: round(y(m)), label: `Measured at ${celsius(t)} °C: ${value}` };
      layout.title += ` The measured value entered, ${value}, is marked as a diamond.`;
    } else {
      notes.push(
        onAxis ? `The measured value, ${value}, lies far off this axis.` : `The measured value, ${value}, is not placed: it needs a temperature on this axis.`,
      );
    }
  }
  return layout;
}
