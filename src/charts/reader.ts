/**
 * The reader's own cell on a chart ("compare your result"): where its star goes — the plot, or a strip
 * when it lacks a value, exactly as the review's points do — and its accessible name; or, when the
 * chart cannot show it, a sentence saying which values it needs.
 */
import { describeValues, midSentence, numberOf, type CellValue, type ChartDataset } from "./points.ts";
import { placeOf, type Place } from "./placement.ts";
import type { ScatterAxis } from "./scatter.ts";
import { READER_AREA, symbolPath } from "./symbols.ts";

/** Label drawn beside the reader's mark. */
export const READER_NAME = "Your cell";

export interface ReaderPlacement {
  place: Place;
  /** The reader's x and y values, where given. */
  x: number | null;
  y: number | null;
}

export interface ReaderMark {
  cx: number;
  cy: number;
  /** Star path centred on (0, 0). */
  path: string;
  place: Place;
  /** Accessible name with every value the reader gave, e.g. "Your cell: CCD 1.5 mA cm⁻², …". */
  label: string;
}

/** True when the reader's cell has at least one value. */
export function hasValues(reader: Record<string, CellValue> | null | undefined): reader is Record<string, CellValue> {
  return !!reader && Object.values(reader).some((v) => v !== null && v !== "");
}

/** Where the reader's cell belongs on a chart with axes `x` and `y`, or null when it cannot be drawn. */
export function placeReader(reader: Record<string, CellValue> | null, x: ScatterAxis, y: ScatterAxis): ReaderPlacement | null {
  if (!hasValues(reader)) return null;
  const rx = numberOf(reader, x.key, true);
  const ry = numberOf(reader, y.key, true);
  const place = placeOf(rx, ry, !!x.missing, !!y.missing);
  return place && { place, x: rx, y: ry };
}

/** Positions of the plot's scales and strips, in viewBox units. */
export interface ReaderFrame {
  x(v: number): number;
  y(v: number): number;
  /** Centre line of the strip beside the plot (missing x) and below it (missing y). */
  xStrip: number;
  yStrip: number;
}

/** The reader's star and name on a chart, or the note saying what it needs (nothing when they entered nothing). */
export function describeReader(
  reader: Record<string, CellValue> | null,
  at: ReaderPlacement | null,
  chart: { x: ScatterAxis; y: ScatterAxis; dataset: Pick<ChartDataset, "columns"> },
  frame: ReaderFrame,
): { mark: ReaderMark | null; note?: string } {
  if (!hasValues(reader)) return { mark: null };
  if (!at) {
    const needs = `${midSentence(chart.x.name)} and ${midSentence(chart.y.name)}`;
    return { mark: null, note: `${READER_NAME} appears on this chart once it has a ${needs}.` };
  }
  const keys = chart.dataset.columns.map((c) => c.key).filter((k) => reader[k] !== undefined && reader[k] !== null);
  return {
    mark: {
      cx: at.x !== null ? frame.x(at.x) : frame.xStrip,
      cy: at.y !== null ? frame.y(at.y) : frame.yStrip,
      path: symbolPath("star", READER_AREA),
      place: at.place,
      label: `${READER_NAME}: ${describeValues(chart.dataset, reader, keys)}`,
    },
  };
}
